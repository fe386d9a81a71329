export default definePageConfig({
  navigationBarTitleText: '停交计划',
});
