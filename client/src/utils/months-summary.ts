// The lines under the month grid (MonthsCard), from the engine's month picture only: which months are lost, which
// back-pay can still fill, and the day within a month when cover starts mid-month (copy review 3 N14).
import type { MonthCell, Report, Waiting } from '../types/contract';
import { fmtDate, fmtRange, makeDate, monthRanges } from './dates';

export interface MonthsSummary {
  /** 看病不能报销：… (null when no month is lost). */
  lost: string | null;
  /** 现在补缴就能报：… (null when none). */
  fixable: string | null;
  /** Nothing lost and nothing to fill. */
  none: boolean;
  /** Nobody was ever insured (a newborn not enrolled yet): 没参保, not 断缴. */
  neverInsured: boolean;
}

/** "2025年1月至2026年6月4日" when cover starts on the 5th of the range's last month. */
function rangeText(range: [string, string], byMonth: Map<string, MonthCell>, waiting?: Waiting | null): string {
  const partial = byMonth.get(range[1]);
  if (!partial?.coveredFrom) return fmtRange(range);
  const dayBefore = fmtDate(makeDate(range[1], Number(partial.coveredFrom.slice(8, 10)) - 1));
  // The day a wait counted from an estimated payment day ends is itself an estimate (copy review H14).
  const about = waiting?.estimated && waiting.benefitsFrom === partial.coveredFrom ? '约' : '';
  return range[0] === range[1]
    ? `${fmtDate(makeDate(range[0], 1))}至${about}${dayBefore}`
    : `${fmtRange([range[0], range[0]])}至${about}${dayBefore}`;
}

function list(months: string[], byMonth: Map<string, MonthCell>, waiting?: Waiting | null): string {
  const ranges = monthRanges(months);
  const partial = months.some((m) => byMonth.get(m)?.coveredFrom);
  const count = partial ? (months.length > 1 ? `，共 ${months.length - 1} 个多月` : '') : `，共 ${months.length} 个月`;
  return `${ranges
    .slice(0, 3)
    .map((r) => rangeText(r, byMonth, waiting))
    .join('、')}${ranges.length > 3 ? ' 等' : ''}${count}。`;
}

export function monthsSummary(report: Pick<Report, 'medical'>): MonthsSummary {
  const { holeMonths, months, gaps, status, waiting } = report.medical;
  const cells = months ?? [];
  const byMonth = new Map(cells.map((c) => [c.month, c]));
  const repairable = cells.filter((c) => c.state === 'repairable').map((c) => c.month);
  // The months painted lost (a hole, or a wait that pays nothing); a snapshot made before v2 has no picture: its
  // hole months, as before.
  const lost = months
    ? cells.filter((c) => c.state === 'hole' || c.state === 'waiting').map((c) => c.month)
    : (holeMonths ?? []);
  const neverInsured = status === 'none' && (gaps ?? []).length === 0;
  return {
    lost: lost.length ? `${neverInsured ? '还没有参保，' : ''}看病不能报销：${list(lost, byMonth, waiting)}` : null,
    fixable: repairable.length ? `现在补缴就能报：${list(repairable, byMonth)}` : null,
    none: lost.length === 0 && repairable.length === 0,
    neverInsured,
  };
}
