// Bundles each cloud function's sources (functions/<name>/index.ts + the engine + policy tables) into the
// deployable folder cloudfunctions/<name>/index.js. wx-server-sdk stays external: the cloud installs it from the
// folder's package.json. Sources stay outside the folder (a folder with index.ts and index.js fails to deploy).
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The policy tables as deployed: without each value's `note` (written for reviewers; the engine never reads it,
 * tests/unit/bundle-tables.test.ts checks that) — about a quarter of the tables' bytes.
 */
const slimTables = {
  name: 'slim-policy-tables',
  setup(b) {
    b.onLoad({ filter: /tables\.generated\.json$/ }, (args) => {
      const tables = JSON.parse(readFileSync(args.path, 'utf8'));
      for (const j of Object.values(tables.jurisdictions))
        for (const values of Object.values(j.rules)) for (const v of values) delete v.note;
      return { contents: JSON.stringify(tables), loader: 'json' };
    });
  },
};

/** One entry bundled exactly as it is deployed. */
function bundle(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    charset: 'utf8', // Chinese text as UTF-8 (3 bytes a character), not \uXXXX escapes (6 bytes)
    external: ['wx-server-sdk'],
    plugins: [slimTables],
    logLevel: 'error',
  });
}

export async function buildFunctions({ quiet = false } = {}) {
  const names = readdirSync(join(root, 'functions')).filter((n) => existsSync(join(root, 'functions', n, 'index.ts')));
  const sizes = {};
  for (const name of names) {
    const outfile = join(root, 'cloudfunctions', name, 'index.js');
    if (!existsSync(join(root, 'cloudfunctions', name, 'package.json'))) {
      throw new Error(
        `cloudfunctions/${name}/package.json is missing: every function folder needs package.json and config.json`,
      );
    }
    await bundle(join(root, 'functions', name, 'index.ts'), outfile);
    sizes[name] = statSync(outfile).size;
    if (!quiet) console.log(`cloudfunctions/${name}/index.js  ${(sizes[name] / 1024).toFixed(1)} KB`);
  }
  return sizes;
}

// `--engine-to FILE`: only the engine, bundled as the functions bundle it (npm run bench times what is deployed).
const engineTo = process.argv.indexOf('--engine-to');
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  (engineTo > 0 ? bundle(join(root, 'engine', 'index.ts'), process.argv[engineTo + 1]) : buildFunctions()).catch(
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
