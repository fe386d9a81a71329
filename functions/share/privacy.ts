// What a shared snapshot may reveal. A family member sees the conclusions, not the inputs: the snapshot is
// evaluated from the situation without the monthly base (costs are then the city's public estimate, and a notice
// says so) and without the birth month (no age, no retirement month from which it could be worked out), and any
// section computed from them is dropped. A newborn's birth month is kept: it is the child's, and the enrolment
// deadline is counted from it.
import type { Report } from '../../engine/contract';

export const BASE_LEFT_OUT_NOTICE = '分享的结果不含你填写的缴费基数，其中的费用按当地标准估算。';

/** The situation a snapshot is evaluated from. */
export function situationForSharing(situation: unknown): { situation: unknown; baseLeftOut: boolean } {
  if (!situation || typeof situation !== 'object' || Array.isArray(situation)) return { situation, baseLeftOut: false };
  const { monthlyBase, birth, ...rest } = situation as Record<string, unknown>;
  const keepBirth = rest.specialGroup === 'newborn' && birth !== undefined;
  return { situation: keepBirth ? { ...rest, birth } : rest, baseLeftOut: monthlyBase !== undefined };
}

/** Sections that only exist when a birth month is known (the planner's pension card). */
const BIRTH_SECTIONS = ['pension', 'retirement'] as const;

export function snapshotOf(report: Report, baseLeftOut: boolean): Report {
  const copy = { ...report } as Report & Record<string, unknown>;
  for (const key of BIRTH_SECTIONS) delete copy[key];
  if (baseLeftOut) copy.notices = [...report.notices, BASE_LEFT_OUT_NOTICE];
  return copy;
}
