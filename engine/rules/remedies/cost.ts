// What a remedy costs: months × base × rate (+ a fixed monthly add-on), with the late fee for employer arrears,
// and resident years × the individual contribution. Never an invented price: unknown → no cost.
import type { Cost } from '../../contract';
import { costBasis, lateFeeBasis, residentCostBasis } from '../../explain/options';
import type { PolicyContext } from '../../policy/resolve';
import { daysBetween, firstDay, januaryOf, type MonthIndex } from '../../time';
import { round2 } from '../costs';

/** months × base × rate (+ a fixed monthly add-on), with the late fee for employer arrears. */
export function contributionCost(
  ctx: PolicyContext,
  months: MonthIndex[],
  base: number,
  asOf: string,
  who: 'flexible' | 'employer',
): Cost {
  const lastMonth = months.length ? months[months.length - 1] : 0;
  const rates = ctx.get('employee.rates', lastMonth).value;
  const rate = who === 'flexible' ? (rates.flexible ?? rates.employeeTotal ?? 0.08) : (rates.employeeTotal ?? 0.08);
  const extra = who === 'flexible' ? (rates.flexibleMonthlyExtra ?? 0) : 0;
  const perMonth = base * rate + extra;
  const amount = round2(perMonth * months.length);
  let lateFee = 0;
  let lateBasis = '';
  if (who === 'employer') {
    const perDay = ctx.get('employee.lateFeePerDay', lastMonth).value;
    // Overdue from the first day of the month after each contribution month (the local due day is not encoded).
    const days = months.map((m) => Math.max(0, daysBetween(firstDay(m + 1), asOf)));
    lateFee = round2(days.reduce((sum, d) => sum + perMonth * perDay * d, 0));
    lateBasis = lateFeeBasis({ perDay, asOf });
  }
  return { amount, lateFee, basis: costBasis({ months: months.length, base, rate, extra }) + lateBasis };
}

/** The individual contribution of `year` and its source; undefined where that amount is not known. */
export function residentPrice(ctx: PolicyContext, year: number) {
  return ctx.find('resident.individualContribution', januaryOf(year));
}

/** years × the individual contribution of `year`; undefined where that amount is not known (no invented prices). */
export function residentCost(ctx: PolicyContext, year: number, years: number): Cost | undefined {
  const price = residentPrice(ctx, year);
  if (!price) return undefined;
  return { amount: round2(price.value * years), lateFee: 0, basis: residentCostBasis({ years, price: price.value }) };
}
