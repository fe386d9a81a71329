// Notices: where the answer rests on fallback or weak rules, say so and tell the user whom to ask.
import type { JurisdictionLevel } from '../policy/types';
import type { PolicyContext } from '../policy/resolve';
import type { RuleKey } from '../policy/schema';
import * as say from '../explain/notices';
import { LEVEL_WORD } from '../explain/readings';
import type { MonthIndex } from '../time';
import type { MedicalPicture, UpperBound } from './medical';
import { residentCovers, type Timeline } from './timeline';

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

export interface NoticeInput {
  regionName: string;
  rulesLevel: JurisdictionLevel;
  picture: MedicalPicture;
  timeline: Timeline;
  /** A capped waiting period a shown option rests on (besides one in the picture). */
  optionUpperBound?: UpperBound;
  extra: string[];
}

/** Months paid both as 职工医保 and as 居民医保 (医保办发〔2021〕43号 forbids duplicate benefits). */
export function duplicateRuns(timeline: Timeline): Array<{ from: MonthIndex; to: MonthIndex }> {
  const runs: Array<{ from: MonthIndex; to: MonthIndex }> = [];
  for (const m of [...timeline.employeeMonths.keys()].sort((a, b) => a - b)) {
    if (!residentCovers(timeline, m)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === m - 1) last.to = m;
    else runs.push({ from: m, to: m });
  }
  return runs;
}

/**
 * `rulesLevel`: the level the region's interruption rules come from; when it is above the city and no rule
 * produced a notice of its own, one general notice still says so.
 */
export function buildNotices(ctx: PolicyContext, n: NoticeInput): string[] {
  const notices: string[] = [];
  const byLevel = new Map<JurisdictionLevel, string[]>();
  for (const [key, level] of ctx.fallbacks) {
    const topic = TOPICS[key];
    if (!topic) continue;
    byLevel.set(level, [...(byLevel.get(level) ?? []), topic]);
  }
  for (const [level, topics] of byLevel) notices.push(fallbackNotice(n.regionName, topics.join('、'), level));
  if (n.rulesLevel !== 'city' && byLevel.size === 0) notices.push(fallbackNotice(n.regionName, '断缴', n.rulesLevel));
  const upperBound = n.picture.upperBound ?? n.optionUpperBound;
  if (upperBound) notices.push(say.upperBoundNotice(upperBound));
  const weak = [...ctx.lowConfidence].map((k) => TOPICS[k]).filter((t): t is string => Boolean(t));
  if (weak.length) notices.push(say.weakSourceNotice([...new Set(weak)]));
  const reading = n.picture.residentEnrolments.find((e) => e.gapYears > 0);
  if (reading) {
    const perYear = reading.rule.variablePerGapYear;
    const alternative = reading.totalMonths + (reading.rule.firstGapYearFree ? 1 : -1) * perYear;
    notices.push(say.gapYearReadingNotice({ firstGapYearFree: reading.rule.firstGapYearFree, alternative, perYear }));
  }
  const duplicates = duplicateRuns(n.timeline);
  if (duplicates.length) notices.push(say.duplicateNotice(duplicates));
  return [...notices, ...n.extra];
}
