export default definePageConfig({
  navigationBarTitleText: '断缴自查',
});
