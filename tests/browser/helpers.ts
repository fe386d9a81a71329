/// <reference lib="dom" />
// Shared setup of the real-browser suites: the local runtime in-process (with a clock the tests can move),
// Debian chromium via playwright-core, page helpers that tap through the H5 build like a user, screenshots
// of whole pages, and the layout checks (no overflow at 320 px, tap targets ≥ 44 px).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { evaluate } from '../../engine';
import type { Report, Situation } from '../../engine/contract';
import { startLocalServer, type LocalServer } from '../../local/server';
import { CHROMIUM, launchChromium } from './chromium';

export const H5 = join(__dirname, '../../client/dist/h5');
/** The report with every card drawn: ReportView draws the first screen (headline, months) a frame before the rest. */
export const REPORT_DRAWN = '#report[data-drawn="all"]';
export const SHOTS = join(__dirname, '../../artifacts/screenshots');

export interface Env {
  browser: Browser;
  server: LocalServer;
  dataDir: string;
  /** Milliseconds added to the server's clock (reminder sending); 0 = real time. */
  clockOffset: number;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The environment of one test file: started before its tests, closed after them. */
export function useEnv(): Env {
  const env = {} as Env;
  beforeAll(async () => {
    await startEnv(env);
  });
  afterAll(async () => {
    await env.close?.();
  });
  return env;
}

/** Starts the local server on a fresh data folder and chromium, filling `env` (a new object by default). */
async function startEnv(env = {} as Env): Promise<Env> {
  if (!existsSync(join(H5, 'index.html'))) throw new Error('client/dist/h5 is missing: run npm run build:h5 first');
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install chromium`);
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'sdjz-browser-'));
  env.clockOffset = 0;
  env.dataDir = dataDir;
  const start = (port = 0) =>
    startLocalServer({
      port,
      dataDir,
      log: () => undefined,
      now: () => new Date(Date.now() + env.clockOffset),
      dispatchIntervalMs: 0,
    });
  env.server = await start();
  env.browser = await launchChromium();
  env.restart = async () => {
    const port = Number(new URL(env.server.url).port);
    await env.server.close();
    env.server = await start(port);
  };
  env.close = async () => {
    await env.browser?.close();
    await env.server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return env;
}

export async function newContext(env: Env, width = 375): Promise<BrowserContext> {
  const context = await env.browser.newContext({ viewport: { width, height: 667 }, locale: 'zh-CN' });
  // Nothing leaves the machine: only the local server is reachable.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  return context;
}

/** A fresh browser (its own identity) on the home page. */
export async function openHome(env: Env, width = 375): Promise<Page> {
  const context = await newContext(env, width);
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector('#start', { timeout: 20_000 });
  return page;
}

/** Counts the user's taps during the intake (the product promises ≤ 8 for a typical job change). */
export class Taps {
  count = 0;
  constructor(private page: Page) {}
  async tap(selector: string) {
    this.count++;
    await this.page.click(selector);
  }
}

export function monthsFromNow(n: number): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  const i = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export const THIS_YEAR = Number(monthsFromNow(0).slice(0, 4));

export async function waitStep(page: Page, step: string) {
  await page.waitForSelector(`#step-${step}`, { timeout: 10_000 });
}

/** Taps a month in a month grid: the year first (paging to earlier years when needed), then the month. */
export async function pickMonth(page: Page, grid: string, month: string, taps?: Taps) {
  const year = month.slice(0, 4);
  const current = await page.getAttribute(`#${grid}`, 'data-year');
  if (current !== year) {
    for (let i = 0; i < 5 && !(await page.$(`#${grid} .year-cell[data-year="${year}"]`)); i++) {
      await page.click(`#${grid}-earlier`);
    }
    if (taps) await taps.tap(`#${grid} .year-cell[data-year="${year}"]`);
    else await page.click(`#${grid} .year-cell[data-year="${year}"]`);
  }
  if (taps) await taps.tap(`#${grid} .month-cell[data-month="${month}"]`);
  else await page.click(`#${grid} .month-cell[data-month="${month}"]`);
}

/** After the month of a payment, its day (a number) or 「查不到是哪天」. */
export async function pickPaidDay(page: Page, day: number | 'unknown') {
  await page.waitForSelector('#resPaidDay', { timeout: 10_000 });
  if (day === 'unknown') await page.click('#respaid-day-unknown');
  else await page.click(`#resPaidDay .day-cell[data-day="${day}"]`);
}

export async function pickCity(page: Page, city: string, taps?: Taps) {
  const listed = await page.$(`.city-option[data-city="${city}"]`);
  if (!listed) await page.fill('input#city', city);
  if (taps) await taps.tap(`.city-option[data-city="${city}"]`);
  else await page.click(`.city-option[data-city="${city}"]`);
}

/** Home → 开始自查 → city, hukou and what happened, up to the first question of that event. */
export async function beginIntake(page: Page, city: string, hukou: 'local' | 'nonlocal' | 'unknown', event: string) {
  await page.click('#start');
  await waitStep(page, 'city');
  await pickCity(page, city);
  await page.click(`#hukou-${hukou}`);
  await page.click(`#event-${event}`);
}

/** The painted cover picture as month → state (covered, hole, repairable, waiting, reduced, upcoming). */
export async function paintedMonths(page: Page): Promise<Record<string, string | null>> {
  return page.$$eval('#timeline .tl-cell[data-month]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-month'), e.getAttribute('data-state')])),
  );
}

