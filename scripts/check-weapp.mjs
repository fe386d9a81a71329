#!/usr/bin/env node
// Checks the WeChat mini-program build in client/dist/weapp:
//  - app.json exists and every page it lists (main package and subpackages) has its .js, .wxml and .json;
//  - app.json has lazyCodeLoading and cloud, and no *.LICENSE.txt file is in the package (harden branch edit);
//  - the main package (everything outside the subpackage roots) stays within the product's 400 KB budget
//    (WeChat allows 2 MB; the budget keeps the first open fast), and the whole build within 2 MB.
// Plain Node ESM, no dependencies. Exit 0 = fine, 1 = problem (message on stderr).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_LIMIT_KB = 400;
const TOTAL_LIMIT_KB = 2048;
// WEAPP_DIR overrides the folder (used to exercise this script on a copy).
const root = process.env.WEAPP_DIR
  ? resolve(process.env.WEAPP_DIR)
  : resolve(dirname(fileURLToPath(import.meta.url)), '..', 'client', 'dist', 'weapp');
const problems = [];

function fail(message) {
  console.error(`check-weapp: ${message}`);
  process.exit(1);
}

const appJsonPath = join(root, 'app.json');
if (!existsSync(appJsonPath)) {
  fail(`${appJsonPath} is missing — run \`cd client && npx taro build --type weapp\` first`);
}

let app;
try {
  app = JSON.parse(readFileSync(appJsonPath, 'utf8'));
} catch (e) {
  fail(`app.json is not valid JSON: ${e.message}`);
}

const pages = Array.isArray(app.pages) ? app.pages : [];
if (pages.length === 0) problems.push('app.json lists no pages');

const subPackages = [...(app.subPackages ?? []), ...(app.subpackages ?? [])];
const subRoots = subPackages.map((p) => String(p.root ?? '').replace(/^\/+|\/+$/g, '')).filter(Boolean);

const allPages = [
  ...pages.map((p) => ({ page: p, pkg: 'main' })),
  ...subPackages.flatMap((sp) => {
    const r = String(sp.root ?? '').replace(/^\/+|\/+$/g, '');
    return (sp.pages ?? []).map((p) => ({ page: `${r}/${p}`, pkg: r }));
  }),
];

for (const { page, pkg } of allPages) {
  const missing = ['.js', '.wxml', '.json'].filter((ext) => !existsSync(join(root, page + ext)));
  if (missing.length > 0) {
    problems.push(`page ${page} (${pkg} package) is missing ${missing.map((m) => page + m).join(', ')}`);
  } else {
    console.log(`page ok: ${page}${pkg === 'main' ? '' : ` (subpackage ${pkg})`}`);
  }
}

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out);
    else out.push({ path: relative(root, full).split(sep).join('/'), size: st.size });
  }
  return out;
}

// What deployment relies on (docs/deploy.md): components injected per page, no licence files in the package.
if (app.lazyCodeLoading !== 'requiredComponents')
  problems.push('app.json lacks "lazyCodeLoading": "requiredComponents"');
if (app.cloud !== true) problems.push('app.json lacks "cloud": true');

const inSubpackage = (p) => subRoots.some((r) => p === r || p.startsWith(r + '/'));
const files = walk(root, []);
const licences = files.filter((f) => f.path.endsWith('.LICENSE.txt'));
if (licences.length) problems.push(`the package carries licence files: ${licences.map((f) => f.path).join(', ')}`);
const mainFiles = files.filter((f) => !inSubpackage(f.path));
const total = mainFiles.reduce((s, f) => s + f.size, 0);
const kb = (n) => (n / 1024).toFixed(1);

console.log(`weapp main package: ${kb(total)} KB (limit ${MAIN_LIMIT_KB} KB)`);
for (const f of [...mainFiles].sort((a, b) => b.size - a.size).slice(0, 5)) {
  console.log(`  ${kb(f.size).padStart(8)} KB  ${f.path}`);
}
for (const r of subRoots) {
  const size = files.filter((f) => f.path === r || f.path.startsWith(r + '/')).reduce((s, f) => s + f.size, 0);
  console.log(`weapp subpackage ${r}: ${kb(size)} KB`);
}

const all = files.reduce((s, f) => s + f.size, 0);
console.log(`weapp total (all packages): ${kb(all)} KB (limit ${TOTAL_LIMIT_KB} KB)`);

if (total > MAIN_LIMIT_KB * 1024) {
  problems.push(`main package is ${kb(total)} KB, over the ${MAIN_LIMIT_KB} KB budget (move pages into a subpackage)`);
}
if (all > TOTAL_LIMIT_KB * 1024) {
  problems.push(`the whole build is ${kb(all)} KB, over the ${TOTAL_LIMIT_KB} KB limit`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check-weapp: ${p}`);
  process.exit(1);
}
console.log('check-weapp: ok');
