// Inputs several test files send: a 武汉 job change with the personal fields a share must handle, and a reminder
// request for the resident-window action. One copy each, so the files agree on what they test.

/** 武汉, employee 2018-01 to 2026-07, asked on 2026-09-15, with gender, birth month and hukou. */
export const WUHAN_JOB_CHANGE = {
  asOf: '2026-09-15',
  city: '武汉',
  periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
  gapReason: 'jobChange',
  birth: '1987-03',
  gender: 'female',
  hukou: 'nonlocal',
};

/** A reminders `create` request for the resident-window action, 7 days ahead of 2026-12-31. */
export const CREATE_REMINDER = {
  action: 'create',
  actionKey: 'resident-window',
  title: '在 12月31日 前缴纳 2027 年居民医保',
  due: '2026-12-31',
  leadDays: 7,
  accepted: true,
};
