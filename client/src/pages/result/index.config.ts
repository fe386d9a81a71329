export default definePageConfig({
  navigationBarTitleText: '自查结果',
  // useShareAppMessage needs this in weapp
  enableShareAppMessage: true,
});
