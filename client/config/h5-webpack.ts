// The H5 build's chunks and index.html (used by config/index.ts): what a cold open of home or the intake downloads
// is one script with Taro and React, one with the first pages, one stylesheet, all named in index.html, so the
// browser fetches them in one round; the other screens stay lazy (issue 21). Also an optional stats file
// (H5_STATS=<file> npm run build:h5) to see where the bytes go.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The pages a user opens first: the main package of app.config.ts (home, the intake). */
const FIRST_PAGES = ['pages/index/index', 'pages/intake/index'];

interface Chunk {
  files: Iterable<string>;
  groupsIterable: Iterable<ChunkGroup>;
}
interface ChunkGroup {
  origins: { request?: string }[];
  chunks: Chunk[];
}
interface Compilation {
  chunkGroups: ChunkGroup[];
}
interface Tag {
  tagName: string;
  voidTag: boolean;
  attributes: Record<string, string | boolean>;
  meta: Record<string, unknown>;
}
interface TagGroups {
  headTags: Tag[];
  bodyTags: Tag[];
}
interface Hook<T> {
  tap(name: string, fn: (arg: T) => T | void): void;
}
interface Compiler {
  options: { output: { publicPath?: unknown } };
  hooks: {
    compilation: Hook<Compilation>;
    done: Hook<{ toJson(options: object): unknown }>;
  };
}
type ModuleTest = (
  module: { resource?: string },
  context: { chunkGraph: { getModuleChunks(m: unknown): Chunk[] } },
) => boolean;

/** The chunk group a page's route starts (its origin is the page's module request). */
const startsPage = (page: string) => (group: ChunkGroup) => group.origins.some((o) => o.request === `./${page}`);
const isFirstPage = (group: ChunkGroup) => FIRST_PAGES.some((page) => startsPage(page)(group));
const resource =
  (pattern: RegExp): ModuleTest =>
  (module) =>
    pattern.test(module.resource ?? '');

/**
 * splitChunks' cache groups (https://webpack.js.org/plugins/split-chunks-plugin/#splitchunkscachegroups) over
 * Taro's own (`split`):
 * - taro: false — Taro's runtime stays in app.js instead of a second initial script (one request fewer);
 * - styles — all CSS in one app.css (mini-css-extract-plugin's "Extracting all CSS in a single file",
 *   https://webpack.js.org/plugins/mini-css-extract-plugin/#extracting-all-css-in-a-single-file): ~12 KB, no
 *   stylesheet to wait for when a page opens;
 * - pages-common — what ≥ 2 pages use (Taro splits only initial chunks, so every lazily loaded page carried its own
 *   copy of the H5 API layer), and everything home and the intake use: index.html names it (FirstPagesInHtml);
 * - report — the report's cards, the planner's parts and the remind/share buttons (the result, shared and plan
 *   screens, never home or the intake), loaded when one of those screens opens. SourceLine stays common: the home
 *   page's myth cards cite their sources with it;
 * - result — the result page, imported by its route and by the intake's preload (pages/intake/index.tsx): one
 *   named chunk for both instead of a copy each.
 */
export function h5CacheGroups(split: Record<string, unknown>) {
  const firstPages: ModuleTest = (module, { chunkGraph }) =>
    chunkGraph.getModuleChunks(module).some((chunk) => [...chunk.groupsIterable].some(isFirstPage));
  const lazy = { chunks: 'async', minChunks: 1, enforce: true };
  return {
    ...split,
    taro: false,
    styles: { name: 'app', type: 'css/mini-extract', chunks: 'all', enforce: true, priority: 20 },
    report: {
      ...lazy,
      name: 'report',
      test: resource(/[\\/]src[\\/]components[\\/](report[\\/](?!SourceLine)|plan[\\/]|remind|share\.)/),
      priority: 10,
      reuseExistingChunk: true,
    },
    result: { ...lazy, name: 'result', test: resource(/[\\/]src[\\/]pages[\\/]result[\\/]/), priority: 10 },
    firstPages: { ...lazy, name: 'pages-common', test: firstPages, priority: 6 },
    pages: { ...lazy, name: 'pages-common', minChunks: 2, priority: 5, reuseExistingChunk: true },
  };
}

