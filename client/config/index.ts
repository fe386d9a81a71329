import path from 'node:path';
import { defineConfig } from '@tarojs/cli';
import type { IProjectConfig } from '@tarojs/taro/types/compile';
import { cloudEnvId } from './cloud-env';
import { extractTaroStyles, FirstPagesInHtml, h5CacheGroups, StatsFile } from './h5-webpack';
import devConfig from './dev';
import prodConfig from './prod';

// One Taro project, two targets: weapp (WeChat mini-program) and h5 (browser, served by the local runtime).
// Both builds clean their outputRoot, so each target gets its own folder.
const target = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';

// The cloud environment id for Taro.cloud.init (src/config.ts), from the process or the root .env (cloud-env.ts):
// a weapp build for a deployment (a .env exists) without a real id stops here instead of shipping a build that talks
// to whichever environment DevTools has selected.
const cloud = cloudEnvId(process.env, path.resolve(__dirname, '..', '..'));
if (target === 'weapp' && cloud.problem) throw new Error(`weapp build: ${cloud.problem} (docs/deploy.md § 4)`);
if (target === 'weapp') {
  console.log(`weapp build: cloud environment ${cloud.envId ? `${cloud.envId} (from ${cloud.from})` : 'not set'}`);
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: IProjectConfig<'webpack5'> = {
    projectName: 'shebao-duanjiao-zhushou',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: [],
    defineConstants: {},
    // empty = the environment chosen in WeChat DevTools
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(cloud.envId),
    },
    // weapp: sitemap.json (app.config's sitemapLocation: which pages WeChat search may index) and the neutral share
    // card image (components/share.tsx), which Taro does not copy by itself.
    copy: {
      patterns:
        target === 'weapp'
          ? [
              { from: 'src/sitemap.json', to: `dist/${target}/sitemap.json` },
              { from: 'src/assets/share-card.png', to: `dist/${target}/assets/share-card.png` },
            ]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // webpack persistent cache, kept in client/.cache/webpack (git-ignored)
    cache: {
      enable: true,
      cacheDirectory: path.resolve(__dirname, '..', '.cache', 'webpack'),
    } as IProjectConfig<'webpack5'>['cache'],
    mini: {
      // No *.LICENSE.txt files in the package: the minifier keeps licence comments out of separate files.
      webpackChain(chain) {
        // `minimizers` is webpack-chain's map of named minimizers (missing from its typings); Taro names terser's.
        const { minimizers } = chain.optimization as unknown as { minimizers: { has(name: string): boolean } };
        if (minimizers.has('terserPlugin')) {
          chain.optimization.minimizer('terserPlugin').tap((args) => [{ ...args[0], extractComments: false }]);
        }
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // View, Text, Button and Input as plain React components (@tarojs/components-react, shipped with
      // @tarojs/plugin-platform-h5) instead of Stencil web components: Stencil's runtime (~150 KB of source) leaves
      // app.js and no custom element has to upgrade before the intake shows (issue 21). Taro's "React 兼容性组件库",
      // https://docs.taro.zone/docs/h5#react-兼容性组件库 (option documented in @tarojs/taro's types, config/h5.d.ts).
      useHtmlComponents: true,
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      // The chunks (what a cold open downloads, what stays lazy) and index.html: h5-webpack.ts (issue 21).
      webpackChain(chain) {
        chain.plugin('firstPagesInHtml').use(FirstPagesInHtml);
        // Only where CSS is extracted at all (production builds; a development build keeps style-loader).
        if (chain.plugins.has('miniCssExtractPlugin')) extractTaroStyles(chain.module.rule('taroStyle'));
        if (process.env.H5_STATS) chain.plugin('statsFile').use(StatsFile, [process.env.H5_STATS]);
        const split = (chain.optimization.get('splitChunks') || {}) as { cacheGroups?: Record<string, unknown> };
        chain.optimization.splitChunks({ ...split, cacheGroups: h5CacheGroups(split.cacheGroups || {}) });
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
