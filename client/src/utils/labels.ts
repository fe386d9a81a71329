// Every label the client shows for a contract code (status, outcome, option, item, concern, confidence), in the
// project's glossary (shared notes/copy-review.md): 断缴, 补缴, 能报销, 补报, 等待期, 连续参保, 累计缴费年限.
import type {
  Concern,
  Confidence,
  Feasible,
  ItemKey,
  MedicalStatus,
  MonthState,
  Option,
  OptionKey,
  Outcome,
  Report,
  RulesLevel,
} from '../types/contract';

export const RULES_LEVEL: Record<RulesLevel, string> = {
  city: '按本市规定计算',
  // rulesLevel is the level of the interruption rules (断缴补缴、等待期); a local rule of another kind (佛山's
  // reduced cap) may still apply, and the notices name it (copy review 3 N35).
  province: '本市的断缴规定还没有收录，按省里的规定估算',
  national: '本地的断缴规定还没有收录，按国家的规定估算',
};

/** The rules used when only a province was given (the report's `region.provinceOnly`). */
const PROVINCE_ONLY_LEVEL: Record<RulesLevel, string> = {
  city: '按本市规定计算',
  province: '只填了省份，按省里的规定估算',
  national: '只填了省份，本省的断缴规定还没有收录，按国家的规定估算',
};

/** The level of local rules a city has, as shown before the report (from the static city list). */
export const CITY_LEVEL: Record<'c' | 'p' | 'n', string> = {
  c: '有本市断缴规定',
  p: '按省里的断缴规定',
  n: '按国家规定',
};

export const STATUS: Record<MedicalStatus, string> = {
  covered: '正在保障，看病能报销',
  suspended: '已断缴，看病暂时不能报销',
  waiting: '在等待期，暂时不能报销',
  none: '没有参保',
};

/** The status on the day: a wait that pays a share (福建 50 %, `medical.waiting.rate`) is not 不能报销 (review 3 N13). */
export function statusText(medical: Pick<Report['medical'], 'status' | 'waiting'>): string {
  const rate = medical.status === 'waiting' ? medical.waiting?.rate : undefined;
  return typeof rate === 'number' ? `在等待期，按 ${Math.round(rate * 100)}% 报销` : label(STATUS, medical.status);
}

/** The month picture's states (report.medical.months), in legend order. */
export const MONTH_STATE: Record<MonthState, string> = {
  covered: '能报销',
  hole: '断缴，不能报销',
  repairable: '现在补缴，能补报',
  waiting: '等待期，不能报销',
  reduced: '等待期，按比例报销',
  upcoming: '还没到',
};
export const MONTH_STATE_ORDER: MonthState[] = ['covered', 'hole', 'repairable', 'waiting', 'reduced', 'upcoming'];

/** A reduced month says its share when the report gives one. */
export function monthStateLabel(state: MonthState, rate?: number): string {
  if (state === 'reduced' && typeof rate === 'number') return `等待期，按 ${Math.round(rate * 100)}% 报销`;
  return MONTH_STATE[state];
}

export const FEASIBLE: Record<Feasible, string> = {
  yes: '可以办',
  no: '办不了',
  depends: '要问当地',
};

export const OUTCOME: Record<Outcome, string> = {
  kept: '不清零',
  reset: '清零',
  atRisk: '有风险',
  notApplicable: '不涉及',
  unknown: '要问当地',
};

export const OUTCOME_HINT: Record<Outcome, string> = {
  kept: '已有的都还在',
  reset: '要重新计算',
  atRisk: '还没丢，请按下面说的做',
  notApplicable: '你的情况用不到',
  unknown: '本地规定没查到',
};

/** One per remedy of engine/rules/remedies/table.ts: a remedy without a name or hint does not compile. */
export const OPTION_NAME: Record<OptionKey, string> = {
  backPay: '补缴断缴的月份',
  flexible: '自己交职工医保（灵活就业）',
  resident: '交居民医保',
  repair: '多交几年的钱，缩短等待期',
};

