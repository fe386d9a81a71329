// 发给家人 and 提醒我 in a real browser against the local runtime's share and reminders functions:
// a shared link opened by a second browser (another identity), revoked and unknown links, a reminder that
// shows up in 我的提醒, goes out through the local outbox when its time comes, and can be cancelled.
import {
  monthsFromNow,
  newContext,
  openHome,
  paintedMonths,
  shot,
  shownResult,
  useEnv,
  walkJobChange,
  REPORT_DRAWN,
} from './helpers';

const env = useEnv();

it('发给家人: a link another browser opens read-only, with 我也查一查; revoking it shows a clear page', async () => {
  const page = await openHome(env);
  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-2));
  const headline = await page.textContent('#headline .headline__text');
  const ownerMonths = await paintedMonths(page);
  const { report } = await shownResult(page);
  await page.click('#share');
  await page.waitForSelector('#share-link', { timeout: 15_000 });
  const link = (await page.textContent('#share-link'))!.trim();
  expect(link).toMatch(
    new RegExp(`^${env.server.url.replace(/\/$/, '')}/#/pages/shared/index\\?token=[A-Za-z0-9_-]{22,}$`),
  );
  await shot(page, 'result-shared-link', { full: true });

  // the family member: another browser, another identity
  const family = await (await newContext(env)).newPage();
  await family.goto(link);
  await family.waitForSelector(REPORT_DRAWN, { timeout: 20_000 });
  await expect(family.textContent('#shared-head')).resolves.toContain('家人分享');
  // the shared page paints the snapshot exactly as the owner saw it: the same headline and the same months
  await expect(family.textContent('#headline .headline__text')).resolves.toBe(headline);
  expect(headline).toBe(report.headline.text);
  await expect(paintedMonths(family)).resolves.toEqual(ownerMonths);
  expect(Object.keys(ownerMonths)).toEqual(report.medical.months.map((m) => m.month));
  expect(await family.$('.remind-btn')).toBeNull();
  expect(await family.$('#share')).toBeNull();
  await shot(family, 'shared-report', { full: true });
  await family.click('#family-check');
  await family.waitForSelector('#step-city', { timeout: 10_000 });
  await family.waitForSelector('#family-banner');

  // the sharer revokes it on the privacy page
  await page.click('#go-home');
  await page.waitForSelector('#go-privacy');
  await page.click('#go-privacy');
  await page.waitForSelector('#my-shares .share-item', { timeout: 10_000 });
  await shot(page, 'privacy', { full: true });
  await page.click('#my-shares .revoke-btn');
  await page.waitForSelector('#privacy-msg');
  await expect(page.textContent('#privacy-msg')).resolves.toContain('已撤回');

  await family.goto('about:blank');
  await family.goto(link);
  await family.waitForSelector('#shared-error', { timeout: 20_000 });
  await expect(family.getAttribute('#shared-error', 'data-code')).resolves.toBe('SHARE_REVOKED');
  await expect(family.textContent('#shared-error')).resolves.toContain('撤回');
  await shot(family, 'shared-revoked');

  // a token nobody issued
  await family.goto('about:blank');
  await family.goto(`${env.server.url}#/pages/shared/index?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
  await family.waitForSelector('#shared-error', { timeout: 20_000 });
  await expect(family.getAttribute('#shared-error', 'data-code')).resolves.toBe('SHARE_NOT_FOUND');
  await family.click('#self-check');
  await family.waitForSelector('#step-city', { timeout: 10_000 });
  await family.context().close();
  await page.context().close();
});

it('提醒我: each lead time is its own reminder; it appears in 我的提醒, goes out via the outbox, and can be cancelled', async () => {
  const page = await openHome(env);
  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-2));

  await page.click('#remind-backpay-deadline-7');
  await page.waitForSelector('#remind-sheet');
  await expect(page.textContent('#remind-sheet')).resolves.toContain(
    '在浏览器中，提醒会显示在「我的提醒」和本地发件箱',
  );
  await shot(page, 'remind-confirm');
  await page.click('#remind-ok');
  await page.waitForSelector('#remind-backpay-deadline-7.btn--done', { timeout: 10_000 });
  await expect(page.textContent('.action[data-key="backpay-deadline"] .action__msg')).resolves.toContain('已设置');
  await page.click('#remind-backpay-deadline-1');
  await page.click('#remind-ok');
  await page.waitForSelector('#remind-backpay-deadline-1.btn--done', { timeout: 10_000 });

  const actionTitle = (await page.textContent('.action[data-key="backpay-deadline"] .action__title'))!.trim();
  await page.click('#reminders-link');
  await page.waitForSelector('#reminder-list .reminder', { timeout: 10_000 });
  const list = await page.$$eval('#reminder-list .reminder', (els) =>
    els.map((e) => ({
      action: e.getAttribute('data-action'),
      state: e.getAttribute('data-state'),
      text: e.textContent,
    })),
  );
  expect(list).toHaveLength(2);
  expect(list.every((r) => r.action === 'backpay-deadline' && r.state === 'pending')).toBe(true);
  expect(list.map((r) => r.text).join()).toContain('提前 7 天');
  await page.waitForSelector('#outbox-empty', { timeout: 10_000 });
  await shot(page, 'reminders', { full: true });

  // cancel the one-day reminder
  const oneDay = await page.$$eval('#reminder-list .reminder', (els) =>
    els.find((e) => e.textContent?.includes('提前 1 天'))?.getAttribute('data-id'),
  );
  await page.click(`#cancel-${oneDay}`);
  await page.waitForSelector(`.reminder[data-id="${oneDay}"][data-state="cancelled"]`, { timeout: 10_000 });

  // time passes until the 7-day reminder is due: the dispatcher sends it through the local outbox
  const sendAt = await page.evaluate(async () => {
    const res = await fetch('/api/functions/reminders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'list' }),
    });
    const body = (await res.json()) as { reminders: { state: string; sendAt: string }[] };
    return body.reminders.find((r) => r.state === 'pending')!.sendAt;
  });
  env.clockOffset = Date.parse(sendAt) - Date.now() + 60_000;
  try {
    await env.server.dispatch();
  } finally {
    env.clockOffset = 0;
  }
  await page.reload();
  await page.waitForSelector('#reminder-list .reminder[data-state="sent"]', { timeout: 20_000 });
  await page.waitForSelector('#outbox .outbox-msg', { timeout: 10_000 });
  // the message sent is the reminded action (its title, cut to the template's field length), with the note
  // counted on the day it was sent
  await expect(page.textContent('#outbox')).resolves.toContain(actionTitle.slice(0, 8));
  await expect(page.textContent('#outbox')).resolves.toMatch(/还有7天截止/);
  await shot(page, 'reminders-sent', { full: true });
  await page.context().close();
});

