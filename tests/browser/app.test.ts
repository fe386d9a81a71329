/// <reference lib="dom" />
// Real browser (Debian chromium via playwright-core) against the local runtime serving the H5 build: the step
// flow as a user taps it, the result screen for the main situations, field-level errors, resuming an
// interrupted intake, 关怀模式, and the results kept across a server restart. Months are relative to today
// (the client and the local runtime both use today's date in China).
import {
  beginIntake,
  expectPaintsEngineAnswer,
  monthsFromNow,
  openHome,
  paintedMonths,
  pickCity,
  pickMonth,
  pickPaidDay,
  shot,
  shownResult,
  useEnv,
  THIS_YEAR,
  waitStep,
  walkJobChange,
  REPORT_DRAWN,
} from './helpers';
import type { Page } from 'playwright-core';

const env = useEnv();

/** 武汉, local hukou, a job change: employee 2020-01 to two months ago, not resumed; stops at the concerns step. */
async function toConcernsStep(page: Page) {
  await beginIntake(page, '武汉', 'local', 'jobChange');
  await waitStep(page, 'from');
  await pickMonth(page, 'from', '2020-01');
  await waitStep(page, 'to');
  await pickMonth(page, 'to', monthsFromNow(-2));
  await waitStep(page, 'resumed');
  await page.click('#resumed-none');
  await waitStep(page, 'concerns');
}

it('a job change with a short gap: 8 taps to a result that says how to resume without a break', async () => {
  const page = await openHome(env);
  await shot(page, 'home', { full: true });
  const left = monthsFromNow(-2); // last month the employer paid: the gap is last month and this month
  const taps = await walkJobChange(page, '武汉', '2018-01', left);
  expect(taps).toBeLessThanOrEqual(8);

  await expect(page.getAttribute('#status', 'data-status')).resolves.toBe('suspended');
  // the headline and every painted month are the engine's (headline.text, medical.months)
  const report = await expectPaintsEngineAnswer(page);
  expect(report.headline.key).toBe('backPayNow');
  await expect(page.textContent('#headline .headline__text')).resolves.toMatch(/前补缴/);
  // the picture: the gap months are drawn as holes that back-paying still fills, the months before as covered
  const months = await paintedMonths(page);
  expect(months[monthsFromNow(-1)]).toBe('repairable');
  expect(months[monthsFromNow(0)]).toBe('repairable');
  expect(months[left]).toBe('covered');
  // remedies side by side, the 清零 list with its 为什么, dated actions with 提醒我
  const options = await page.$$eval('.option', (els) => els.map((e) => e.getAttribute('data-key')));
  expect(options).toEqual(expect.arrayContaining(['backPay', 'flexible', 'resident']));
  const items = await page.$$eval('.item', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-outcome')])),
  );
  expect(items).toMatchObject({ pensionYears: 'kept', pensionAccount: 'kept', medicalAccount: 'kept' });
  await page.click('#why-pensionYears');
  const why = await page.textContent('#why-pensionYears-body');
  expect(why).toContain('不清零');
  expect(why).toContain('社会保险法');
  expect(await page.$('#remind-backpay-deadline-7')).not.toBeNull();
  expect(await page.$('#remind-backpay-deadline-1')).not.toBeNull();
  await expect(page.textContent('#notices')).resolves.toContain('武汉市');
  await shot(page, 'result-job-change', { full: true });
  await shot(page, 'result-job-change-first-screen');
  await page.context().close();
});

