export default definePageConfig({
  navigationBarTitleText: '停交前算一算',
});
