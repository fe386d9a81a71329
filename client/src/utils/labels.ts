import type { Feasible, MedicalStatus, Outcome, RulesLevel, Scheme, GapReason } from '../types/contract'

export const SCHEMES: { key: Scheme; label: string; hint: string }[] = [
  { key: 'employee', label: '单位职工医保', hint: '单位帮你交的医保' },
  { key: 'flexible', label: '灵活就业', hint: '自己以灵活就业身份交的职工医保' },
  { key: 'resident', label: '居民医保', hint: '城乡居民医保，一般按年交' }
]

export const REASONS: { key: GapReason; label: string }[] = [
  { key: 'jobChange', label: '换工作' },
  { key: 'employer', label: '单位欠缴/漏缴' },
  { key: 'personal', label: '自己停缴' }
]

export const RULES_LEVEL: Record<RulesLevel, string> = {
  city: '城市细则',
  province: '省级规定',
  national: '国家规定'
}

export const STATUS: Record<MedicalStatus, string> = {
  covered: '正在保障中',
  suspended: '已断缴，医保暂停',
  waiting: '等待期中',
  none: '未参保'
}

export const FEASIBLE: Record<Feasible, string> = {
  yes: '可以',
  no: '不可以',
  depends: '视情况'
}

export const OUTCOME: Record<Outcome, string> = {
  kept: '保留/不清零',
  reset: '清零',
  atRisk: '有风险',
  notApplicable: '不涉及',
  unknown: '待核实'
}

export const OPTION_NAME: Record<string, string> = {
  backPay: '补缴断缴的月份',
  flexible: '以灵活就业身份参保',
  resident: '参加居民医保',
  repair: '缴费修复'
}

export const ITEM_NAME: Record<string, string> = {
  pensionYears: '职工养老累计缴费年限',
  pensionAccount: '养老个人账户',
  medicalAccount: '医保个人账户',
  medicalContinuity: '医保连续参保时间',
  residentIncentive: '居民医保连续参保奖励',
  maternity: '生育津贴资格',
  housing: '购房资格',
  hukou: '积分落户',
  school: '子女入学',
  car: '购车指标',
  medicalRetirement: '医保退休缴费年限'
}

export function label<K extends string>(map: Record<K, string>, key: string): string {
  return (map as Record<string, string>)[key] ?? key
}

/** Accepts 2020-01, 2020-1, 2020/01, 2020.01, 2020年1月, 202001; returns "YYYY-MM" or null. */
export function normalizeMonth(raw: string): string | null {
  const s = raw.trim()
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s) || /^(\d{4})(\d{2})$/.exec(s)
  if (!m) return null
  const month = Number(m[2])
  if (month < 1 || month > 12) return null
  return `${m[1]}-${String(month).padStart(2, '0')}`
}

export function formatMoney(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2)
}
