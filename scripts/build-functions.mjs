// Bundles each cloud function's sources (functions/<name>/index.ts + the engine + policy tables) into the
// deployable folder cloudfunctions/<name>/index.js. wx-server-sdk stays external: the cloud installs it from the
// folder's package.json. Sources stay outside the folder (a folder with index.ts and index.js fails to deploy).
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { INTERNAL_PROPS } from './internal-props.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bytes as a string literal of 1-byte characters: every 34 bits as 5 digits in base 118, the ASCII characters
 * esbuild prints raw in a template literal (all but NUL, BEL, BS, VT, FF, CR, ESC, `$`, `\\` and the backquote).
 * 8/34·5 = 1.18 characters a byte, where base64 takes 1.33: the brotli tables are ~2.4 KB smaller.
 */
const ESCAPED = [0, 7, 8, 11, 12, 13, 27, 36, 92, 96];
const DIGITS = [...Array(128).keys()].filter((c) => !ESCAPED.includes(c));
const BASE = DIGITS.length; // 118: 118^5 > 2^34
export function encodeBytes(bytes) {
  let out = '';
  let acc = 0;
  let bits = 0;
  const emit = (value) => {
    for (let j = 0; j < 5; j++, value = Math.floor(value / BASE)) out += String.fromCharCode(DIGITS[value % BASE]);
  };
  for (const byte of bytes) {
    acc = acc * 256 + byte;
    bits += 8;
    if (bits >= 34) {
      bits -= 34;
      emit(Math.floor(acc / 2 ** bits));
      acc %= 2 ** bits;
    }
  }
  if (bits > 0) emit(acc * 2 ** (34 - bits));
  return out;
}
/** The decoder shipped once per bundle (module `packed-json:decode`): the string back to bytes, then brotli. */
const DECODER = `const ESCAPED = ${JSON.stringify(ESCAPED)};
const DIGIT = [];
for (let c = 0, d = 0; c < 128; c++) if (!ESCAPED.includes(c)) DIGIT[c] = d++;
export function unpack(text, length) {
  const bytes = Buffer.alloc(length);
  let acc = 0, bits = 0, o = 0;
  for (let i = 0; i < text.length; i += 5) {
    let value = 0;
    for (let j = 4; j >= 0; j--) value = value * ${BASE} + DIGIT[text.charCodeAt(i + j)];
    acc = acc * ${2 ** 34} + value;
    bits += 34;
    for (; bits >= 8 && o < length; bits -= 8) {
      const unit = 2 ** (bits - 8);
      bytes[o++] = Math.floor(acc / unit);
      acc %= unit;
    }
  }
  return JSON.parse(require('zlib').brotliDecompressSync(bytes).toString());
}`;

/**
 * The policy tables as deployed: the packed form the engine reads (engine/policy/pack.ts), brotli-compressed into
 * one string literal (~15 KB instead of 55 KB of object literal), decompressed and parsed on first use (~1 ms plus
 * loading zlib, ~3 ms): loading the bundle compiles only a string. The module is ESM with no side effect, so a
 * function that imports the engine without evaluating drops it.
 */
const compressedTables = {
  name: 'compressed-policy-tables',
  setup(b) {
    b.onResolve({ filter: /^packed-json:decode$/ }, () => ({ path: 'decode', namespace: 'packed-json' }));
    b.onLoad({ filter: /.*/, namespace: 'packed-json' }, () => ({ contents: DECODER, loader: 'js' }));
    // The district list (engine/places) the same way: a record read by key and by Object.entries, so a Proxy.
    b.onLoad({ filter: /(tables\.packed|districts\.generated)\.json$/ }, (args) => {
      const json = Buffer.from(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))));
      const packed = brotliCompressSync(json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
      const field = (name) => `get ${name}() { return load().${name}; }`;
      const lazy = args.path.endsWith('tables.packed.json')
        ? `{ ${['provinces', 'cities', 'sources', 'jurisdictions'].map(field).join(', ')} }`
        : `/* @__PURE__ */ new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, k) => Reflect.getOwnPropertyDescriptor(load(), k) })`;
      return {
        contents: `import { unpack } from 'packed-json:decode';
let data;
const load = () => (data ??= unpack(${JSON.stringify(encodeBytes(packed))}, ${packed.length}));
export default ${lazy};`,
        loader: 'js',
      };
    });
  },
};

/**
 * Each bundle's budget in KB (1 KB = 1,024 bytes), checked by `npm test` (`--check`). A budget may be lowered
 * freely; raising one needs a reason in the commit. evaluate's target is 150 KB (issue 21), and share, which
 * evaluates the situation again (it never trusts a report sent by a client), is evaluate's bundle plus its
 * handler (~4 KB). account, history and reminders no longer carry zod/mini (engine/shape.ts), so their budgets hold
 * them near today's size. History of evaluate: perf's cuts 165.5 → 145.5; more cities, the item fixes and the planner
 * on decide() 155.6; the engine's internal property names shortened (scripts/internal-props.mjs) and the openapi
 * left to dispatch 148.2 KB (2026-12-07), each report byte-identical. Budgets are those sizes rounded up.
 */
