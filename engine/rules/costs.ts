// The price of every remedy and bridge: flexible back-pay / enrolment (base × rate from the policy tables, at the
// local minimum base when no base is given), the employer-arrears late fee (0.05 %/day), resident contributions
// (group-specific where the place publishes them). A price is only given from sourced values; otherwise the
// answer says the price is unknown. Facts only: engine/explain/costs.ts phrases each `basis`.
import type { Cost, CostTerms, Situation } from '../contract';
import * as say from '../explain/costs';
import type { PolicyContext } from '../policy/resolve';
import { daysBetween, firstDay, januaryOf, type MonthIndex, toMonthIndex } from '../time';
import { unique } from '../unique';

/** Yuan to 2 decimals (the contract's money). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Priced {
  /** The price, or null when a needed value is not recorded for the place. */
  cost: Cost | null;
  /** Why there is no price (a sentence for the user), when `cost` is null. */
  unknown?: string;
  sources: string[];
}

// A source's citation, phrased once per source entry (every priced option of every run names its sources).
const titles = new WeakMap<object, string>();

function sourceTitle(ctx: PolicyContext, id: string): string {
  const s = ctx.tables.sources[id];
  if (!s) return id;
  let title = titles.get(s);
  if (title === undefined) {
    title = say.citation(s.title, s.docNo);
    titles.set(s, title);
  }
  return title;
}

const priced = (cost: Cost, sources: string[]): Priced => ({ cost, sources: unique(sources) });
const unknown = (why: string): Priced => ({ cost: null, unknown: why, sources: [] });
const nothing = (): Priced => ({ cost: { amount: 0, lateFee: 0, basis: say.NOTHING_TO_PAY }, sources: [] });

/**
 * The base a contribution is priced on. With the local band (60 %–300 % of the average wage, P06): the given base
 * kept inside it (the band rule allows no other base; `clamp`), or its lower limit when none is given. Without
 * the band: the given base as it is, else unknown.
 */
export function contributionBase(
  ctx: PolicyContext,
  month: MonthIndex,
  monthlyBase: number | undefined,
  clamp: boolean,
): { facts: say.BaseFacts; sources: string[] } | undefined {
  // Looked up without citing it: a given base inside the band does not rest on the band.
  const found = ctx.findAll('employee.baseBand', month)[0];
  if (!found) return monthlyBase ? { facts: { kind: 'given', base: monthlyBase }, sources: [] } : undefined;
  const { lower, upper, year } = found.value;
  const band = {
    lower,
    upper,
    year,
    source: sourceTitle(ctx, found.source),
    lowConfidence: found.confidence === 'low',
  };
  const sources = [found.source];
  const base = !monthlyBase ? lower : clamp ? Math.min(upper, Math.max(lower, monthlyBase)) : monthlyBase;
  if (base === monthlyBase) return { facts: { kind: 'given', base }, sources: [] };
  ctx.use('employee.baseBand', found);
  if (!monthlyBase) return { facts: { kind: 'minimum', base, band }, sources };
  return { facts: { kind: 'clamped', base, given: monthlyBase, band }, sources };
}

function baseTerms(f: say.BaseFacts): CostTerms {
  return { base: f.base, ...(f.kind === 'clamped' ? { givenBase: f.given } : {}), atMinimum: f.kind === 'minimum' };
}

/** Medical contributions of a flexible worker (or back-pay as one) for `months`. */
export function flexibleCost(ctx: PolicyContext, months: MonthIndex[], monthlyBase: number | undefined): Priced {
  if (!months.length) return nothing();
  const at = months[months.length - 1];
  const base = contributionBase(ctx, at, monthlyBase, true);
  if (!base) return unknown(say.BASE_UNKNOWN);
  const rates = ctx.get('employee.rates', at);
  const rate = rates.value.flexible ?? rates.value.employeeTotal;
  if (rate === undefined) return unknown(say.RATE_UNKNOWN);
  const extra = rates.value.flexibleMonthlyExtra ?? 0;
  const amount = round2((base.facts.base * rate + extra) * months.length);
  const basis = say.flexibleBasis({
    months: months.length,
    base: base.facts,
    rate,
    extra,
    amount,
    localRate: rates.value.flexible !== undefined,
    rateSource: sourceTitle(ctx, rates.source),
  });
  const terms: CostTerms = { months: months.length, ...baseTerms(base.facts), rate, monthlyExtra: extra };
  return priced({ amount, lateFee: 0, basis, terms }, [...base.sources, rates.source]);
}

