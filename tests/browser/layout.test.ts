// Every screen at 320 px (the narrowest phones), normal and 关怀模式: nothing overflows, every tap target is at
// least 44 × 44 CSS px. Walks the screens a user sees, with the report sections expanded.
import {
  beginIntake,
  expectGoodLayout,
  monthsFromNow,
  openHome,
  pickCity,
  pickMonth,
  pickPaidDay,
  useEnv,
  waitStep,
  REPORT_DRAWN,
} from './helpers';
import type { Page } from 'playwright-core';

const env = useEnv();

async function expandAll(page: Page) {
  for (const id of await page.$$eval('#report [id^="why-"]:not([id$="-body"])', (els) => els.map((e) => e.id))) {
    const expanded = await page.$(`#${id}-body`);
    if (!expanded) await page.click(`#${id}`);
  }
  if (await page.$('#sources-toggle')) await page.click('#sources-toggle');
}

async function walkAllSteps(page: Page, label: string) {
  await page.click('#start');
  await waitStep(page, 'city');
  await expectGoodLayout(page, `${label} city`);
  await page.fill('input#city', '乌鲁木齐');
  await expectGoodLayout(page, `${label} city search`);
  await pickCity(page, '乌鲁木齐');
  await waitStep(page, 'hukou');
  await expectGoodLayout(page, `${label} hukou`);
  await page.click('#hukou-nonlocal');
  await waitStep(page, 'event');
  await expectGoodLayout(page, `${label} event`);
  await page.click('#event-toResident');
  await waitStep(page, 'prevScheme');
  await expectGoodLayout(page, `${label} prevScheme`);
  await page.click('#prev-employee');
  await waitStep(page, 'from');
  await expectGoodLayout(page, `${label} from`);
  await pickMonth(page, 'from', '2016-07');
  await waitStep(page, 'to');
  await pickMonth(page, 'to', monthsFromNow(-5));
  await waitStep(page, 'resYear');
  await expectGoodLayout(page, `${label} resYear`);
  await page.click('#resyear-none');
  await waitStep(page, 'concerns');
  for (const c of ['housing', 'hukou', 'school', 'maternity', 'car']) await page.click(`#concern-${c}`);
  await expectGoodLayout(page, `${label} concerns`);
  await page.click('#submit');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });
  if (await page.$('#care-more')) {
    await expectGoodLayout(page, `${label} result (care, first screen)`);
    await page.click('#care-more');
    await page.waitForSelector('#items');
  }
  await expandAll(page);
  await expectGoodLayout(page, `${label} result`);
}

for (const care of [false, true]) {
  const label = care ? '320 px 关怀模式' : '320 px';
  it(`${label}: home, every intake step, the result with everything expanded, reminders, privacy`, async () => {
    const page = await openHome(env, 320);
    if (care) await page.click('#care-toggle');
    if (!care) await page.click('#myth-0');
    await expectGoodLayout(page, `${label} home`);
    await walkAllSteps(page, label);
    await page.click('#reminders-link');
    await page.waitForSelector('#reminder-list');
    await expectGoodLayout(page, `${label} reminders`);
    await page.click('#reminders-back');
    await page.click('#go-home');
    await page.waitForSelector('#go-privacy');
    await page.click('#go-privacy');
    await page.waitForSelector('#my-shares');
    await expectGoodLayout(page, `${label} privacy`);
    await page.context().close();
  });
}

it('320 px: the newborn flow and the shared-report error page', async () => {
  const page = await openHome(env, 320);
  await beginIntake(page, '厦门', 'local', 'newborn');
  await waitStep(page, 'birth');
  await pickMonth(page, 'birth', monthsFromNow(-1));
  await waitStep(page, 'resPaid');
  await expectGoodLayout(page, '320 px newborn resPaid');
  await pickMonth(page, 'resPaid', monthsFromNow(0));
  await expectGoodLayout(page, '320 px newborn resPaid day');
  await pickPaidDay(page, 1);
  await waitStep(page, 'concerns');
  await page.click('#submit');
  await page.waitForSelector(REPORT_DRAWN, { timeout: 15_000 });
  await expectGoodLayout(page, '320 px newborn result');
  await page.goto(`${env.server.url}#/pages/shared/index?token=nope`);
  await page.waitForSelector('#shared-error', { timeout: 20_000 });
  await expectGoodLayout(page, '320 px shared error');
  await page.context().close();
});
