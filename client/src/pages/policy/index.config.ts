export default definePageConfig({
  navigationBarTitleText: '政策依据',
});
