// Real browser (Debian chromium via playwright-core) against the local runtime serving the H5 build:
// fill the form, read the report, see a field-level error, and find the result again after a restart.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLocalServer, type LocalServer } from '../../local/server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const H5 = join(__dirname, '../../client/dist/h5');
const SHOTS = join(__dirname, '../../artifacts/screenshots');

let browser: Browser;
let server: LocalServer;
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(join(H5, 'index.html'))) throw new Error('client/dist/h5 is missing: run npm run build:h5 first');
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install chromium`);
  mkdirSync(SHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'sdjz-browser-'));
  server = await startLocalServer({ port: 0, dataDir, log: () => undefined });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'zh-CN' });
  const page = await context.newPage();
  // Nothing leaves the machine: only the local server is reachable.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  await page.goto(server.url);
  await page.waitForSelector('#city input', { timeout: 20_000 });
  return page;
}

async function fillSituation(page: Page, city: string, from: string, to: string) {
  await page.fill('#city input', city);
  await page.click('#scheme-employee');
  await page.fill('#from input', from);
  await page.fill('#to input', to);
}

it('a job change with a short gap: the report comes back from the local cloud function', async () => {
  const page = await newPage();
  await fillSituation(page, '武汉', '2018-01', '2026-07');
  await page.click('#reason-jobChange');
  await page.click('#submit');
  await page.waitForSelector('#report', { timeout: 15_000 });
  await expect(page.textContent('#status')).resolves.toContain('暂停');
  const keys = await page.$$eval('.item', (els) => els.map((e) => e.getAttribute('data-key')));
  expect(keys).toEqual(expect.arrayContaining(['pensionYears', 'pensionAccount', 'medicalAccount']));
  const options = await page.$$eval('.option', (els) => els.map((e) => e.getAttribute('data-key')));
  expect(options).toEqual(expect.arrayContaining(['flexible', 'resident']));
  await page.screenshot({ path: join(SHOTS, 'report-wuhan.png'), fullPage: true });
  await page.context().close();
});

it('months in the wrong order: a clear message at the field, no report', async () => {
  const page = await newPage();
  await fillSituation(page, '深圳', '2026-05', '2026-02');
  await page.click('#submit');
  await page.waitForSelector('#error-from', { timeout: 15_000 });
  await expect(page.textContent('#error-from')).resolves.toContain('开始月份晚于结束月份');
  expect(await page.$('#report')).toBeNull();
  await page.context().close();
});

it('an unknown city: suggestions instead of a report', async () => {
  const page = await newPage();
  await fillSituation(page, '火星', '2018-01', '2026-07');
  await page.click('#submit');
  await page.waitForSelector('#error', { timeout: 15_000 });
  await expect(page.textContent('#error')).resolves.toContain('没有找到');
  await page.context().close();
});

it('results are kept by the local store across a server restart (same browser identity)', async () => {
  const page = await newPage();
  await fillSituation(page, '上海', '2020-01', '2026-06');
  await page.click('#submit');
  await page.waitForSelector('#report', { timeout: 15_000 });
  const history = () => page.evaluate(async () => (await fetch('/api/functions/history', { method: 'POST', body: '{}' })).json()) as Promise<{ items: Array<{ headline: { city: string } }> }>;
  const before = await history();
  expect(before.items[0].headline.city).toBe('上海市');

  await server.close();
  server = await startLocalServer({ port: Number(new URL(server.url).port), dataDir, log: () => undefined });
  const after = await history();
  expect(after.items.map((i) => i.headline.city)).toEqual(['上海市']);
  await page.context().close();
});