it('the result draws its first screen (headline, months) first, and every other card a frame later', async () => {
  const page = await openHome(env);
  // Which of the report's cards each DOM change brought, in order (recorded in the page, before the tap).
  await page.evaluate(() => {
    const w = window as unknown as { drawn: string[][] };
    w.drawn = [];
    new MutationObserver(() => {
      const ids = Array.from(document.querySelectorAll('#report > *'), (e) => e.id || e.className);
      const last = w.drawn[w.drawn.length - 1];
      if (ids.length && (!last || last.join() !== ids.join())) w.drawn.push(ids);
    }).observe(document, { childList: true, subtree: true });
  });
  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-2));
  const drawn = await page.evaluate(() => (window as unknown as { drawn: string[][] }).drawn);
  expect(drawn[0]).toEqual(['headline', 'timeline']);
  await expect(page.getAttribute('#report', 'data-drawn')).resolves.toBe('all');
  const all = drawn[drawn.length - 1];
  expect(all.slice(0, 5)).toEqual(['headline', 'timeline', 'options', 'actions', 'share-card']);
  expect(await page.$$eval('#report #items, #report #sources', (els) => els.length)).toBe(2);
});

it('a job change where the new employer already pays: covered now, and the gap can still be back-paid', async () => {
  const page = await openHome(env);
  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-3), monthsFromNow(0));
  await expect(page.getAttribute('#status', 'data-status')).resolves.toBe('covered');
  const options = await page.$$eval('.option', (els) => els.map((e) => e.getAttribute('data-key')));
  expect(options).toContain('backPay');
  expect(options).not.toContain('flexible');
  await expectPaintsEngineAnswer(page);
  const months = await paintedMonths(page);
  expect(months[monthsFromNow(0)]).toBe('covered');
  expect(months[monthsFromNow(-1)]).toBe('repairable');
  await page.context().close();
});

it('a price the engine cannot give (郑州 records no minimum base): 暂无价格, with the reason beside it', async () => {
  const page = await openHome(env);
  await walkJobChange(page, '郑州', '2018-01', monthsFromNow(-2));
  const report = await expectPaintsEngineAnswer(page);
  const unpriced = report.options.filter((o) => o.feasible !== 'no' && !o.cost && o.costUnknown);
  expect(unpriced.length).toBeGreaterThan(0); // control: the engine gives no price here, and says why
  for (const o of unpriced) {
    const card = `.option[data-key="${o.key}"]`;
    await expect(page.textContent(card)).resolves.toContain('暂无价格');
    // visible without a tap, next to the price
    await expect(page.isVisible(`${card} .option__cost-why`)).resolves.toBe(true);
    await expect(page.textContent(`${card} .option__cost-why`)).resolves.toBe(o.costUnknown);
  }
  await expect(page.textContent('#options')).resolves.not.toContain('按当地标准');
  await shot(page, 'result-price-unknown', { full: true });
  await page.context().close();
});

it("a closed gap an employer may still back-pay: its deadline is shown as past, the amount as the employer's", async () => {
  const page = await openHome(env);
  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-5), monthsFromNow(-2));
  const report = await expectPaintsEngineAnswer(page);
  const backPay = report.options.find((o) => o.key === 'backPay')!;
  // control: the engine answers depends on the employer, no deadline ahead, the rule's own one already past
  const passed = backPay.deadlinePassed!;
  expect([backPay.feasible, backPay.who, backPay.deadline, passed < report.asOf]).toEqual([
    'depends',
    'employer',
    null,
    true,
  ]);
  const text = await page.textContent('.option[data-key="backPay"]');
  const [y, m, d] = passed.split('-').map(Number);
  expect(text).toContain(`${y}年${m}月${d}日已过`);
  // asking the employer is dated "as soon as possible" (the engine's asap), not a deadline that ends today
  await expect(page.textContent('.action[data-key="ask-employer"] .action__days')).resolves.toBe('尽快');
  expect(text).toContain('金额问单位');
  // the engine says the employer may still pay, not that the person pays nothing
  expect(text).toContain('问单位能不能补缴');
  expect(text).not.toContain('不用你自己交');
  await page.context().close();
});