it('删除我的全部数据: one tap and a confirmation remove results and shares; the family link dies at once', async () => {
  const page = await openHome(env);
  await walkJobChange(page, '武汉', '2018-01', monthsFromNow(-2));
  await page.click('#share');
  await page.waitForSelector('#share-link', { timeout: 15_000 });
  const link = (await page.textContent('#share-link'))!.trim();
  await page.click('#go-home');
  await page.waitForSelector('#go-privacy');
  await page.click('#go-privacy');
  await page.waitForSelector('#stored [data-stored="history"]');
  await page.click('#delete-all');
  await page.waitForSelector('.taro-modal__foot', { timeout: 10_000 });
  await expect(page.textContent('.taro-modal__content')).resolves.toContain('立即失效');
  await page.click('.taro-modal__foot >> text=全部删除');
  await page.waitForSelector('#privacy-msg', { timeout: 10_000 });
  const message = await page.textContent('#privacy-msg');
  expect(message).toMatch(/已删除：最近结果 [1-9]\d* 条、提醒 0 个（待发送的已先取消）、分享 1 个（链接已失效）/);
  await shot(page, 'privacy-deleted', { full: true });

  const family = await (await newContext(env)).newPage();
  await family.goto(link);
  await family.waitForSelector('#shared-error', { timeout: 20_000 });
  await expect(family.getAttribute('#shared-error', 'data-code')).resolves.toBe('SHARE_NOT_FOUND');
  await family.context().close();
  await page.context().close();
});