/** The Situation and Report the result page shows, as the client stored them (Taro H5 wraps values in {data}). */
export async function shownResult(page: Page): Promise<{ situation: Situation; report: Report }> {
  const raw = await page.evaluate(() => window.localStorage.getItem('sdjz.current'));
  const parsed = JSON.parse(raw ?? 'null');
  return parsed && 'data' in parsed ? parsed.data : parsed;
}

/**
 * The result screen paints the engine's answer and decides nothing itself: the months as `medical.months` (every
 * month, its state) and the headline as `headline.text`, for the Situation the client sent, evaluated here by the
 * engine independently of the client. Returns that report.
 */
export async function expectPaintsEngineAnswer(page: Page): Promise<Report> {
  const { situation } = await shownResult(page);
  const report = evaluate(situation) as Report;
  expect(report.medical.months.length).toBeGreaterThan(0);
  await expect(paintedMonths(page)).resolves.toEqual(
    Object.fromEntries(report.medical.months.map((m) => [m.month, m.state])),
  );
  await expect(page.textContent('#headline .headline__text')).resolves.toBe(report.headline.text);
  return report;
}

/**
 * Home → 开始自查 → a job change (单位交 from `from` to `to`; the new employer paying from `resumed`, or not yet)
 * → result. Returns the taps it took.
 */
export async function walkJobChange(
  page: Page,
  city: string,
  from: string,
  to: string,
  resumed?: string,
): Promise<number> {
  const taps = new Taps(page);
  await page.click('#start');
  await waitStep(page, 'city');
  await pickCity(page, city, taps);
  await waitStep(page, 'hukou');
  await taps.tap('#hukou-local');
  await waitStep(page, 'event');
  await taps.tap('#event-jobChange');
  await waitStep(page, 'from');
  await pickMonth(page, 'from', from, taps);
  await waitStep(page, 'to');
  await pickMonth(page, 'to', to, taps);
  await waitStep(page, 'resumed');
  if (resumed) await pickMonth(page, 'resumed', resumed, taps);
  else await taps.tap('#resumed-none');
  await waitStep(page, 'concerns');
  await taps.tap('#submit');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });
  return taps.count;
}

/** Screenshot of the whole current page (Taro H5 scrolls inside .taro_page, so grow the viewport to fit). */
export async function shot(page: Page, name: string, { full = false } = {}) {
  const size = page.viewportSize()!;
  if (full) {
    const height = await page.evaluate(() => {
      // the page on show (pages below it in the stack stay in the DOM, hidden)
      const shown = Array.from(document.querySelectorAll('.taro_page')).find(
        (p) => (p as HTMLElement).offsetParent !== null,
      ) as HTMLElement | undefined;
      if (!shown) return document.documentElement.scrollHeight;
      shown.scrollTop = 0;
      return Math.ceil(shown.scrollHeight);
    });
    await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  }
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  if (full) await page.setViewportSize(size);
}

export interface LayoutProblem {
  what: string;
  el: string;
  detail: string;
}

/**
 * On the page showing now: nothing sticks out to the right of the viewport or overflows its own box, and
 * every tappable element (class .tap, buttons, inputs) is at least 44 × 44 CSS px.
 */
export async function layoutProblems(page: Page): Promise<{ problems: LayoutProblem[]; targets: number }> {
  return page.evaluate(() => {
    const out: { what: string; el: string; detail: string }[] = [];
    const root =
      Array.from(document.querySelectorAll('.taro_page')).find((p) => (p as HTMLElement).offsetParent !== null) ??
      document.body;
    const vw = window.innerWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${String(el.className).split(' ').slice(0, 3).join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (!visible(el) || el.closest('.mask')) continue;
      const r = el.getBoundingClientRect();
      if (r.right > vw + 0.5 || r.left < -0.5)
        out.push({
          what: 'outside viewport',
          el: name(el),
          detail: `${r.left.toFixed(1)}..${r.right.toFixed(1)} of ${vw}`,
        });
      const cs = getComputedStyle(el);
      const h = el as HTMLElement;
      if (
        cs.overflowX === 'visible' &&
        h.clientWidth > 0 &&
        h.scrollWidth > h.clientWidth + 1 &&
        cs.display !== 'inline'
      ) {
        out.push({
          what: 'text overflows its box',
          el: name(el),
          detail: `scrollWidth ${h.scrollWidth} > ${h.clientWidth}`,
        });
      }
    }
    let targets = 0;
    for (const el of Array.from(root.querySelectorAll('.tap, taro-button-core, button, input'))) {
      if (!visible(el)) continue;
      targets++;
      const r = el.getBoundingClientRect();
      if (r.height < 43.5 || r.width < 43.5)
        out.push({
          what: 'tap target < 44 px',
          el: name(el),
          detail: `${r.width.toFixed(1)} × ${r.height.toFixed(1)}`,
        });
    }
    return { problems: out, targets };
  });
}

export async function expectGoodLayout(page: Page, where: string) {
  const { problems, targets } = await layoutProblems(page);
  if (targets === 0) throw new Error(`${where}: no tap target found: is the page on show?`);
  if (problems.length)
    throw new Error(
      `${where}: ${problems.length} layout problem(s):\n${problems
        .slice(0, 15)
        .map((p) => `  ${p.what}: ${p.el} (${p.detail})`)
        .join('\n')}`,
    );
}