/** Resolves from Taro's webpack runner: its own html-webpack-plugin and mini-css-extract-plugin instances. */
const runner = createRequire(require.resolve('@tarojs/webpack5-runner'));

// Taro's own html-webpack-plugin (the hooks belong to the instance that renders index.html).
const HtmlWebpackPlugin = runner('html-webpack-plugin') as {
  getHooks(compilation: Compilation): { alterAssetTagGroups: Hook<TagGroups> };
};

/**
 * Taro loads every page lazily: app.js runs, its router asks for the page's chunks, and only then are they
 * requested — a second round trip after ~280 KB of script. This names the first pages' chunks in index.html (after
 * the app's script, deferred like it): the browser downloads them with app.js, each only registers its modules
 * (webpack's JSONP array), and when the router asks for one, webpack finds it there (or, if its script has not run
 * yet, finds the <script> with its src and waits for its load event), so the page renders without another round
 * trip. Hook: html-webpack-plugin's alterAssetTagGroups (https://github.com/jantimon/html-webpack-plugin#events).
 *
 * Each of these scripts is marked `fetchpriority="high"`: a deferred script in <head> is a low-priority request, and
 * Chromium holds back low-priority requests while a render-blocking stylesheet of <head> loads, so pages-common was
 * requested only once app.js had arrived (Resource Timing in the bench's browser: its requestStart at app.js's
 * responseEnd, 40–110 ms after it was found; with the hint all three start together). Priority hints:
 * https://web.dev/articles/fetch-priority; browsers without them ignore the attribute.
 */
export class FirstPagesInHtml {
  apply(compiler: Compiler) {
    const output = compiler.options.output.publicPath;
    const publicPath = typeof output === 'string' ? output : '/';
    compiler.hooks.compilation.tap('FirstPagesInHtml', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('FirstPagesInHtml', (groups) => {
        const present = new Set(
          [...groups.headTags, ...groups.bodyTags].map((t) => t.attributes.src ?? t.attributes.href),
        );
        const files = new Set<string>();
        for (const page of FIRST_PAGES) {
          const group = compilation.chunkGroups.find(startsPage(page));
          if (!group) throw new Error(`FirstPagesInHtml: no chunk group for ${page} (is it still in app.config.ts?)`);
          for (const chunk of group.chunks) for (const file of chunk.files) files.add(publicPath + file);
        }
        const meta = { plugin: 'FirstPagesInHtml' };
        for (const file of [...files].filter((f) => !present.has(f))) {
          if (file.endsWith('.js'))
            groups.headTags.push({ tagName: 'script', voidTag: false, attributes: { defer: true, src: file }, meta });
          if (file.endsWith('.css'))
            groups.headTags.push({
              tagName: 'link',
              voidTag: true,
              attributes: { href: file, rel: 'stylesheet' },
              meta,
            });
        }
        for (const tag of groups.headTags)
          if (tag.tagName === 'script' && tag.attributes.src) tag.attributes.fetchpriority = 'high';
        return groups;
      });
    });
  }
}

/**
 * Taro's own stylesheets (@tarojs/components' and the H5 components', ~24 KB with an icon font) go into app.css
 * instead of being strings in app.js that style-loader turns into <style> elements when app.js runs (~14 ms of the
 * main thread before the intake shows, in the profile). Taro injects them at the top of <head> so that the app's
 * rules come after them; in app.css they come first too (the build's screenshots are byte-identical to main's).
 */
export function extractTaroStyles(rule: {
  uses: { clear(): unknown };
  use(name: string): { loader(path: string): unknown };
}) {
  rule.uses.clear();
  rule.use('extract').loader((runner('mini-css-extract-plugin') as { loader: string }).loader);
}

/** H5_STATS=<file>: webpack's stats (chunks and modules with their sizes) written there after the build. */
export class StatsFile {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('StatsFile', (stats) => {
      const json = stats.toJson({ modules: true, chunks: true, reasons: false, source: false });
      writeFileSync(this.file, JSON.stringify(json));
    });
  }
}
