// Notices for local rules that change what the months mean without changing their state: 佛山's reduced cap until
// 3 consecutive months are paid (C10), and the missing local first-enrolment wait for flexible workers (M19).
import type { ReducedCap } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import type { MedicalPicture } from './medical';
import type { Timeline } from './timeline';
import { month } from '../explain/format';

export function localRuleNotices(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  regionName: string,
  cap: ReducedCap | undefined,
): string[] {
  const notices: string[] = [];
  const { asOfMonth } = timeline;
  if (cap && cap.paidMonths < cap.months && picture.status === 'covered') {
    notices.push(
      `${regionName}规定连续按月缴费未满 ${cap.months} 个月的，这期间医保基金累计最多支付 ${cap.capYuan} 元` +
        `（满 ${cap.months} 个月后最高 ${cap.normalCapYuan} 元），补缴的月份不算连续：` +
        `你目前连续缴费 ${cap.paidMonths} 个月，按月续缴，${month(cap.normalFrom)}起恢复正常限额。`,
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
