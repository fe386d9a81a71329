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
  /**
   * Set when the statutory age was reached before the first minimum-years value written down (1998-01, security
   * probe 3 P52): the earliest value is used and the notice says the rule of that time is not collected.
   */
  minimumYearsEarly?: true;
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
      const minimum = ctx.findOrEarliest('pension.minimumYears', month);
      if (!minimum) throw new Error(`policy pension.minimumYears has no value for ${ctx.region.code}`);
      return {
        label: g.label,
        month,
        ageMonths: g.originalAge * 12 + delay,
        originalAge: g.originalAge,
        minimumYears: minimum.value,
        ...(minimum.early ? { minimumYearsEarly: true as const } : {}),
        sources: [rule.source, minimum.source],
      };
    });
}
