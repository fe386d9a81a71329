// What a shared snapshot may reveal: conclusions, not inputs. It is evaluated without the monthly base (prices then
// use the local minimum base, or none is given: the engine's reason then says the share leaves the base out instead
// of asking its reader to fill one in; a notice says which) and without the birth month (no age, no retirement
// month; sections computed from it are dropped), but a newborn's: it counts the enrolment deadline.
import type { Report } from '../../engine/contract';
import { BASE_UNKNOWN, BASE_UNKNOWN_SHARED } from '../../engine/explain/costs';

/**
 * Said on a snapshot evaluated without the base the owner gave, to its reader (the family, who filled in nothing):
 * whether its prices use the local minimum base.
 */
export const BASE_LEFT_OUT_NOTICE = {
  atMinimum: '分享的结果不含填写人的缴费基数，其中按缴费基数计算的费用按当地最低缴费基数估算。',
  unused: '分享的结果不含填写人的缴费基数。',
};

/** Whether a price in the report rests on the local minimum base (the engine's `terms.atMinimum`). */
function pricedAtMinimum(report: Report): boolean {
  const costs = [...report.options.map((o) => o.cost), ...(report.plan?.bridges ?? []).map((b) => b.cost)];
  return costs.some((c) => c?.terms?.atMinimum === true);
}

/** The situation a snapshot is evaluated from. */
export function situationForSharing(situation: unknown): { situation: unknown; baseLeftOut: boolean } {
  if (!situation || typeof situation !== 'object' || Array.isArray(situation)) return { situation, baseLeftOut: false };
  const { monthlyBase, birth, ...rest } = situation as Record<string, unknown>;
  const keepBirth = rest.specialGroup === 'newborn' && birth !== undefined;
  return { situation: keepBirth ? { ...rest, birth } : rest, baseLeftOut: monthlyBase !== undefined };
}

/** Sections that only exist when a birth month is known (the planner's pension card). */
const BIRTH_SECTIONS = ['pension', 'retirement'] as const;

/** The report with the engine's "fill in a base" reason phrased for a snapshot that left the owner's base out. */
function withoutBaseRequest(report: Report): Report {
  const text = JSON.stringify(report);
  return text.includes(BASE_UNKNOWN)
    ? (JSON.parse(text.split(BASE_UNKNOWN).join(BASE_UNKNOWN_SHARED)) as Report)
    : report;
}

export function snapshotOf(evaluated: Report, baseLeftOut: boolean): Report {
  const report = baseLeftOut ? withoutBaseRequest(evaluated) : evaluated;
  const copy = { ...report } as Report & Record<string, unknown>;
  for (const key of BIRTH_SECTIONS) delete copy[key];
  // A price reason that already says the share left the base out needs no second notice saying only that.
  const atMinimum = pricedAtMinimum(report);
  if (baseLeftOut && (atMinimum || report === evaluated))
    copy.notices = [...report.notices, BASE_LEFT_OUT_NOTICE[atMinimum ? 'atMinimum' : 'unused']];
  return copy;
}
