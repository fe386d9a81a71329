/// <reference lib="dom" />
// Every page of the H5 build, in a fresh browser each time, opened two ways: directly by its URL, and from the home
// page (by its link, or by the router when home has none). A page's styles must come with the page: the planner once
// showed its month / year chips as plain full-width lines when opened first from home, because its grid styles
// lived in the intake's stylesheet, which only loads once the intake has been opened. Checks the layout of each
// page's controls (grid cells and chips side by side and narrower than half the screen, nothing overflowing, tap
// targets ≥ 44 px) and saves a screenshot of each to artifacts/screenshots/page-<name>-<direct|home>.png.
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../engine';
import { expectGoodLayout, monthsFromNow, newContext, REPORT_DRAWN, shot, useEnv } from './helpers';

const env = useEnv();
const WIDTH = 375;

/** A job change in 武汉 two months ago (the result page), and the planner's own case (the plan result page). */
function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
const JOB_CHANGE = {
  asOf: todayInChina(),
  city: '武汉',
  hukou: 'local',
  periods: [{ scheme: 'employee', from: '2019-03', to: monthsFromNow(-2) }],
  gapReason: 'jobChange',
  concerns: ['medical'],
};
const PLAN = JSON.parse(
  readFileSync(join(__dirname, '../cases/110000-beijing/employee.resume/p10-plan-flexible-bridge.json'), 'utf8'),
).situation;

interface PageCase {
  name: string;
  /** Hash route, without the leading "#/". */
  path: () => string;
  /** What shows once the page has drawn. */
  ready: string;
  /** The home page's link to it; none = the router takes it there from home. */
  link?: string;
  /** The current result the page paints (stored by the intake or the planner in real use). */
  current?: () => { situation: unknown; report: unknown };
  /** Grids whose cells must sit side by side (the planner's chips). */
  grids?: string[];
}

let shareToken = '';

const PAGES: PageCase[] = [
  { name: 'home', path: () => 'pages/index/index', ready: '#start' },
  { name: 'intake', path: () => 'pages/intake/index', ready: '#step-city', link: '#start' },
  {
    name: 'result',
    path: () => 'pages/result/index',
    ready: REPORT_DRAWN,
    current: () => ({ situation: JOB_CHANGE, report: evaluate(JOB_CHANGE) }),
  },
  {
    name: 'plan',
    path: () => 'pages/plan/index',
    ready: '#plan-intake',
    link: '#plan-entry',
    grids: ['#plan-since', '#plan-stop', '#plan-resume', '#plan-birth'],
  },
  {
    name: 'plan-result',
    path: () => 'pages/plan/result/index',
    ready: '#plan-limits',
    current: () => ({ situation: PLAN, report: evaluate(PLAN) }),
  },
  { name: 'shared', path: () => `pages/shared/index?token=${shareToken}`, ready: `#shared ${REPORT_DRAWN}` },
  { name: 'reminders', path: () => 'pages/reminders/index', ready: '#reminders', link: '#go-reminders' },
  { name: 'privacy', path: () => 'pages/privacy/index', ready: '#my-shares', link: '#go-privacy' },
  { name: 'policy', path: () => 'pages/policy/index', ready: '#policy-cities', link: '#go-policy' },
];

beforeAll(async () => {
  // A real shared report, created through the local runtime like the 发给家人 button does.
  const base = env.server.url;
  const res = await fetch(`${base}api/functions/share`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base.replace(/\/$/, '') },
    body: JSON.stringify({ action: 'create', situation: JOB_CHANGE }),
  });
  shareToken = ((await res.json()) as { token: string }).token;
  expect(shareToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
});

async function freshContext(c: PageCase): Promise<BrowserContext> {
  const context = await newContext(env, WIDTH);
  const current = c.current?.();
  // Taro H5 keeps storage values as {"data": value} in localStorage.
  if (current) {
    await context.addInitScript(
      (value) => {
        window.localStorage.setItem('sdjz.current', value);
      },
      JSON.stringify({ data: current }),
    );
  }
  return context;
}

/** Problems with the controls on show: grids and chip rows laid out side by side, each control narrower than half. */
async function controlProblems(page: Page, grids: string[]): Promise<string[]> {
  return page.evaluate(
    ({ grids, width }) => {
      const out: string[] = [];
      const shown = Array.from(document.querySelectorAll('.taro_page')).find(
        (p) => (p as HTMLElement).offsetParent !== null,
      );
      if (!shown) return ['no page on show'];
      for (const id of grids) {
        if (!shown.querySelector(id)) out.push(`${id}: missing`);
      }
      for (const row of Array.from(shown.querySelectorAll('.grid4, .chips'))) {
        const cells = Array.from(row.children).filter((c) => (c as HTMLElement).offsetParent !== null);
        if (cells.length < 2) continue;
        const label = `${row.closest('[id]')?.id ?? '?'} .${String(row.className).split(' ')[0]}`;
        if (getComputedStyle(row).display !== 'flex') out.push(`${label}: display ${getComputedStyle(row).display}`);
        const tops = new Set(cells.map((c) => Math.round(c.getBoundingClientRect().top)));
        if (tops.size === cells.length) out.push(`${label}: ${cells.length} controls, one per line`);
        for (const c of cells) {
          const w = c.getBoundingClientRect().width;
          if (w >= width / 2) out.push(`${label}: "${c.textContent?.trim()}" is ${w.toFixed(0)} px wide`);
        }
      }
      return out;
    },
    { grids, width: WIDTH },
  );
}

async function check(page: Page, c: PageCase, how: 'direct' | 'home') {
  await page.waitForSelector(c.ready, { timeout: 20_000 });
  await page.waitForTimeout(300); // late styles would land now
  await expect(controlProblems(page, c.grids ?? [])).resolves.toEqual([]);
  await expectGoodLayout(page, `${c.name} (${how})`);
  await shot(page, `page-${c.name}-${how}`);
}

describe.each(PAGES)('$name', (c) => {
  it('opened directly in a fresh browser', async () => {
    const context = await freshContext(c);
    const page = await context.newPage();
    await page.goto(`${env.server.url}#/${c.path()}`);
    await check(page, c, 'direct');
    await context.close();
  });

  it('opened from home first in a fresh browser', async () => {
    const context = await freshContext(c);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.waitForSelector('#start', { timeout: 20_000 });
    if (c.name !== 'home') {
      if (c.link) await page.click(c.link);
      else await page.evaluate((path) => (window.location.hash = `#/${path}`), c.path());
    }
    await check(page, c, 'home');
    await context.close();
  });
});

it('the planner opened first from home lays its year chips out as a grid (regression)', async () => {
  const context = await newContext(env, WIDTH);
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector('#plan-entry', { timeout: 20_000 });
  await page.click('#plan-entry');
  await page.waitForSelector('#plan-since .year-cell');
  const cells = await page.$$eval('#plan-since .year-cell', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { w: r.width, top: Math.round(r.top) };
    }),
  );
  expect(cells.length).toBeGreaterThanOrEqual(8);
  for (const c of cells) expect(c.w).toBeLessThan(WIDTH / 2);
  // four a row (25% each)
  expect(cells.filter((c) => c.top === cells[0].top)).toHaveLength(4);
  await context.close();
});
