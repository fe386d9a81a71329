// The dated to-do list, soonest first. Dated actions can be reminded by subscription message.
import type { Action, Option, Situation } from '../contract';
import { chineseDate, chineseMonthDay, yearOf } from '../time';
import type { PolicyContext } from '../policy/resolve';
import { residentWindow, type MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import type { Timeline } from './timeline';

export function buildActions(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  options: OptionsResult,
  situation: Situation & { asOf: string },
  needsLocalCheck: boolean,
): Action[] {
  const actions: Action[] = [];
  const asOf = situation.asOf;
  const byKey = (key: Option['key']) => options.options.find((o) => o.key === key);

  const backPay = byKey('backPay');
  if (backPay?.feasible !== 'no' && backPay?.deadline && backPay.deadline >= asOf) {
    actions.push({
      key: 'backpay-deadline',
      title: `在 ${chineseMonthDay(backPay.deadline)} 前补缴断缴月份的医保（以灵活就业身份或由新单位补缴）`,
      due: backPay.deadline,
      remindable: true,
      sources: backPay.sources,
    });
  }
  if (backPay?.feasible === 'yes' && situation.gapReason === 'employer') {
    actions.push({
      key: 'employer-arrears',
      title: '要求单位补缴欠费；单位拒不补缴的，可向社保费征收机构（税务）或 12333 投诉',
      due: asOf,
      remindable: false,
      sources: backPay.sources,
    });
  }
  const flexible = byKey('flexible');
  if (flexible && flexible.feasible !== 'no' && (flexible.waitingMonths ?? 0) > 0) {
    actions.push({
      key: 'flexible-enrol',
      title: `尽快以灵活就业身份参保：等待期从缴费起算，越早缴越早恢复（最早 ${chineseDate(flexible.benefitsFrom!)}）`,
      due: asOf,
      remindable: false,
      sources: flexible.sources,
    });
  }
  const resident = byKey('resident');
  if (resident && resident.feasible !== 'no') {
    const due = resident.deadline ?? asOf;
    const year = options.proposedResident?.year ?? yearOf(timeline.asOfMonth) + 1;
    actions.push({
      key: 'resident-window',
      title: resident.deadline
        ? `在 ${chineseMonthDay(resident.deadline)} 前缴纳 ${year} 年居民医保`
        : `现在缴纳 ${year} 年居民医保${resident.waitingMonths ? `（不在集中参保期内，等待 ${resident.waitingMonths} 个月）` : ''}`,
      due,
      remindable: resident.deadline !== null && resident.deadline !== undefined,
      sources: resident.sources,
    });
  }
  const repair = byKey('repair');
  if (repair?.feasible === 'yes') {
    actions.push({
      key: 'repair',
      title: `缴费修复变动等待期：多缴 ${repair.cost?.basis.split(' ')[0] ?? ''} 年，可提前到 ${chineseDate(repair.benefitsFrom!)} 报销`,
      // Repairing the proposed enrolment goes with its payment; repairing a paid year can be done now.
      due: resident?.deadline ?? asOf,
      remindable: false,
      sources: repair.sources,
    });
  }
  if (picture.waitingAhead && picture.waitingAhead.benefitsFrom > asOf) {
    actions.push({
      key: 'waiting-ends',
      title: `${chineseDate(picture.waitingAhead.benefitsFrom)}起医保开始报销（等待期结束），在此之前看病需自费`,
      due: picture.waitingAhead.benefitsFrom,
      remindable: true,
    });
  }
  // Resident cover this year but not next year: check next year is paid before the window closes.
  const thisYear = yearOf(timeline.asOfMonth);
  if (timeline.residentYears.has(thisYear) && !timeline.residentYears.has(thisYear + 1) && !resident) {
    const window = residentWindow(ctx, thisYear + 1);
    const due = window.closes >= asOf ? window.closes : asOf;
    actions.push({
      key: 'resident-next-year',
      title: `在 ${chineseDate(window.closes)}前缴纳 ${thisYear + 1} 年居民医保（集中参保期 ${chineseMonthDay(window.opens)} 起），断保会带来等待期`,
      due,
      remindable: window.closes >= asOf,
      sources: [window.rule.source],
    });
  }
  if (needsLocalCheck) {
    actions.push({
      key: 'call-local-office',
      title: '拨打 12393（医保）或 12333（社保）核实本地具体规定',
      due: null,
      remindable: false,
    });
  }
  return actions.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
