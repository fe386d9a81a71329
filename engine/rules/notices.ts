// Notices: where the answer rests on fallback or weak rules, say so and tell the user whom to ask.
import type { JurisdictionLevel } from '../policy/types';
import type { GapYearReading, Item, Option } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import * as say from '../explain/notices';
import { fallbackNotice, GENERAL_KIND, KINDS, TOPICS } from '../explain/notices';
import { lastDay, type MonthIndex } from '../time';
import type { MedicalPicture, UpperBound } from './medical';
import { residentCovers, type Timeline } from './timeline';
import { unique } from '../unique';

export interface NoticeInput {
  regionName: string;
  rulesLevel: JurisdictionLevel;
  picture: MedicalPicture;
  timeline: Timeline;
  /** A capped waiting period a shown option rests on (besides one in the picture). */
  optionUpperBound?: UpperBound;
  /** The gap-year reading the report carries (`readings`), phrased as a notice. */
  reading: GapYearReading | null;
  extra: string[];
}

/** Months paid both as 职工医保 and as 居民医保 (医保办发〔2021〕43号 forbids duplicate benefits). */
export function duplicateRuns(timeline: Timeline): Array<{ from: MonthIndex; to: MonthIndex }> {
  const runs: Array<{ from: MonthIndex; to: MonthIndex }> = [];
  for (const m of timeline.employeeMonths.keys()) {
    if (!residentCovers(timeline, m)) continue;
    // A resident year paid after this month ended (a switch after leaving a job) did not cover it: no duplicate.
    const paidOn = timeline.residentYears.get(Math.floor(m / 12))?.paidOn;
    if (paidOn !== undefined && paidOn > lastDay(m)) continue;
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
  // A region with rules of its own (武汉's flexible workers, 厦门's resident waiting) names each missing rule, so the
  // notice never says a kind is unrecorded while the answer uses a local rule of that kind (copy review 3 N35); a
  // region with none names a few kinds (copy review M28).
  const precise = ctx.ownLevel.size > 0;
  for (const [key, level] of ctx.fallbacks) {
    if (ctx.ownLevel.has(key)) continue; // recorded for the region, though not for every month asked about
    const kind = precise ? (TOPICS[key] ?? KINDS[key]) : KINDS[key];
    if (!kind) continue;
    const kinds = byLevel.get(level) ?? [];
    if (!kinds.includes(kind)) byLevel.set(level, [...kinds, kind]);
  }
  if (n.rulesLevel !== 'city' && byLevel.size === 0) byLevel.set(n.rulesLevel, [GENERAL_KIND]);
  const levels = [...byLevel.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === 'national' ? 1 : -1)) // the nearer level first
    .map(([level, kinds]) => ({ kinds, where: ctx.nameOf(level) }));
  if (levels.length) notices.push(fallbackNotice(n.regionName, levels));
  const upperBound = n.picture.upperBound ?? n.optionUpperBound;
  if (upperBound)
    notices.push(
      say.upperBoundNotice(
        Object.assign({}, upperBound, { where: ctx.nameOf(upperBound.level), city: upperBound.level === 'city' }),
      ),
    );
  const weak = [...ctx.lowConfidence].map((k) => TOPICS[k]).filter((t): t is string => Boolean(t));
  if (weak.length) notices.push(say.weakSourceNotice(unique(weak)));
  if (n.reading) notices.push(say.gapYearReadingNotice(n.reading));
  const duplicates = duplicateRuns(n.timeline);
  if (duplicates.length) notices.push(say.duplicateNotice(duplicates));
  return [...notices, ...n.extra];
}

/**
 * The F07 reading (does the first gap year add a month?) for the first resident enrolment with gap years: the
 * waiting months under the reading used and under the other one, so the notice's numbers are report fields.
 */
export function gapYearReading(picture: MedicalPicture): GapYearReading | null {
  const e = picture.residentEnrolments.find((r) => r.gapYears > 0);
  if (!e) return null;
  const perGapYear = e.rule.variablePerGapYear;
  const free = e.rule.firstGapYearFree;
  return {
    rule: 'resident.waiting',
    year: e.year,
    gapYears: e.gapYears,
    used: free ? 'firstGapYearFree' : 'everyGapYear',
    perGapYear,
    waitingMonths: e.totalMonths,
    otherReadingMonths: e.totalMonths + (free ? 1 : -1) * perGapYear,
  };
}

/**
 * Whether the report sends the user to check locally: then one to-do names the hotline (copy review L16), and the
 * sentences that need a local answer only say "问医保局".
 */
export function needsLocalCheck(notices: string[], items: Item[], options: Option[]): boolean {
  return notices.length > 0 || items.some((i) => i.outcome === 'unknown') || options.some((o) => o.who === 'office');
}
