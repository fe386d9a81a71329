// The price of every remedy: flexible back-pay / enrolment (base × rate from the policy tables, at the local
// minimum base when no base is given), the employer-arrears late fee (0.05 %/day), resident contributions
// (group-specific where the place publishes them). A price is only given from sourced values; otherwise the
// answer says the price is unknown. Each `basis` shows the arithmetic in words and names the rate's source.
import type { Cost, Situation } from '../contract';
import { day, money } from '../explain/format';
import type { PolicyContext } from '../policy/resolve';
import { daysBetween, firstDay, januaryOf, type MonthIndex, toMonthIndex } from '../time';

/** Yuan to 2 decimals (the contract's money). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Priced {
  /** The price, or null when a needed value is not recorded for the place. */
  cost: Cost | null;
  /** Why there is no price (a sentence for the user), when `cost` is null. */
  unknown?: string;
  sources: string[];
  /** True when the base is the local minimum because no base was given. */
  atMinimum?: boolean;
}

function sourceTitle(ctx: PolicyContext, id: string): string {
  const s = ctx.tables.sources[id];
  return s ? `${s.title}${s.docNo ? ` ${s.docNo}` : ''}` : id;
}

/** The base a cost is computed on: the given one, else the local minimum (60 % of the average wage), else none. */
export function contributionBase(
  ctx: PolicyContext,
  month: MonthIndex,
  monthlyBase: number | undefined,
): { base: number; words: string; sources: string[]; atMinimum: boolean } | { unknown: string } {
  if (monthlyBase)
    return { base: monthlyBase, words: `缴费基数 ${money(monthlyBase)} 元（你填写的）`, sources: [], atMinimum: false };
  const band = ctx.find('employee.baseBand', month);
  if (!band)
    return {
      unknown: '当地灵活就业缴费基数的下限没有收录到有出处的数值，价格未知；填写缴费基数后可以计算，或问当地医保局。',
    };
  return {
    base: band.value.lower,
    words: `按最低缴费基数 ${money(band.value.lower)} 元（${band.value.year} 年当地平均工资的 60%，可在 ${money(band.value.lower)} 至 ${money(band.value.upper)} 元之间选择；依据：${sourceTitle(ctx, band.source)}）`,
    sources: [band.source],
    atMinimum: true,
  };
}

/** Medical contributions of a flexible worker (or back-pay as one) for `months`. */
export function flexibleCost(ctx: PolicyContext, months: MonthIndex[], monthlyBase: number | undefined): Priced {
  if (!months.length) return { cost: { amount: 0, lateFee: 0, basis: '没有需要缴纳的月份' }, sources: [] };
  const at = months[months.length - 1];
  const base = contributionBase(ctx, at, monthlyBase);
  if ('unknown' in base) return { cost: null, unknown: base.unknown, sources: [] };
  const rates = ctx.get('employee.rates', at);
  const rate = rates.value.flexible ?? rates.value.employeeTotal;
  if (rate === undefined) return { cost: null, unknown: '当地灵活就业医保费率没有收录，价格未知。', sources: [] };
  const rateWords =
    rates.value.flexible !== undefined ? '灵活就业医保费率' : '职工医保费率（本地灵活就业费率未收录，按此估算）';
  const extra = rates.value.flexibleMonthlyExtra ?? 0;
  const perMonth = base.base * rate + extra;
  const amount = round2(perMonth * months.length);
  const pct = round2(rate * 100);
  const basis =
    `${months.length} 个月 × ${money(base.base)} 元 × ${pct}%${extra ? ` + ${months.length} × ${money(extra)} 元` : ''} = ${money(amount)} 元。` +
    `${base.words}；${rateWords} ${pct}%（依据：${sourceTitle(ctx, rates.source)}）。只含医保，不含养老等其他险种。`;
  return { cost: { amount, lateFee: 0, basis }, sources: [...base.sources, rates.source], atMinimum: base.atMinimum };
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
  if (!months.length) return { cost: { amount: 0, lateFee: 0, basis: '没有欠缴的月份' }, sources: [] };
  const at = months[months.length - 1];
  const base = contributionBase(ctx, at, monthlyBase);
  if ('unknown' in base) return { cost: null, unknown: base.unknown, sources: [] };
  const rates = ctx.get('employee.rates', at);
  const rate = rates.value.employeeTotal;
  if (rate === undefined) return { cost: null, unknown: '当地职工医保费率没有收录，价格未知。', sources: [] };
  const perDay = ctx.get('employee.lateFeePerDay', at);
  const perMonth = base.base * rate;
  const amount = round2(perMonth * months.length);
  const days = months.map((m) => Math.max(0, daysBetween(firstDay(m + 1), asOf)));
  const totalDays = days.reduce((a, b) => a + b, 0);
  const lateFee = round2(perMonth * perDay.value * totalDays);
  const pct = round2(rate * 100);
  const dayPct = round2(perDay.value * 100);
  const basis =
    `本金 ${months.length} 个月 × ${money(base.base)} 元 × ${pct}% = ${money(amount)} 元（依据：${sourceTitle(ctx, rates.source)}）；` +
    `滞纳金 ${money(round2(perMonth))} 元 × ${dayPct}% × ${totalDays} 天 = ${money(lateFee)} 元` +
    `（每月欠费从次月 1 日起按日计，截至${day(asOf)}；当地实际征收日可能不同；依据：${sourceTitle(ctx, perDay.source)}）。${base.words}。`;
  return {
    cost: { amount, lateFee, basis },
    sources: [...base.sources, rates.source, perDay.source],
    atMinimum: base.atMinimum,
  };
}

export type ResidentGroup = 'elderly' | 'student' | 'workingAge';

const GROUP_WORDS: Record<ResidentGroup, string> = {
  elderly: '城乡老年人',
  student: '学生儿童',
  workingAge: '劳动年龄内居民',
};

/** Which resident contribution group a person is in for a cover year (by age at the start of that year). */
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
  const group = residentGroup(situation, year);
  const byGroup = ctx.find('resident.individualByGroup', month);
  if (byGroup && group) {
    const price = byGroup.value[group];
    const amount = round2(price * years);
    return {
      cost: {
        amount,
        lateFee: 0,
        basis: `${years} 年 × ${money(price)} 元 = ${money(amount)} 元（${year} 年${GROUP_WORDS[group]}个人缴费标准；依据：${sourceTitle(ctx, byGroup.source)}）`,
      },
      sources: [byGroup.source],
    };
  }
  const price = ctx.find('resident.individualContribution', month);
  if (!price)
    return { cost: null, unknown: `${year} 年居民医保个人缴费标准没有收录，价格未知，请以当地通知为准。`, sources: [] };
  const amount = round2(price.value * years);
  const floor = byGroup && !group ? '（当地按人群分档，填写出生年月可按你的人群计算）' : '';
  return {
    cost: {
      amount,
      lateFee: 0,
      basis: `${years} 年 × ${money(price.value)} 元 = ${money(amount)} 元（${year} 年个人缴费标准${floor}；依据：${sourceTitle(ctx, price.source)}）`,
    },
    sources: [price.source],
  };
}

export function monthsBetween(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}