/**
 * Employer arrears: the contributions plus 0.05 % a day from each month's due date until `asOf`. The local due
 * day is not recorded, so each month is taken as due on the 1st of the following month (said in the basis).
 */
export function employerArrearsCost(
  ctx: PolicyContext,
  months: MonthIndex[],
  monthlyBase: number | undefined,
  asOf: string,
): Priced {
  if (!months.length) return nothing();
  const at = months[months.length - 1];
  const base = contributionBase(ctx, at, monthlyBase, false);
  if (!base) return unknown(say.EMPLOYER_BASE_UNKNOWN);
  const rates = ctx.get('employee.rates', at);
  const rate = rates.value.employeeTotal;
  if (rate === undefined) return unknown(say.RATE_UNKNOWN);
  // Before 社会保险法 (2011-07) the late fee followed other rules, not collected (security probe 3 P54).
  const perDay = ctx.find('employee.lateFeePerDay', at);
  if (!perDay) return unknown(say.LATE_FEE_UNKNOWN);
  const perMonth = round2(base.facts.base * rate);
  const amount = round2(base.facts.base * rate * months.length);
  const days = months.reduce((sum, m) => sum + Math.max(0, daysBetween(firstDay(m + 1), asOf)), 0);
  const lateFee = round2(base.facts.base * rate * perDay.value * days);
  const basis = say.arrearsBasis({
    months: months.length,
    base: base.facts,
    rate,
    amount,
    perMonth,
    perDay: perDay.value,
    days,
    lateFee,
    asOf,
    rateSource: sourceTitle(ctx, rates.source),
    lateFeeSource: sourceTitle(ctx, perDay.source),
  });
  const terms: CostTerms = { months: months.length, ...baseTerms(base.facts), rate, perMonth, lateFeeDays: days };
  return priced({ amount, lateFee, basis, terms }, [...base.sources, rates.source, perDay.source]);
}

export type ResidentGroup = keyof typeof say.GROUP_WORDS;

/**
 * Which resident contribution group a person is in for a cover year: a student or newborn by what they said,
 * else by age at the start of that year from `birth` (under 18 学生儿童, 60 and over 老年人); unknown without birth.
 */
export function residentGroup(situation: Situation, year: number): ResidentGroup | undefined {
  if (situation.specialGroup === 'student' || situation.specialGroup === 'newborn') return 'student';
  if (!situation.birth) return undefined;
  const age = Math.floor((januaryOf(year) - toMonthIndex(situation.birth)) / 12);
  if (age < 18) return 'student';
  if (age >= 60) return 'elderly';
  return 'workingAge';
}

/** A year of resident insurance (or `years` of them, e.g. repairing a waiting period) for the place. */
export function residentCost(ctx: PolicyContext, situation: Situation, year: number, years: number): Priced {
  const month = januaryOf(year);
  const byGroup = ctx.find('resident.individualByGroup', month);
  if (byGroup) {
    // Without a birth month, someone with 职工 months is no 学生儿童: the working-age price, not the lowest (N22).
    const worker = situation.periods.some((p) => p.scheme !== 'resident');
    const byWorkerHistory = !situation.birth && worker && !situation.specialGroup;
    const group = residentGroup(situation, year) ?? (byWorkerHistory ? 'workingAge' : undefined);
    const source = sourceTitle(ctx, byGroup.source);
    const price = group ? byGroup.value[group] : Math.min(...Object.values(byGroup.value));
    const amount = round2(price * years);
    const basis = group
      ? say.residentGroupBasis({
          years,
          year,
          price,
          amount,
          group,
          byStudentStatus: situation.specialGroup === 'student' || situation.specialGroup === 'newborn',
          elderlyIfNoBirth: byWorkerHistory ? byGroup.value.elderly : null,
          source,
        })
      : say.residentRangeBasis({ years, year, prices: byGroup.value, amount, source });
    return priced({ amount, lateFee: 0, basis, terms: { years, price } }, [byGroup.source]);
  }
  const found = ctx.find('resident.individualContribution', month);
  if (!found) return unknown(say.residentUnknown(year));
  const amount = round2(found.value * years);
  const basis = say.residentBasis({
    years,
    year,
    price: found.value,
    amount,
    minimum: found.level === 'national',
    // No standard published for this year: the value of an earlier year carried forward (copy review N23).
    carriedFrom: Number(found.from.slice(0, 4)) < year ? Number(found.from.slice(0, 4)) : undefined,
    source: sourceTitle(ctx, found.source),
  });
  return priced({ amount, lateFee: 0, basis, terms: { years, price: found.value } }, [found.source]);
}

export function monthsBetween(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}
