export default definePageConfig({
  navigationBarTitleText: '社保断缴助手',
  enableShareAppMessage: true,
});
