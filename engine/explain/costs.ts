// The Chinese of every price (engine/rules/costs.ts computes, this phrases): the arithmetic in words, which base
// and which rate, and the source of each; and why a price is unknown. Every number comes from the Cost's `terms`
// or from a cited policy value.
import { day, money, percent } from './format';

/** The base a contribution price uses, as facts. */
export type BaseFacts =
  | { kind: 'given'; base: number }
  /** The given base was outside the local band: the band's limit is used (the band rule allows no other base). */
  | { kind: 'clamped'; base: number; given: number; band: BandFacts }
  /** No base given: the band's lower limit (60 % of the average wage). */
  | { kind: 'minimum'; base: number; band: BandFacts };

export interface BandFacts {
  lower: number;
  upper: number;
  year: number;
  source: string;
  lowConfidence: boolean;
}

/** A source named in a basis: its title and 文号, its dates in the report's date style (copy review L1, L2). */
export function citation(title: string, docNo: string): string {
  const named = `${title}${docNo ? ` ${docNo}` : ''}`;
  return named
    .replace(/\s?(\d{4})-(\d{2})-(\d{2})\s?/g, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`)
    .replace(/\s?(\d{4})-(\d{2})\s?/g, (_, y, m) => `${y}年${Number(m)}月`);
}

const estimate = (low: boolean) => (low ? '，估算，请向当地核实' : '');

function bandWords(b: BandFacts): string {
  return `${b.year} 年当地可在 ${money(b.lower)} 至 ${money(b.upper)} 元之间选择；依据：${b.source}${estimate(b.lowConfidence)}`;
}

export function baseWords(f: BaseFacts): string {
  if (f.kind === 'given') return `缴费基数 ${money(f.base)} 元是你填写的`;
  if (f.kind === 'clamped') {
    const side = f.given < f.band.lower ? '低于当地下限' : '高于当地上限';
    return `你填写的 ${money(f.given)} 元${side}，按 ${money(f.base)} 元计算（${bandWords(f.band)}）`;
  }
  return `没有填写缴费基数，按当地最低缴费基数 ${money(f.base)} 元计算（${bandWords(f.band)}；填写缴费基数可按你选的基数计算）`;
}

export function flexibleBasis(f: {
  months: number;
  base: BaseFacts;
  rate: number;
  extra: number;
  amount: number;
  localRate: boolean;
  rateSource: string;
}): string {
  const perMonth = f.extra
    ? `×（${money(f.base.base)} 元 × ${percent(f.rate)} + ${money(f.extra)} 元）=`
    : `× ${money(f.base.base)} 元 × ${percent(f.rate)} =`;
  const rateWords = f.localRate ? '灵活就业医保费率' : '职工医保费率（本地灵活就业费率未收录，按此估算）';
  return (
    `${f.months} 个月 ${perMonth} ${money(f.amount)} 元。${baseWords(f.base)}；` +
    `${rateWords} ${percent(f.rate)}（依据：${f.rateSource}）。只含医保，不含养老等其他险种。`
  );
}

export function arrearsBasis(f: {
  months: number;
  base: BaseFacts;
  rate: number;
  amount: number;
  perMonth: number;
  perDay: number;
  days: number;
  lateFee: number;
  asOf: string;
  rateSource: string;
  lateFeeSource: string;
}): string {
  return (
    `本金 ${f.months} 个月 × ${money(f.base.base)} 元 × ${percent(f.rate)} = ${money(f.amount)} 元（依据：${f.rateSource}）；` +
    `滞纳金 ${money(f.perMonth)} 元 × ${percent(f.perDay)} × ${f.days} 天 = ${money(f.lateFee)} 元` +
    `（每月欠费从下个月初起按日计，截至${day(f.asOf)}；当地实际征收日可能不同；依据：${f.lateFeeSource}）。${baseWords(f.base)}。`
  );
}

export const NOTHING_TO_PAY = '没有需要缴纳的月份';

export const BASE_UNKNOWN =
  '当地灵活就业缴费基数的下限没有收录到有出处的数值，补缴和灵活就业的价格未知；填写缴费基数后可以计算，或问当地医保局。';

/** BASE_UNKNOWN as a shared snapshot says it: it leaves out the owner's base, so its reader is not asked for one. */
export const BASE_UNKNOWN_SHARED =
  '当地灵活就业缴费基数的下限没有收录到有出处的数值，分享的结果又不含填写人的缴费基数，所以补缴和灵活就业的价格未知；可以问分享给你的人，或问当地医保局。';

/**
 * An employer's arrears without a base: the employer pays on the wage base it declares for the person, not on the
 * flexible workers' base (copy review 3 N39), so the amount is the employer's to say.
 */
export const EMPLOYER_BASE_UNKNOWN = '单位应补多少看单位申报的基数，请问单位或税务局（12366）。';

export const LATE_FEE_UNKNOWN = '当时的滞纳金规定没有收录，价格未知。';
export const RATE_UNKNOWN = '当地医保费率没有收录，价格未知。';

export const GROUP_WORDS = { elderly: '城乡老年人', student: '学生儿童', workingAge: '劳动年龄内居民' } as const;

export function residentGroupBasis(f: {
  years: number;
  year: number;
  price: number;
  amount: number;
  group: keyof typeof GROUP_WORDS;
  byStudentStatus: boolean;
  /** No birth month, 职工 months: the working-age price, and the 60-and-over price beside it (N22). */
  elderlyIfNoBirth: number | null;
  source: string;
}): string {
  const why = f.byStudentStatus
    ? '按你填写的身份'
    : f.elderlyIfNoBirth !== null
      ? `没有填写出生年月，交过职工医保，按${GROUP_WORDS.workingAge}估算；${GROUP_WORDS.elderly}是 ${money(f.elderlyIfNoBirth)} 元`
      : `按出生年月推算 ${f.year} 年初的年龄`;
  return `${f.years} 年 × ${money(f.price)} 元 = ${money(f.amount)} 元（${f.year} 年${GROUP_WORDS[f.group]}个人缴费标准，${why}；依据：${f.source}）`;
}

export function residentRangeBasis(f: {
  years: number;
  year: number;
  prices: Record<keyof typeof GROUP_WORDS, number>;
  amount: number;
  source: string;
}): string {
  const sorted = Object.values(f.prices).sort((a, b) => a - b);
  const low = sorted[0];
  const groups = (Object.keys(GROUP_WORDS) as Array<keyof typeof GROUP_WORDS>)
    .map((g) => `${GROUP_WORDS[g]} ${money(f.prices[g])} 元`)
    .join('、');
  return (
    `${f.year} 年每人每年 ${money(low)} 至 ${money(sorted[sorted.length - 1])} 元，按人群不同（${groups}；依据：${f.source}）。` +
    `没有填写出生年月，先按最低的 ${money(low)} 元计：${f.years} 年 × ${money(low)} 元 = ${money(f.amount)} 元；填写出生年月可按你的人群计算。`
  );
}

export function residentBasis(f: {
  years: number;
  year: number;
  price: number;
  amount: number;
  minimum: boolean;
  /** The year whose standard is used because this year's is not published. */
  carriedFrom?: number;
  source: string;
}): string {
  const price = f.minimum ? `不少于 ${money(f.price)} 元` : `${money(f.price)} 元`;
  const what = f.minimum ? '全国最低个人缴费标准，当地可能更高' : '个人缴费标准';
  const year =
    f.carriedFrom !== undefined
      ? `${f.year} 年标准还没公布，按 ${f.carriedFrom} 年${f.minimum ? '全国最低个人缴费标准估算，当地可能更高' : '个人缴费标准估算'}`
      : `${f.year} 年${what}`;
  return `${f.years} 年 × ${price} = ${money(f.amount)} 元（${year}；依据：${f.source}）`;
}

export function residentUnknown(year: number): string {
  return `${year} 年居民医保个人缴费标准没有收录，价格未知，请以当地通知为准。`;
}
