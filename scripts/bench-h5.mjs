#!/usr/bin/env node
// H5 first-result time in headless Debian chromium against the local runtime on loopback. Prints numbers,
// asserts nothing (target: median ≤ 450 ms).
//
// One run = a fresh browser context (empty cache, new identity) whose saved intake answers are complete (a job
// change in 武汉, as an interrupted intake would have left them): open the intake cold, tap 查看结果, and time
// until the result's headline is in the DOM. A MutationObserver and a click listener in the page stamp
// performance.now(), so the numbers are from navigation start, not from polling; the first result screen is
// (intake ready) + (tap → result drawn), without the automation's own delay before its click. The report draws its
// first screen (headline, months) a frame before the cards below it; the time until it marks itself whole
// (data-drawn="all", what the browser tests wait for) is printed too, and so is the harness's floor (a trivial page opened the same way: a new context and,
// with the runtime's Cross-Origin-Opener-Policy, a new renderer process per cold open).
//
//   node scripts/bench-h5.mjs            (needs client/dist/h5: npm run build:h5)
//   BENCH_H5_RUNS=15 CHROMIUM_PATH=/usr/bin/chromium node scripts/bench-h5.mjs
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { CHROMIUM, launchChromium } = await tsImport('../tests/browser/chromium.ts', import.meta.url);
const { REPORT_DRAWN } = await tsImport('../tests/browser/helpers.ts', import.meta.url);
const RUNS = Number(process.env.BENCH_H5_RUNS ?? 11); // 11: a median that moves less from sitting to sitting than 7 did (±15 %)

if (!existsSync(join(root, 'client/dist/h5/index.html'))) {
  console.error('bench-h5: client/dist/h5 is missing — run npm run build:h5 first');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`bench-h5: chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  process.exit(1);
}

function monthsFromNow(n) {
  const d = new Date(Date.now() + 8 * 3600_000);
  const i = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

const answers = {
  step: 'concerns',
  city: '武汉',
  hukou: 'local',
  event: 'jobChange',
  from: '2018-01',
  to: monthsFromNow(-2),
  resumed: 'none',
  concerns: ['medical', 'pension'],
};

// Runs in the page before the app: the saved answers (Taro storage format) and the stamps.
const initScript = `(() => {
  try { localStorage.setItem('sdjz.intake', ${JSON.stringify(JSON.stringify({ data: answers }))}); } catch (e) {}
  const stamp = () => {
    if (!window.__submitAt && document.querySelector('#submit')) window.__submitAt = performance.now();
    if (!window.__resultAt && document.querySelector('#report #headline')) window.__resultAt = performance.now();
    if (!window.__wholeAt && document.querySelector(${JSON.stringify(REPORT_DRAWN)})) window.__wholeAt = performance.now();
  };
  new MutationObserver(stamp).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', () => { if (!window.__tapAt) window.__tapAt = performance.now(); }, true);
})();`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const fmt = (ms) => `${Math.round(ms)} ms`;

const { startLocalServer, warmUp } = await tsImport('../local/server.ts', import.meta.url);
const dataDir = mkdtempSync(join(tmpdir(), 'sdjz-bench-h5-'));
const server = await startLocalServer({ port: 0, dataDir, log: () => undefined, dispatchIntervalMs: 0 });
warmUp(); // as npm start does (local/server.ts)

// The harness's own floor: a page whose one small script draws #submit, served by the same local runtime (same
// security headers, so the same new renderer process per cold open) to the same browser, one run beside each of
// the app's. What the app adds to "intake ready" is the difference.
const floorDir = mkdtempSync(join(tmpdir(), 'sdjz-bench-h5-floor-'));
writeFileSync(
  join(floorDir, 'index.html'),
  '<!doctype html><html><head><script defer src="/floor.js"></script></head><body></body></html>',
);
writeFileSync(join(floorDir, 'floor.js'), 'document.body.innerHTML = \'<button id="submit">x</button>\';');
const floorServer = await startLocalServer({
  port: 0,
  dataDir,
  staticDir: floorDir,
  log: () => undefined,
  dispatchIntervalMs: 0,
});
const browser = await launchChromium();

/** A fresh context (empty cache, new identity, only loopback reachable) on `url`, with the stamps. */
async function openCold(url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'zh-CN' });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

const results = [];
const floor = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openCold(`${server.url}#/pages/intake/index`);
    await page.click('#submit', { timeout: 20_000 });
    await page.waitForSelector(REPORT_DRAWN, { timeout: 20_000 });
    const t = await page.evaluate(() => ({
      submit: window.__submitAt,
      tap: window.__tapAt,
      result: window.__resultAt,
      whole: window.__wholeAt,
    }));
    results.push(t);
    await context.close();
    const bare = await openCold(floorServer.url);
    await bare.page.waitForSelector('#submit', { state: 'attached', timeout: 20_000 });
    floor.push(await bare.page.evaluate(() => window.__submitAt));
    await bare.context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await floorServer.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
}

// The robot's own delay between the button appearing and its click is not the product's: left out of `total`.
const ready = results.map((r) => r.submit);
const tap = results.map((r) => r.result - r.tap);
const total = results.map((r, i) => ready[i] + tap[i]);
const raw = results.map((r) => r.result);
const whole = results.map((r) => r.whole - r.tap);
console.log(
  `h5 first result screen: median ${fmt(median(total))}  min ${fmt(Math.min(...total))}  max ${fmt(Math.max(...total))}  ` +
    `(${RUNS} cold runs, headless chromium, loopback; target median ≤ 450 ms)`,
);
console.log(
  `  = intake ready (cold load) median ${fmt(median(ready))} + tap 查看结果 → result drawn median ${fmt(median(tap))};  ` +
    `wall clock incl. the robot's tap delay: median ${fmt(median(raw))}`,
);
console.log(`  tap 查看结果 → every card of the report drawn: median ${fmt(median(whole))}`);
console.log(
  `  harness floor (a one-script page that draws #submit, same runtime and browser, a run beside each): ` +
    `ready median ${fmt(median(floor))}, so the app's own share of intake ready is ~${fmt(median(ready) - median(floor))}`,
);
