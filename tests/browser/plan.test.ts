/// <reference lib="dom" />
// The what-if planner in a real browser: home → 「我打算停交 / 换工作」 → the short intake → the plan result with a
// dated "latest resume" limit → 提醒我 on it; the bridges as the engine states them. Screenshots of the plan result
// and the pension card (375×667) land in artifacts/screenshots/ on every run.
import { evaluate, type Report } from '../../engine';
import { monthsFromNow, openHome, pickMonth, shot, shownResult, THIS_YEAR, useEnv } from './helpers';

const env = useEnv();

it('plans a stop in 3 months and a restart 5 months later, shows the latest month to resume as a date and sets a reminder on it', async () => {
  const page = await openHome(env);
  await page.click('#plan-entry');
  await page.waitForSelector('#plan-intake');
  await page.fill('input#plan-city', '北京');
  await page.click('.city-option[data-city="北京"]');
  await page.click('#plan-hukou-nonlocal');
  await page.click(`#plan-since .year-cell[data-year="${THIS_YEAR - 6}"]`);
  await page.click('#plan-gender-male');
  // The birth grid opens on 1980's page (newer years are one 更近的年份 away).
  for (let i = 0; i < 5 && !(await page.$('#plan-birth .year-cell[data-year="1990"]')); i++)
    await page.click('#plan-birth-later');
  await pickMonth(page, 'plan-birth', '1990-03');
  const stop = monthsFromNow(3);
  await pickMonth(page, 'plan-stop', stop);
  await pickMonth(page, 'plan-resume', monthsFromNow(8));
  await page.click('#plan-bridge-none');
  await page.click('#plan-submit');
  await page.waitForSelector('#plan-limits', { timeout: 15_000 });

  // The medical limit is a month after the stop, shown with its last day; the same date is a remindable action.
  const latest = await page.getAttribute('#plan-limits .limit[data-key="medical"]', 'data-latest');
  expect(latest).toMatch(/^\d{4}-\d{2}$/);
  expect(latest! > stop).toBe(true);
  const text = await page.textContent('#plan-limits .limit[data-key="medical"]');
  expect(text).toContain(`最晚${Number(latest!.slice(0, 4))}年${Number(latest!.slice(5, 7))}月接上`);
  const title = await page.textContent('.action[data-key="plan-resume-medical"] .action__title');
  expect(title).toMatch(/^在\d{4}年\d{1,2}月\d{1,2}日前接上医保$/);
  await shot(page, 'plan-result');

  // The bridges paint the engine's: its summary (which says why when there is no price), 暂无价格 without a price.
  const { situation } = await shownResult(page);
  const bridges = (evaluate(situation) as Report).plan!.bridges;
  expect(bridges.some((b) => b.cost === null)).toBe(true); // control: 北京 records no minimum base
  for (const b of bridges) {
    const card = `#plan-bridges .option[data-key="${b.key}"]`;
    await expect(page.textContent(`${card} .bridge__summary`)).resolves.toBe(b.summary);
    await expect(page.textContent(`${card} .action__title`)).resolves.toMatch(b.cost ? /约 [\d.]+ 元/ : /暂无价格/);
  }

  await page.click('#remind-plan-resume-medical-7');
  await page.waitForSelector('#remind-sheet');
  await page.click('#remind-ok');
  await page.waitForSelector('#remind-plan-resume-medical-7.btn--done', { timeout: 10_000 });
  await expect(page.textContent('.action[data-key="plan-resume-medical"]')).resolves.toContain('已设置');

  // The pension card: an estimate at today's parameters, the retirement date, the formula behind 为什么.
  await page.waitForSelector('#pension-card');
  await expect(page.textContent('#pension-card')).resolves.toContain('按今天的参数');
  await expect(page.textContent('#pension-retirement')).resolves.toContain('2053年');
  const card = await page.$('#pension-card');
  await card!.scrollIntoViewIfNeeded();
  await page.click('#pension-why');
  await card!.screenshot({ path: `${__dirname}/../../artifacts/screenshots/pension-card.png` });
});
