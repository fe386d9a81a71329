// Two webpack plugins for the H5 build (config/index.ts): the first pages' chunks named in index.html, so the
// browser fetches them with the app instead of after it (issue 21: the intake's cold load), and an optional
// stats file (H5_STATS=<file> npm run build:h5) to see where the bytes go.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Chunk {
  files: Iterable<string>;
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

// Taro's own html-webpack-plugin (the hooks belong to the instance that renders index.html).
const HtmlWebpackPlugin = createRequire(require.resolve('@tarojs/webpack5-runner'))('html-webpack-plugin') as {
  getHooks(compilation: Compilation): { alterAssetTagGroups: Hook<TagGroups> };
};

/**
 * Taro loads every page lazily: app.js runs, its router asks for the page's chunks (pages-common, the page, their
 * CSS), and only then are they requested — a second round trip after ~300 KB of script. For the pages a user
 * opens first (the main package of app.config.ts: home and the intake) this names their chunks in index.html:
 * the browser downloads them in parallel with the app, each script only registers its modules (webpack's JSONP
 * array), and webpack's chunk and CSS loaders find them there (webpack's script loader reuses a <script> with the
 * chunk's src; mini-css-extract-plugin an existing <link rel="stylesheet"> with the chunk's href), so the router
 * renders the page without another round trip. Hooks: html-webpack-plugin's
 * alterAssetTagGroups (https://github.com/jantimon/html-webpack-plugin#events).
 */
export class FirstPagesInHtml {
  constructor(private readonly pages: readonly string[]) {}

  apply(compiler: Compiler) {
    const publicPath =
      typeof compiler.options.output.publicPath === 'string' ? compiler.options.output.publicPath : '/';
    compiler.hooks.compilation.tap('FirstPagesInHtml', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('FirstPagesInHtml', (groups) => {
        const files = new Set<string>();
        for (const page of this.pages) {
          const group = compilation.chunkGroups.find((g) => g.origins.some((o) => o.request === `./${page}`));
          if (!group) throw new Error(`FirstPagesInHtml: no chunk group for ${page} (is it still in app.config.ts?)`);
          for (const chunk of group.chunks) for (const file of chunk.files) files.add(file);
        }
        const tag = (tagName: string, attributes: Record<string, string | boolean>): Tag => ({
          tagName,
          voidTag: tagName === 'link',
          attributes,
          meta: { plugin: 'FirstPagesInHtml' },
        });
        // In the order webpack would load them (pages-common before a page: the CSS cascade of home → intake).
        const list = [...files];
        const styles = list
          .filter((f) => f.endsWith('.css'))
          .map((f) => tag('link', { href: publicPath + f, rel: 'stylesheet' }));
        const scripts = list
          .filter((f) => f.endsWith('.js'))
          .map((f) => tag('script', { defer: true, src: publicPath + f }));
        // After the app's scripts, so that the browser (6 connections, stylesheets first) starts the two big ones
        // first. Deferred scripts run in document order: when app.js's router asks for a page chunk whose script
        // has not run yet, webpack finds the <script> with that src and waits for its load event.
        groups.headTags.push(...scripts, ...styles);
        return groups;
      });
    });
  }
}

/** H5_STATS=<file>: webpack's stats (chunks and modules with their sizes) written there after the build. */
export class StatsFile {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('StatsFile', (stats) => {
      writeFileSync(
        this.file,
        JSON.stringify(stats.toJson({ modules: true, chunks: true, reasons: false, source: false })),
      );
    });
  }
}
