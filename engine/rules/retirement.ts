// Statutory retirement month under 渐进式延迟退休 (F23) and the minimum contribution years in force then (F24).
// Only men have a single original age; for women it depends on the job (50 or 55), so both are returned.
import type { Gender } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import { type MonthIndex, toMonthIndex } from '../time';

export interface RetirementEstimate {
  label: string;
  /** The month the statutory age is reached. */
  month: MonthIndex;
  ageMonths: number;
  /** The statutory age before 2025 this group starts from (60, 55 or 50). */
  originalAge: number;
  minimumYears: number;
  sources: string[];
}

export function retirementEstimates(
  ctx: PolicyContext,
  birth: MonthIndex,
  gender: Gender,
  asOfMonth: MonthIndex,
): RetirementEstimate[] {
  const rule = ctx.find('pension.retirementAge', asOfMonth);
  if (!rule) return [];
  const countFrom = toMonthIndex(rule.value.countFrom);
  return rule.value.groups
    .filter((g) => g.gender === gender)
    .map((g) => {
      const original = birth + g.originalAge * 12;
      const delay =
        original > countFrom ? Math.min(g.maxDelayMonths, Math.ceil((original - countFrom) / g.stepMonths)) : 0;
      const month = original + delay;
      const minimum = ctx.get('pension.minimumYears', month);
      return {
        label: g.label,
        month,
        ageMonths: g.originalAge * 12 + delay,
        originalAge: g.originalAge,
        minimumYears: minimum.value,
        sources: [rule.source, minimum.source],
      };
    });
}
