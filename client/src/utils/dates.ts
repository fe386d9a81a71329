// Month and date helpers. A month is "YYYY-MM", a date "YYYY-MM-DD", both in China time (the contract's
// convention); nothing here depends on the device's time zone.

/** Today in China (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function todayInChina(now: number = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function thisMonth(): string {
  return monthOf(todayInChina());
}

export function thisYear(): number {
  return Number(todayInChina().slice(0, 4));
}

export function monthIndex(m: string): number {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

export function monthFromIndex(i: number): string {
  const y = Math.floor(i / 12);
  const mm = (i % 12) + 1;
  return `${y}-${mm < 10 ? '0' : ''}${mm}`;
}

export function addMonths(m: string, n: number): string {
  return monthFromIndex(monthIndex(m) + n);
}

export function makeMonth(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** 2026-02, 5 → 2026-02-05 */
export function makeDate(month: string, day: number): string {
  return `${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 2026-07 → 2026年7月 */
export function fmtMonth(m: string): string {
  return `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;
}

/** 2026-10-31 → 2026年10月31日 */
export function fmtDate(d: string): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/**
 * 2026-10-31 → 10月31日 when the year is unambiguous (same year as `today`, and `today` is not in the last two
 * months of the year, copy review L1), else with the year: 2026年12月31日, 2027年1月1日.
 */
export function fmtShortDate(d: string, today: string): string {
  if (d.slice(0, 4) === today.slice(0, 4) && Number(today.slice(5, 7)) <= 10)
    return `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return fmtDate(d);
}

/** 26 → "2 年 2 个月", 12 → "1 年", 5 → "5 个月": the engine's duration style (never decimals, copy review L3). */
export function fmtDuration(months: number): string {
  const parts = [[Math.floor(months / 12), '年'] as const, [months % 12, '个月'] as const].filter(([n]) => n > 0);
  return parts.map(([n, unit]) => `${n} ${unit}`).join(' ') || '0 个月';
}

/** Years the report gives as a number (19.5, 14.1) as a duration to the nearest month: "19 年 6 个月". */
export function fmtYears(years: number): string {
  return fmtDuration(Math.round(years * 12));
}

function dayNumber(d: string): number {
  return Math.round(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86400000);
}

/** Whole days from `today` to `d` (negative when past). */
export function daysBetween(today: string, d: string): number {
  return dayNumber(d) - dayNumber(today);
}

/**
 * The countdown beside an action's date (`due` from the report, `today` its asOf): days left, 今天截止 on a
 * deadline's own day, 尽快 for an action the engine dates "as soon as possible" (`asap`: not a deadline), 已过 after.
 */
export function countdownText(today: string, due: string, asap = false): string {
  const days = daysBetween(today, due);
  if (days > 0) return `还有 ${days} 天`;
  if (days === 0) return asap ? '尽快' : '今天截止';
  return '已过';
}

/** Groups sorted months into ranges: ["2025-01","2025-02","2025-05"] → [["2025-01","2025-02"],["2025-05","2025-05"]]. */
export function monthRanges(months: string[]): [string, string][] {
  const sorted = [...months].sort();
  const out: [string, string][] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && monthIndex(m) === monthIndex(last[1]) + 1) last[1] = m;
    else out.push([m, m]);
  }
  return out;
}

export function fmtRange([a, b]: [string, string]): string {
  if (a === b) return fmtMonth(a);
  if (a.slice(0, 4) === b.slice(0, 4)) return `${fmtMonth(a)}至${Number(b.slice(5, 7))}月`;
  return `${fmtMonth(a)}至${fmtMonth(b)}`;
}

/** ISO instant → 2026年12月24日 09:00 in China time. */
export function fmtInstant(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = new Date(t + 8 * 3600 * 1000).toISOString();
  return `${fmtDate(s.slice(0, 10))} ${s.slice(11, 16)}`;
}
