import type { Concern, Confidence, Feasible, MedicalStatus, Outcome, RulesLevel } from '../types/contract';

export const RULES_LEVEL: Record<RulesLevel, string> = {
  city: '按本市规定计算',
  province: '本市的具体规定还没有收录，按省里的规定估算',
  national: '本地的具体规定还没有收录，按国家的规定估算',
};

/** The level of local rules a city has, as shown before the report (from the static city list). */
export const CITY_LEVEL: Record<'c' | 'p' | 'n', string> = {
  c: '有本市规定',
  p: '按省规定',
  n: '按国家规定',
};

export const STATUS: Record<MedicalStatus, string> = {
  covered: '正在保障，看病能报销',
  suspended: '已断缴，看病暂时不能报销',
  waiting: '在等待期，暂时不能报销',
  none: '没有参保',
};

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
  atRisk: '及时补上就能保住',
  notApplicable: '你的情况用不到',
  unknown: '本地规定没查到',
};

export const OPTION_NAME: Record<string, string> = {
  backPay: '补缴断掉的月份',
  flexible: '自己交职工医保（灵活就业）',
  resident: '改交居民医保',
  repair: '多交一年，少等一个月',
};

export const OPTION_HINT: Record<string, string> = {
  backPay: '补缴：把断掉的月份补交上',
  flexible: '灵活就业：没有单位，以个人身份交职工医保',
  resident: '居民医保：城乡居民医保，按年交费',
  repair: '缴费修复：按当年标准多交一年，等待期少一个月',
};

export const ITEM_NAME: Record<string, string> = {
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
  medicalRetirement: '退休后免费享受医保的年限',
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

export function label<K extends string>(map: Record<K, string>, key: string): string {
  return (map as Record<string, string>)[key] ?? key;
}

export function formatMoney(n: number): string {
  const v = Math.round(n * 100) / 100;
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
