// Month and date helpers: China time whatever the host's zone, month arithmetic on YYYY-MM, Chinese formats.
import {
  addMonths,
  countdownText,
  daysBetween,
  fmtDate,
  fmtInstant,
  fmtMonth,
  fmtRange,
  fmtDuration,
  fmtShortDate,
  fmtYears,
  makeDate,
  monthRanges,
  todayInChina,
} from '../../client/src/utils/dates';

describe('dates', () => {
  it('today in China is UTC+8: 16:00 UTC is already the next day', () => {
    expect(todayInChina(Date.UTC(2026, 11, 31, 15, 59))).toBe('2026-12-31');
    expect(todayInChina(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01');
  });

  it('month arithmetic crosses years both ways', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -18)).toBe('2024-12');
  });

  it('days between dates count leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2026-12-24')).toBe(-7);
  });

  it('counts down to a deadline: days left the day before, 今天截止 on the day, 已过 the day after', () => {
    expect(countdownText('2027-01-30', '2027-01-31')).toBe('还有 1 天');
    expect(countdownText('2027-01-31', '2027-01-31')).toBe('今天截止');
    expect(countdownText('2027-02-01', '2027-01-31')).toBe('已过');
    expect(countdownText('2026-12-31', '2027-01-31')).toBe('还有 31 天');
  });

  it('an action dated "as soon as possible" (the engine\'s asap) says 尽快 on its day, not 今天截止', () => {
    expect(countdownText('2026-11-23', '2026-11-23', true)).toBe('尽快');
    expect(countdownText('2026-11-23', '2026-11-23', false)).toBe('今天截止');
  });

  it('formats: one unit without inner spaces, ranges with 至', () => {
    expect(fmtMonth('2026-07')).toBe('2026年7月');
    expect(fmtDate('2026-10-01')).toBe('2026年10月1日');
    expect(makeDate('2026-02', 5)).toBe('2026-02-05');
    expect(fmtShortDate('2026-10-31', '2026-09-10')).toBe('10月31日');
    expect(fmtShortDate('2027-01-31', '2026-12-15')).toBe('2027年1月31日');
    // The last two months of the year: the year is always said (copy review L1, H12).
    expect(fmtShortDate('2026-12-31', '2026-10-31')).toBe('12月31日');
    expect(fmtShortDate('2026-12-31', '2026-11-01')).toBe('2026年12月31日');
    // Durations as the engine says them, never decimals (copy review L3).
    expect([fmtYears(19.5), fmtYears(15), fmtYears(14.1), fmtDuration(26), fmtDuration(5)]).toEqual([
      '19 年 6 个月',
      '15 年',
      '14 年 1 个月',
      '2 年 2 个月',
      '5 个月',
    ]);
    expect(fmtRange(['2026-08', '2026-09'])).toBe('2026年8月至9月');
    expect(fmtRange(['2025-12', '2026-02'])).toBe('2025年12月至2026年2月');
    expect(fmtRange(['2026-08', '2026-08'])).toBe('2026年8月');
    expect(fmtInstant('2026-12-24T01:00:00.000Z')).toBe('2026年12月24日 09:00');
  });

  it('groups months into ranges', () => {
    expect(monthRanges(['2025-05', '2025-01', '2025-02', '2024-12'])).toEqual([
      ['2024-12', '2025-02'],
      ['2025-05', '2025-05'],
    ]);
  });
});
