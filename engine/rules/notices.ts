// Notices: where the answer rests on fallback or weak rules, say so and tell the user whom to ask.
import type { JurisdictionLevel } from '../policy/types';
import type { PolicyContext } from '../policy/resolve';
import type { RuleKey } from '../policy/schema';
import { LEVEL_WORD, type MedicalPicture } from './medical';

const TOPICS: Partial<Record<RuleKey, string>> = {
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
};

function fallbackNotice(regionName: string, topics: string, level: JurisdictionLevel): string {
  return `${regionName}关于${topics}的具体规定还没有收录，下面按${LEVEL_WORD[level]}的规定估算，请打 12393（医保服务热线）或向${regionName}医疗保障局核实。`;
}

/**
 * `rulesLevel`: the level the region's interruption rules come from; when it is above the city and no rule
 * produced a notice of its own, one general notice still says so.
 */
export function buildNotices(
  ctx: PolicyContext,
  regionName: string,
  rulesLevel: JurisdictionLevel,
  picture: MedicalPicture,
  extra: string[],
): string[] {
  const notices: string[] = [];
  const byLevel = new Map<JurisdictionLevel, string[]>();
  for (const [key, level] of ctx.fallbacks) {
    const topic = TOPICS[key];
    if (!topic) continue;
    byLevel.set(level, [...(byLevel.get(level) ?? []), topic]);
  }
  for (const [level, topics] of byLevel) notices.push(fallbackNotice(regionName, topics.join('、'), level));
  if (rulesLevel !== 'city' && byLevel.size === 0) notices.push(fallbackNotice(regionName, '断缴', rulesLevel));
  if (picture.upperBound) {
    const { months, level } = picture.upperBound;
    notices.push(
      `${LEVEL_WORD[level]}规定断缴超过 3 个月后的等待期“不超过 ${months} 个月”，` +
        `${level === 'city' ? '具体几个月没有写明' : '本地具体几个月还没有收录'}，按最长 ${months} 个月估算。`,
    );
  }
  const weak = [...ctx.lowConfidence].map((k) => TOPICS[k]).filter((t): t is string => Boolean(t));
  if (weak.length) {
    notices.push(
      `${[...new Set(weak)].join('、')}的依据可信度低（网上转载的二手资料），相关日期和金额是估算，请向当地核实（12393 或当地医保局）。`,
    );
  }
  const reading = picture.residentEnrolments.find((e) => e.gapYears > 0);
  if (reading) {
    const alt = reading.totalMonths + (reading.rule.firstGapYearFree ? 1 : -1) * reading.rule.variablePerGapYear;
    notices.push(
      reading.rule.firstGapYearFree
        ? `断保年数的算法各地不一：本结果按“断保第一年不加变动等待期”（青岛实例）计算；若按“每断保一年加 1 个月”，等待期为 ${alt} 个月。`
        : `断保年数按“每断保一年加 1 个月”计算；若按“断保第一年不加”（青岛实例），等待期为 ${alt} 个月。`,
    );
  }
  return [...notices, ...extra];
}
