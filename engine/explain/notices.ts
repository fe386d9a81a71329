// The Chinese of the notices: where the answer rests on fallback or weak rules, duplicate enrolment, and local rules
// that change what the months mean (佛山's reduced cap, an unrecorded first-enrolment wait), a newborn's birth day.
import type { GapYearReading, NewbornGrace, ReducedCap, Scheme } from '../contract';
import type { RuleKey } from '../policy/schema';
import { day, month, monthRange } from './format';
import { unique } from '../unique';

export const TOPICS: Partial<Record<RuleKey, string>> = {
  'employee.resume': '断缴补缴和等待期',
  'employee.rates': '缴费费率',
  'employer.arrears': '单位欠缴处理',
  'resident.window': '居民医保集中参保期',
  'resident.waiting': '居民医保等待期',
  'resident.individualContribution': '居民医保个人缴费标准',
  'resident.switch': '职工医保与居民医保切换',
  'resident.incentive': '连续参保激励',
  'flexible.openToNonlocal': '灵活就业参保户籍条件',
  'flexible.firstEnrolmentWaitingMonths': '灵活就业首次参保等待期',
  'flexible.firstEnrolmentExemptAfterGapMonths': '灵活就业参保免等待期的条件',
  'flexible.cumulativeInterruption': '一年内累计断缴',
  'employee.reducedCap': '连续缴费不足时的支付限额',
  'resident.newbornGraceDays': '新生儿参保期限',
  'employee.baseBand': '灵活就业缴费基数上下限',
  'resident.individualByGroup': '居民医保分人群个人缴费标准',
};

/** The kinds of rule a fallback notice names, in plain words (copy review M28: a few kinds, not every rule). */
export const KINDS: Partial<Record<RuleKey, string>> = {
  'employee.resume': '断缴补缴',
  'flexible.cumulativeInterruption': '断缴补缴',
  'employee.rates': '缴费标准',
  'resident.individualContribution': '缴费标准',
  'employer.arrears': '单位欠缴',
  'resident.window': '居民医保',
  'resident.waiting': '居民医保',
  'resident.switch': '居民医保',
  'resident.incentive': '居民医保',
  'flexible.openToNonlocal': '灵活就业',
  'flexible.firstEnrolmentWaitingMonths': '灵活就业',
  'flexible.firstEnrolmentExemptAfterGapMonths': '灵活就业',
  'employee.reducedCap': '报销限额',
};

/** A kind of rule the region has no local value for, and whose rules were used instead ("国家", "江苏省"). */
export interface FallbackKinds {
  kinds: string[];
  where: string;
}

/**
 * The one fallback notice (copy review M28, L16, L17): which kinds of rule are estimated from whose rules, in one
 * sentence, and whom to ask, once: 12393 and the region's 医保局.
 */
export function fallbackNotice(regionName: string, levels: FallbackKinds[]): string {
  const all = unique(levels.flatMap((l) => l.kinds));
  const how =
    levels.length === 1
      ? `，按${levels[0].where}规定估算`
      : `：${levels[0].kinds.join('、')}按${levels[0].where}规定估算，其余按${levels[levels.length - 1].where}规定估算`;
  return `${regionName}还没有收录本地的${all.join('、')}规定${how}。请打 12393（医保服务热线）或问${regionName}医保局核实。`;
}

export const GENERAL_KIND = '断缴';

export function upperBoundNotice(f: {
  months: number;
  where: string;
  city: boolean;
  afterMonths: number | null;
}): string {
  const after = f.afterMonths !== null ? `断缴超过 ${f.afterMonths} 个月后` : '断缴后';
  return (
    `${f.where}规定${after}的等待期“不超过 ${f.months} 个月”，` +
    `${f.city ? '具体几个月没有写明' : '本地具体几个月还没有收录'}，按最长 ${f.months} 个月估算。`
  );
}

export function weakSourceNotice(topics: string[]): string {
  return `${topics.join('、')}的依据可信度低（网上转载的二手资料），相关日期和金额是估算，请向当地医保局核实。`;
}

