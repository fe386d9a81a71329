// Calendar arithmetic in China time, independent of the host time zone.
// Months are handled as integers (year * 12 + monthIndex) so that no Date object and no host zone is involved;
// Day-level arithmetic on already-Chinese calendar dates uses UTC milliseconds (no host zone, no library: every
// cloud function bundles this file, and dayjs was 9 KB of each).

/** A calendar month as an integer: year * 12 + (month - 1). */
export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isMonth(text: string): boolean {
  return MONTH_RE.test(text);
}

export function isDate(text: string): boolean {
  if (!DATE_RE.test(text)) return false;
  const day = digit(text, 8) * 10 + digit(text, 9);
  return day <= daysInMonth(toMonthIndex(text.slice(0, 7)));
}

const digit = (text: string, at: number) => {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/** "YYYY-MM" → index, parsed by hand: the engine's hottest helper (same rule as MONTH_RE, no regex, no allocation). */
export function toMonthIndex(month: string): MonthIndex {
  if (month.length === 7 && month.charCodeAt(4) === 45) {
    const year = digit(month, 0) * 1000 + digit(month, 1) * 100 + digit(month, 2) * 10 + digit(month, 3);
    const m = digit(month, 5) * 10 + digit(month, 6);
    if (year >= 0 && m >= 1 && m <= 12) return year * 12 + m - 1; // NaN fails every comparison
  }
  throw new Error(`not a month: ${month}`);
}

export function monthOfDate(date: string): MonthIndex {
  return toMonthIndex(date.slice(0, 7));
}

// Each month is formatted once: the month picture, holes and gaps ask for the same few hundred months in every run.
const FORMATTED_FROM = 1900 * 12;
const FORMATTED_TO = 2200 * 12;
const formatted: (string | undefined)[] = [];

export function formatMonth(index: MonthIndex): string {
  const cached = formatted[index - FORMATTED_FROM];
  if (cached !== undefined) return cached;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const text = `${year}-${String(month).padStart(2, '0')}`;
  if (index >= FORMATTED_FROM && index < FORMATTED_TO && Number.isInteger(index)) {
    // Filled up to `index` so the array stays dense (a sparse one would turn into a slow dictionary).
    while (formatted.length < index - FORMATTED_FROM) formatted.push(undefined);
    formatted[index - FORMATTED_FROM] = text;
  }
  return text;
}

export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** Index of January of the given year. */
export function januaryOf(year: number): MonthIndex {
  return year * 12;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(index: MonthIndex): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month];
}

export function firstDay(index: MonthIndex): string {
  return `${formatMonth(index)}-01`;
}

export function lastDay(index: MonthIndex): string {
  return `${formatMonth(index)}-${String(daysInMonth(index)).padStart(2, '0')}`;
}

/**
 * The day a wait of `months` months that starts on `date` ends into (contract v2): the same day of the month
 * `months` later, or the 1st of the month after that when the target month is too short (2026-03-31 + 3 months →
 * 2026-07-01, never 06-30; 2026-01-01 + 3 → 2026-04-01).
 */
export function addMonthsToDate(date: string, months: number): string {
  const target = toMonthIndex(date.slice(0, 7)) + months;
  const day = Number(date.slice(8, 10));
  if (day > daysInMonth(target)) return firstDay(target + 1);
  return `${formatMonth(target)}-${date.slice(8, 10)}`;
}

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" → that day's midnight in UTC milliseconds (years 100 and later; the engine's start from 1900). */
function utcDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** UTC milliseconds → "YYYY-MM-DD" of that UTC day. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDay(utcDay(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** Today's date in China (UTC+8, no daylight saving since 1991), whatever the host zone says. */
export function todayInChina(now: Date = new Date()): string {
  return isoDay(now.getTime() + 8 * 3_600_000);
}

/** Month and day such as "10月31日" for user-facing sentences. */
export function chineseMonthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

export function chineseDate(date: string): string {
  return `${date.slice(0, 4)}年${chineseMonthDay(date)}`;
}