export const BUDGETS_KB = { evaluate: 149, share: 153, reminders: 18, history: 8, account: 8, dispatch: 12 };

/** One entry bundled exactly as it is deployed (`outfile` null: in memory only, for the checks). */
function bundle(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile: outfile ?? join(root, 'cloudfunctions', 'in-memory.js'),
    write: outfile !== null,
    bundle: true,
    platform: 'node',
    target: 'node18', // the functions' runtime (cloudbaserc.json: Nodejs18.15); node16 lowered every ?. to a ==null?void 0: test
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    charset: 'utf8', // Chinese text as UTF-8 (3 bytes a character), not \uXXXX escapes (6 bytes)
    mangleProps: new RegExp(`^(${INTERNAL_PROPS.join('|')})$`), // the engine's internal property names, shortened
    external: ['wx-server-sdk'],
    plugins: [compressedTables],
    metafile: true,
    logLevel: 'error',
  });
}

const functionNames = () =>
  readdirSync(join(root, 'functions')).filter((n) => existsSync(join(root, 'functions', n, 'index.ts')));

export async function buildFunctions({ quiet = false, write = true } = {}) {
  const sizes = {};
  const metafiles = {};
  for (const name of functionNames()) {
    const outfile = join(root, 'cloudfunctions', name, 'index.js');
    if (!existsSync(join(root, 'cloudfunctions', name, 'package.json'))) {
      throw new Error(
        `cloudfunctions/${name}/package.json is missing: every function folder needs package.json and config.json`,
      );
    }
    const result = await bundle(join(root, 'functions', name, 'index.ts'), write ? outfile : null);
    sizes[name] = write ? statSync(outfile).size : result.outputFiles[0].contents.length;
    metafiles[name] = result.metafile;
    if (!quiet) console.log(`cloudfunctions/${name}/index.js  ${(sizes[name] / 1024).toFixed(1)} KB`);
  }
  return { sizes, metafiles };
}

/** Where a bundle's bytes go: its inputs grouped by folder (node_modules by package), largest first. */
export function breakdown(metafile, top = 8) {
  const [output] = Object.values(metafile.outputs);
  const groups = {};
  for (const [path, input] of Object.entries(output.inputs)) {
    const group = path.startsWith('node_modules/')
      ? path
          .split('/')
          .slice(0, path.split('/')[1].startsWith('@') ? 3 : 2)
          .join('/')
      : /^engine\/policy\/tables\./.test(path)
        ? path
        : path.split('/').slice(0, 2).join('/');
    groups[group] = (groups[group] ?? 0) + input.bytesInOutput;
  }
  return Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([group, bytes]) => `${group} ${(bytes / 1024).toFixed(1)}`)
    .join(' · ');
}

/** Bundles over their budget, as lines naming the function, its size and its budget (empty: all within). */
export function overBudget(sizes, budgets = BUDGETS_KB) {
  return Object.entries(sizes)
    .filter(([name, size]) => budgets[name] === undefined || size > budgets[name] * 1024)
    .map(([name, size]) =>
      budgets[name] === undefined
        ? `cloudfunctions/${name}/index.js has no budget: add it to BUDGETS_KB in scripts/build-functions.mjs`
        : `cloudfunctions/${name}/index.js is ${(size / 1024).toFixed(1)} KB, over its budget of ${budgets[name]} KB`,
    );
}

// `--engine-to FILE`: only the engine, bundled as the functions bundle it (npm run bench times what is deployed).
// `--check`: bundle in memory and fail when a bundle is over its budget (npm test); BUNDLE_BUDGETS_KB (JSON)
// overrides budgets, which tests/unit/gates.test.ts uses to plant a violation.
async function main() {
  const engineTo = process.argv.indexOf('--engine-to');
  if (engineTo > 0) return bundle(join(root, 'engine', 'index.ts'), process.argv[engineTo + 1]);
  if (!process.argv.includes('--check')) return buildFunctions();
  const { sizes, metafiles } = await buildFunctions({ quiet: true, write: false });
  const budgets = Object.assign({}, BUDGETS_KB, JSON.parse(process.env.BUNDLE_BUDGETS_KB ?? '{}'));
  const over = overBudget(sizes, budgets);
  for (const name of Object.keys(sizes))
    console.log(
      `${name} ${(sizes[name] / 1024).toFixed(1)} KB ≤ ${budgets[name]} KB: ${breakdown(metafiles[name], 4)}`,
    );
  if (over.length) {
    console.error(over.join('\n'));
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