export function gapYearReadingNotice(r: GapYearReading): string {
  return r.used === 'firstGapYearFree'
    ? `断缴年数的算法各地不一：本结果按“断缴第一年不多等”（一地官方举例的算法）计算；若按“每断缴一年多等 ${r.perGapYear} 个月”，等待期为 ${r.otherReadingMonths} 个月。`
    : `断缴年数按“每断缴一年多等 ${r.perGapYear} 个月”计算；若按“断缴第一年不多等”（一地官方举例的算法），等待期为 ${r.otherReadingMonths} 个月。`;
}

/** The same months paid in two schemes (医保办发〔2021〕43号: benefits are not paid twice). */
export function duplicateNotice(runs: Array<{ from: number; to: number }>): string {
  const months = runs.map((r) => monthRange(r.from, r.to)).join('、');
  return `${months}同时缴了职工医保和居民医保：同一时间只能享受一份医保待遇，重复缴的钱可以向医保局申请退还（一般退居民医保）。`;
}

/** How an open period followed by a later one was read (rules/timeline.ts openUntil; copy review 3 N33). */
export function openUntilNotice(f: { aheadFrom: number; month: number; next: Scheme; nextFrom: number }): string {
  const duplicate = f.next === 'resident' ? '；之后还接着交就会和居民医保重复，只能享受一份' : '';
  return `没有结束月份的那段医保按交到${month(f.month)}计算（${month(f.nextFrom)}起是后面填的那段），${monthRange(f.aheadFrom, f.month)}也要按时交上${duplicate}。`;
}

export const NO_HISTORY_NOTICE =
  '没有填写缴费记录，以下按第一次参保估算；如果以前参过保又断了，等待期可能更长，请补充以前的缴费记录。';

export function provinceOnlyNotice(name: string): string {
  return `只填了省份（${name}），没有按城市的具体规定计算；填写所在城市可以更准确。`;
}

/** Local rules the months do not show (engine/rules/local-notices.ts decides them). */
export interface LocalRuleFacts {
  region: string;
  /** The reduced cap (C10) while it applies to a covered person. */
  reducedCap?: ReducedCap;
  /** A recent first flexible enrolment where no level records a first-enrolment wait (M19). */
  firstEnrolmentWaitUnknown: boolean;
}

/** The birth day decides a newborn's answer (rules/newborn-grace.ts): say from which birth day cover starts at birth. */
export function newbornGraceNotice(f: NewbornGrace): string {
  const counted = `没有填孩子的出生日期，${f.graceDays} 天的期限按出生当月1日（${day(f.countedFrom)}）算`;
  const born = `孩子如果是${day(f.bornOnOrAfter)}或以后出生的`;
  return f.paid
    ? `${counted}，${day(f.paidOn)}缴费已过这个期限，上面按从缴费日起报销算；${born}，这次缴费仍在出生后 ${f.graceDays} 天内，从出生起就能报销，请向当地医保局核实。`
    : `${counted}，已经过了；${born}，今天缴上仍在出生后 ${f.graceDays} 天内，从出生起就能报销；请尽快缴费，并向当地医保局核实。`;
}

export function localRuleSentences(f: LocalRuleFacts): string[] {
  const out: string[] = [];
  const cap = f.reducedCap;
  if (cap) {
    out.push(
      `${f.region}规定连续按月缴费未满 ${cap.months} 个月的，这期间医保基金累计最多支付 ${cap.capYuan} 元` +
        `（满 ${cap.months} 个月后最高 ${cap.normalCapYuan} 元）。补缴的月份不算连续。` +
        `你目前连续缴费 ${cap.paidMonths} 个月，按月续缴，${month(cap.normalFrom)}起恢复正常限额。`,
    );
  }
  if (f.firstEnrolmentWaitUnknown) {
    out.push(
      `${f.region}灵活就业人员首次参保是否有等待期还没有收录（各地常见 1 至 6 个月），上面按没有等待期计算，` +
        `请向${f.region}医保局核实。`,
    );
  }
  return out;
}