it("only a province given: the rules line says so, not that a city's rules are missing", async () => {
  const page = await openHome(env);
  await walkJobChange(page, '福建省', '2018-01', monthsFromNow(-2));
  const report = await expectPaintsEngineAnswer(page);
  // control: the engine answers for the province, marked as given without a city
  expect([report.region.rulesLevel, report.region.provinceOnly]).toEqual(['province', true]);
  await expect(page.textContent('#rules-level')).resolves.toBe('只填了省份，按省里的规定估算');
  await expect(page.textContent('#report')).resolves.not.toContain('本市的断缴规定还没有收录');
  await page.context().close();
});

it('the pension concern offers gender and birth month: the result gives the retirement date under delayed retirement', async () => {
  const page = await openHome(env);
  await toConcernsStep(page);
  expect(await page.$('#personBirth')).toBeNull(); // the month grid appears once a gender is chosen
  await page.click('#gender-male');
  await pickMonth(page, 'personBirth', '1971-01');
  await shot(page, 'intake-concerns-retirement', { full: true });
  await page.click('#submit');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });
  await page.click('#why-pensionYears');
  const text = await page.textContent('.item[data-key="pensionYears"]');
  // F23 worked example (born 1971-01, man: 61 years 7 months, 2032-08) and F24 (16.5 years needed in 2032)
  expect(text).toContain('61 岁 7 个月');
  expect(text).toContain('2032年8月');
  expect(text).toContain('16 年 6 个月');
  await page.context().close();
});

it('the pension concern without gender and birth month: the card asks for them, and blames no missing local value', async () => {
  const page = await openHome(env);
  await toConcernsStep(page);
  if (!(await page.getAttribute('#concern-pension', 'class'))?.includes('chip--on'))
    await page.click('#concern-pension');
  await page.click('#submit');
  await page.waitForSelector('#pension-card', { timeout: 15_000 });
  const report = await expectPaintsEngineAnswer(page);
  // control: no retirement date and no estimate, because gender and birth month were not given
  expect([report.pension?.retirement, report.pension?.gapEffect]).toEqual([null, null]);
  const card = await page.textContent('#pension-card');
  expect(card).toContain('填写性别和出生年月后');
  expect(card).not.toContain('计发基数没有收录');
  await page.context().close();
});

it('an interrupted intake resumes where it stopped, with its answers, after a reload', async () => {
  const page = await openHome(env);
  await page.click('#start');
  await waitStep(page, 'city');
  await shot(page, 'intake-city');
  await pickCity(page, '成都');
  await page.click('#hukou-nonlocal');
  await waitStep(page, 'event');
  await shot(page, 'intake-event');
  await page.click('#event-flexibleStopped');
  await waitStep(page, 'from');
  await pickMonth(page, 'from', '2020-03');
  await waitStep(page, 'to');
  await shot(page, 'intake-month');

  // a reload (or the app closed and opened again) lands on the same question
  await page.reload();
  await waitStep(page, 'to');
  await expect(page.getAttribute('#progress', 'data-index')).resolves.toBe('5');
  // and the home page offers to continue
  await page.goto(env.server.url);
  await page.waitForSelector('#resume', { timeout: 20_000 });
  await expect(page.textContent('#resume')).resolves.toContain('第 5 步');
  await page.click('#resume');
  await waitStep(page, 'to');
  // back navigation keeps the answers
  await page.click('#back');
  await waitStep(page, 'from');
  await expect(page.textContent('#from .picked')).resolves.toContain('2020年3月');
  await page.click('#back');
  await waitStep(page, 'event');
  expect(await page.getAttribute('#event-flexibleStopped', 'class')).toContain('choice--on');
  await page.context().close();
});

