// Notices for local rules that change what the months mean without changing their state: 佛山's reduced cap until
// 3 consecutive months are paid (C10), and the missing local first-enrolment wait for flexible workers (M19).
import type { PolicyContext } from '../policy/resolve';
import { formatMonth, type MonthIndex } from '../time';
import type { MedicalPicture } from './medical';
import type { Timeline } from './timeline';
import { month } from '../explain/format';

/** Regular (not back-paid) 职工医保 months ending at `month`, counted back without a break. */
function consecutivePaid(timeline: Timeline, month: MonthIndex): number {
  let run = 0;
  for (let m = month; timeline.employeeMonths.get(m) && !timeline.employeeMonths.get(m)!.backPaid; m--) run++;
  return run;
}

export function localRuleNotices(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  regionName: string,
): string[] {
  const notices: string[] = [];
  const { asOfMonth } = timeline;
  const cap = ctx.find('employee.reducedCap', asOfMonth);
  const run = consecutivePaid(timeline, asOfMonth);
  if (cap && run > 0 && run < cap.value.months && picture.status === 'covered') {
    const full = formatMonth(asOfMonth + cap.value.months - run);
    notices.push(
      `${regionName}规定连续按月缴费未满 ${cap.value.months} 个月的，这期间医保基金累计最多支付 ${cap.value.capYuan} 元` +
        `（满 ${cap.value.months} 个月后最高 ${cap.value.normalCapYuan} 元），补缴的月份不算连续：` +
        `你目前连续缴费 ${run} 个月，按月续缴，${month(full)}起恢复正常限额。`,
    );
  }
  // A first flexible enrolment in the last 6 months where no level has a first-enrolment rule: say it is unknown.
  const firstFlexible = [...timeline.employeeMonths.entries()].find(([, p]) => p.scheme === 'flexible');
  const firstEver = [...timeline.employeeMonths.keys()].sort((a, b) => a - b)[0];
  if (
    firstFlexible &&
    firstFlexible[0] === firstEver &&
    asOfMonth - firstFlexible[0] < 6 &&
    !ctx.find('flexible.firstEnrolmentWaitingMonths', firstFlexible[0])
  ) {
    notices.push(
      `${regionName}灵活就业人员首次参保是否有等待期还没有收录（各地常见 1 至 6 个月），上面按没有等待期计算，` +
        `请向${regionName}医保局核实。`,
    );
  }
  return notices;
}
