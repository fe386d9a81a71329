export default definePageConfig({
  navigationBarTitleText: '家人分享的结果',
  enableShareAppMessage: true,
});