it('the employee → resident hole: the months between the two schemes are drawn as holes, then the waiting period', async () => {
  const page = await openHome(env);
  await beginIntake(page, '长沙', 'local', 'toResident');
  await waitStep(page, 'prevScheme');
  await page.click('#prev-flexible');
  await waitStep(page, 'from');
  await pickMonth(page, 'from', '2014-01');
  const last = monthsFromNow(-4);
  await pickMonth(page, 'to', last);
  await waitStep(page, 'resYear');
  await page.click(`#resyear-${THIS_YEAR + 1}`);
  await waitStep(page, 'resPaid');
  await pickMonth(page, 'resPaid', monthsFromNow(0));
  await pickPaidDay(page, 1);
  await waitStep(page, 'concerns');
  await page.click('#submit');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });

  await expectPaintsEngineAnswer(page);
  const months = await paintedMonths(page);
  expect(months[last]).toBe('covered');
  // no cover between the two schemes (drawn striped instead when back-paying could still fill it)
  expect(['hole', 'repairable']).toContain(months[monthsFromNow(-3)]);
  expect(['hole', 'repairable']).toContain(months[`${THIS_YEAR}-12`]);
  expect(Object.values(months)).toContain('waiting');
  // months lost are listed as such, months back-pay can still fill apart (copy review H6)
  const summary = (await page.textContent('.tl-summary')) ?? '';
  expect(summary).toMatch(/看病不能报销|现在补缴就能报/);
  if (Object.values(months).includes('repairable')) expect(summary).toContain('现在补缴就能报');
  await expect(page.textContent('#waiting')).resolves.toContain('等待期（交了钱还要等一段时间才能报销）');
  await shot(page, 'result-employee-to-resident', { full: true });
  await page.context().close();
});

it('a resident multi-year gap: the waiting period, its end date, and the repair remedy', async () => {
  const page = await openHome(env);
  await beginIntake(page, '青岛', 'unknown', 'residentGap');
  await waitStep(page, 'resFrom');
  await page.click('#resFrom .year-cell[data-year="2021"]');
  await waitStep(page, 'resTo');
  await page.click('#resTo .year-cell[data-year="2024"]');
  await waitStep(page, 'resYear');
  await page.click(`#resyear-${THIS_YEAR + 1}`);
  await waitStep(page, 'resPaid');
  await pickMonth(page, 'resPaid', monthsFromNow(0));
  await pickPaidDay(page, 'unknown');
  await waitStep(page, 'concerns');
  await page.click('#submit');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });

  const report = await expectPaintsEngineAnswer(page);
  await expect(page.textContent('#headline .headline__text')).resolves.toMatch(/起.*报销/);
  expect(report.medical.waiting).not.toBeNull();
  expect(Object.values(await paintedMonths(page))).toEqual(expect.arrayContaining(['hole', 'waiting']));
  expect(await page.$('.option[data-key="repair"]')).not.toBeNull();
  const items = await page.$$eval('.item', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-outcome')])),
  );
  expect(items.residentIncentive).toBe('reset');
  await shot(page, 'result-resident-gap', { full: true });
  await page.context().close();
});

it('invalid months: a clear message at the field, and no way forward until it is fixed', async () => {
  const page = await openHome(env);
  await beginIntake(page, '深圳', 'local', 'jobChange');
  await waitStep(page, 'from');
  const last = THIS_YEAR - 1; // whole past year: the test reads the same in every month
  await pickMonth(page, 'from', `${last}-05`);
  await waitStep(page, 'to');
  await pickMonth(page, 'to', `${last}-02`);
  await page.waitForSelector('#error-to');
  await expect(page.textContent('#error-to')).resolves.toContain(`早于开始的月份（${last}年5月）`);
  await expect(page.getAttribute('#progress', 'data-step')).resolves.toBe('to');
  expect(await page.$('#next')).toBeNull();
  await shot(page, 'intake-invalid-month');

  // a month that has not come yet
  const future = monthsFromNow(1);
  if (future.startsWith(String(THIS_YEAR))) {
    // the grid offers only years up to this one; in December next month is not on it at all
    await pickMonth(page, 'to', future);
    await expect(page.textContent('#error-to')).resolves.toContain('还没到');
  }
  // fixing it clears the message and moves on
  await pickMonth(page, 'to', `${last}-06`);
  await waitStep(page, 'resumed');
  expect(await page.$('#error-to')).toBeNull();
  await page.context().close();
});

