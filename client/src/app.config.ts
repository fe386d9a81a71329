// `cloud: true` enables WeChat cloud development; Taro copies it into app.json (H5 ignores it), as it does
// `lazyCodeLoading`.
// AppConfig's type lacks `cloud`, hence the widened object instead of an inline literal.
const config: Taro.AppConfig & { cloud: boolean } = {
  pages: ['pages/index/index', 'pages/intake/index'],
  // Screens not needed to open the app (the result, a shared result, the planner, the policy basis, reminders,
  // privacy) are subpackages, loaded when first opened: the report cards and the planner leave the main package
  // (budget 400 KB, scripts/check-weapp.mjs). Their URLs stay /pages/<name>/index.
  subPackages: [
    { root: 'pages/result', pages: ['index'] },
    { root: 'pages/shared', pages: ['index'] },
    { root: 'pages/plan', pages: ['index', 'result/index'] },
    { root: 'pages/policy', pages: ['index'] },
    { root: 'pages/reminders', pages: ['index'] },
    { root: 'pages/privacy', pages: ['index'] },
  ],
  // The result is downloaded while the intake is being answered, so 查看结果 does not wait for it.
  preloadRule: { 'pages/intake/index': { network: 'all', packages: ['pages/result'] } },
  window: {
    navigationBarTitleText: '社保断缴助手',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f8',
    backgroundTextStyle: 'light',
  },
  cloud: true,
  // Pages WeChat search may index: sitemap.json keeps the shared report and the other personal pages out (copied
  // into the build by config/index.ts).
  sitemapLocation: 'sitemap.json',
  // Only the components a page uses are injected when it opens (faster start; WeChat recommends it).
  lazyCodeLoading: 'requiredComponents',
};

// H5: no slide animation between pages (it costs ~350 ms per navigation and leaves half-drawn screens).
if (process.env.TARO_ENV === 'h5') config.animation = false;

export default defineAppConfig(config);
