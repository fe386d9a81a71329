// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// H5 only: `targets` for the browsers the H5 build serves (the local runtime of `npm start` and mobile browsers
// of 2020 on: ES2020 syntax such as classes, arrow functions, async/await, object spread, optional chaining is
// kept). Without it the preset compiles for iOS 9 / Android 5 (its default, per the page above), which turns
// Taro's runtime, the router and our pages into ES5 with helper calls (_objectSpread2, _classCallCheck, the
// regenerator): more bytes to parse and slower code before the intake shows (issue 21). The weapp build keeps
// the preset's default.
const h5 = process.env.TARO_ENV === 'h5';

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(h5 ? { targets: { chrome: '80', safari: '14', firefox: '78', edge: '80' } } : {}),
      },
    ],
  ],
};