/** A job-change intake with the city sent exactly as typed; the answer sends the user back to the city step. */
async function submitTypedCity(city: string) {
  const page = await openHome(env);
  await beginIntake(page, city, 'local', 'jobChange');
  await pickMonth(page, 'from', '2018-01');
  await pickMonth(page, 'to', monthsFromNow(-2));
  await waitStep(page, 'resumed');
  await page.click('#resumed-none');
  await waitStep(page, 'concerns');
  await page.click('#submit');
  await waitStep(page, 'city');
  return page;
}

it('an unknown city: sent as typed, answered with suggestions at the city question', async () => {
  const page = await submitTypedCity('火星');
  await page.waitForSelector('#error');
  await expect(page.textContent('#error-city')).resolves.toContain('没有找到');
  expect(await page.$('#report')).toBeNull();
  await page.context().close();
});

it('an ambiguous district (朝阳区): the candidates are offered, and choosing one answers at once', async () => {
  const page = await submitTypedCity('朝阳区');
  await page.waitForSelector('#error .suggestion');
  const names = await page.$$eval('#error .suggestion', (els) => els.map((e) => e.getAttribute('data-name')));
  expect(names).toEqual(expect.arrayContaining(['北京市朝阳区', '长春市朝阳区']));
  await page.click('#error .suggestion[data-name="北京市朝阳区"]');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });
  await expect(page.textContent('#region')).resolves.toBe('北京市');
  await expectPaintsEngineAnswer(page);
  await page.context().close();
});

it('关怀模式: switched on at home, remembered after a reload, larger type and one thing first on the result', async () => {
  const page = await openHome(env);
  const normalSize = await page.$eval('#home', (el) => parseFloat(getComputedStyle(el).fontSize));
  await page.click('#care-toggle');
  await expect(page.getAttribute('#home', 'data-care')).resolves.toBe('on');
  await page.reload();
  await page.waitForSelector('#start', { timeout: 20_000 });
  await expect(page.getAttribute('#home', 'data-care')).resolves.toBe('on');
  const careSize = await page.$eval('#home', (el) => parseFloat(getComputedStyle(el).fontSize));
  expect(careSize).toBeGreaterThanOrEqual(normalSize * 1.2);
  await shot(page, 'home-care');

  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-2));
  await expect(page.getAttribute('#report', 'data-care')).resolves.toBe('on');
  expect(await page.$$('#actions .action')).toHaveLength(1);
  // the one action shown is exactly the headline's to-do (contract v3 headline.action), not the first of the list
  const { report } = await shownResult(page);
  expect(report.headline.action).not.toBeNull();
  await expect(page.getAttribute('#actions .action', 'data-key')).resolves.toBe(report.headline.action);
  expect(await page.$('#items')).toBeNull();
  await shot(page, 'result-care', { full: true });
  await page.click('#care-more');
  await page.waitForSelector('#items');
  await page.context().close();
});

it('recent results on the home page survive a server restart and open again', async () => {
  const page = await openHome(env);
  await walkJobChange(page, '上海', '2020-01', monthsFromNow(-6));
  await page.goto(env.server.url);
  await page.waitForSelector('#recent .recent', { timeout: 20_000 });
  await env.restart();
  await page.reload();
  await page.waitForSelector('#recent .recent', { timeout: 20_000 });
  await expect(page.textContent('#recent')).resolves.toContain('上海市');
  // the history entry shows the report's headline
  const { report } = await shownResult(page);
  await expect(page.textContent('#recent')).resolves.toContain(report.headline.text);
  await page.click('#recent .recent');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });
  await expect(page.textContent('#region')).resolves.toBe('上海市');
  await page.context().close();
});
