// The one line a family member sees first (onShareAppMessage title): the medical status and the most urgent
// thing to do, e.g. "医保已暂停：10月31日前补缴可无缝恢复". At most 30 characters.
import type { MedicalStatus, Report } from '../../engine/contract';
import { chineseDate, chineseMonthDay } from '../../engine/time';
import { shorten } from '../shared/text';

export const SHARE_TITLE_MAX = 30;

const STATUS: Record<MedicalStatus, string> = {
  covered: '医保正常',
  suspended: '医保已暂停',
  waiting: '医保等待期中',
  none: '未参加医保',
};

/** Action keys, most telling first, and how each reads in a title. */
const FINDINGS: Array<[key: string, phrase: (day: string, report: Report) => string]> = [
  [
    'backpay-deadline',
    (day, r) => `${day}前补缴${r.options.find((o) => o.key === 'backPay')?.retroactive ? '可无缝恢复' : '可恢复'}`,
  ],
  ['waiting-ends', (day) => `${day}起恢复报销`],
  ['resident-window', (day) => `${day}前缴纳居民医保`],
  ['resident-next-year', (day) => `${day}前缴纳明年居民医保`],
  ['flexible-enrol', () => '尽快以灵活就业身份参保'],
  ['employer-arrears', () => '可要求单位补缴欠费'],
];

export function shareTitle(report: Report): string {
  const status = STATUS[report.medical.status];
  // The year only when it is not the report's year: "10月31日", but "2027年4月1日".
  const day = (date: string) =>
    date.slice(0, 4) === report.asOf.slice(0, 4) ? chineseMonthDay(date) : chineseDate(date);
  for (const [key, phrase] of FINDINGS) {
    const action = report.actions.find((a) => a.key === key);
    if (action) return shorten(`${status}：${phrase(action.due ? day(action.due) : '', report)}`, SHARE_TITLE_MAX);
  }
  const holes = report.medical.holeMonths.length;
  return shorten(holes ? `${status}：断保 ${holes} 个月` : `${status}：断缴影响一览`, SHARE_TITLE_MAX);
}