export const OPTION_HINT: Record<OptionKey, string> = {
  backPay: '补缴：过后把断缴的月份交上',
  flexible: '灵活就业：没有单位，自己以个人身份交职工医保',
  resident: '居民医保：按年交，没有个人账户和生育津贴；从职工医保转过来，职工医保的缴费年限会中断',
  repair: '再多交几年的保费（不增加保障时间），等待期能缩短几个月',
};

export const ITEM_NAME: Record<ItemKey, string> = {
  pensionYears: '养老保险累计交了多少年',
  pensionAccount: '养老保险个人账户里的钱',
  medicalAccount: '医保个人账户里的钱',
  medicalContinuity: '医保连续参保时间',
  residentIncentive: '居民医保连续参保奖励',
  maternity: '生育津贴（生孩子期间发的钱）',
  housing: '买房资格',
  hukou: '积分落户',
  school: '孩子上学',
  car: '买车摇号资格',
  medicalRetirement: '退休后不用再交医保所需的缴费年限',
};

export const CONCERNS: { key: Concern; label: string }[] = [
  { key: 'medical', label: '看病报销' },
  { key: 'pension', label: '养老金' },
  { key: 'housing', label: '买房资格' },
  { key: 'hukou', label: '落户' },
  { key: 'school', label: '孩子上学' },
  { key: 'maternity', label: '生育津贴' },
  { key: 'car', label: '买车摇号' },
];

export const CONFIDENCE: Record<Confidence, string> = {
  high: '可信度高：官方原文',
  medium: '可信度中：官方说法的转述',
  low: '可信度低：二手资料',
};

/** How a source's text was read (SourceRef.readAs): shown beside the date, so a reprint is never taken for the page. */
export const READ_AS: Record<'official' | 'reprint' | 'app', string> = {
  official: '读的是官方页面',
  reprint: '读的是转载',
  app: '读的是应用或问答数据',
};

export function label<K extends string>(map: Record<K, string>, key: string): string {
  return (map as Record<string, string>)[key] ?? key;
}

export function formatMoney(n: number): string {
  const v = Math.round(n * 100) / 100;
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

/**
 * The rules used, in words. A city answer with notices says 主要: a notice may name topics estimated from the
 * province's or the national rules (the notice says whose), or be about something else entirely.
 */
export function rulesLevelText(report: Pick<Report, 'region' | 'notices'>): string {
  const level = report.region.rulesLevel;
  if (level === 'city' && (report.notices ?? []).length > 0) return '主要按本市规定计算';
  // Only a province was given (the engine's provinceOnly): no city's rules were looked for.
  if (report.region.provinceOnly) return label(PROVINCE_ONLY_LEVEL, level);
  return label(RULES_LEVEL, level);
}

/**
 * A cost with its unit, as the engine states it (`cost.per`: per month, per year, else the total). Without a cost:
 * 暂无价格 when the engine says why (`costUnknown`, shown beside it by the card); for a closed gap an employer may
 * still back-pay, the amount is the employer's to work out (the option's `who`).
 */
export function costText(o: Option): string {
  if (!o.cost || typeof o.cost.amount !== 'number')
    return o.who === 'employer' && !o.costUnknown ? ASK_EMPLOYER : NO_PRICE;
  const amount = formatMoney(o.cost.amount);
  const per = o.cost.per === 'month' ? '/月' : o.cost.per === 'year' ? '/年' : '';
  // The engine's amount is the principal; a late fee comes on top (copy review N19: never "含").
  if (o.cost.lateFee) return `本金约 ${amount} 元${per} + 滞纳金 ${formatMoney(o.cost.lateFee)} 元`;
  return `${per ? '约' : '共约'} ${amount} 元${per}`;
}

/**
 * A remedy that also makes another option's payment (the engine's `alsoPays`: 灵活就业 within the back-pay band):
 * its price says that payment comes first, with that option's own price (copy review 3 N37).
 */
export function costWithText(o: Option, options: Option[]): string {
  const other = o.alsoPays ? options.find((x) => x.key === o.alsoPays) : undefined;
  if (!other?.cost || o.cost?.per !== 'month') return costText(o);
  return `先补缴断缴的月份（${costText(other)}），以后每月约 ${formatMoney(o.cost.amount)} 元`;
}

export const NO_PRICE = '暂无价格';
const ASK_EMPLOYER = '金额问单位';
