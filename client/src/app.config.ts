// `cloud: true` enables WeChat cloud development; Taro copies it into app.json (H5 ignores it), as it does
// `lazyCodeLoading`.
// AppConfig's type lacks `cloud`, hence the widened object instead of an inline literal.
const config: Taro.AppConfig & { cloud: boolean } = {
  pages: [
    'pages/index/index',
    'pages/intake/index',
    'pages/result/index',
    'pages/shared/index',
    'pages/reminders/index',
    'pages/privacy/index',
  ],
  // Screens opened from the home page only (the planner, the policy basis): a subpackage keeps the main package
  // under WeChat's budget (scripts/check-weapp.mjs); their URLs stay /pages/plan/… and /pages/policy/….
  subPackages: [
    { root: 'pages/plan', pages: ['index', 'result/index'] },
    { root: 'pages/policy', pages: ['index'] },
  ],
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
