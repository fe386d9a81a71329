// China-time calendar helpers: independent of the host zone (this file also runs under TZ=Asia/Shanghai and
// TZ=America/New_York, see scripts/test.mjs).
import {
  addMonthsToDate,
  daysBetween,
  formatMonth,
  isDate,
  isMonth,
  lastDay,
  todayInChina,
  toMonthIndex,
} from '../../engine/time';

describe('todayInChina', () => {
  it('is already tomorrow in China at 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(todayInChina(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
  it('crosses the year at 16:00 UTC on 31 December', () => {
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('months', () => {
  it('round-trips and orders', () => {
    expect(formatMonth(toMonthIndex('2024-02'))).toBe('2024-02');
    expect(toMonthIndex('2025-01') - toMonthIndex('2024-12')).toBe(1);
  });
  it('knows leap years', () => {
    expect(lastDay(toMonthIndex('2028-02'))).toBe('2028-02-29');
    expect(lastDay(toMonthIndex('2027-02'))).toBe('2027-02-28');
    expect(lastDay(toMonthIndex('2100-02'))).toBe('2100-02-28');
  });
  it('validates', () => {
    expect(isMonth('2024-13')).toBe(false);
    expect(isMonth('2024-1')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2027-02-29')).toBe(false);
    expect(isDate('2026-04-31')).toBe(false);
  });
  it('ends a wait of N months on the same day N months later, or the 1st of the next month (contract v2)', () => {
    expect(addMonthsToDate('2027-01-31', 1)).toBe('2027-03-01');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-03-01'); // leap year: February has 29 days, not 31
    expect(addMonthsToDate('2028-01-29', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2027-01-29', 1)).toBe('2027-03-01');
    expect(addMonthsToDate('2026-03-31', 3)).toBe('2026-07-01');
    expect(addMonthsToDate('2026-03-30', 3)).toBe('2026-06-30');
    expect(addMonthsToDate('2026-01-01', 3)).toBe('2026-04-01');
    expect(addMonthsToDate('2027-01-01', 4)).toBe('2027-05-01'); // 青岛's worked example
    expect(addMonthsToDate('2026-10-01', 6)).toBe('2027-04-01');
    expect(addMonthsToDate('2026-08-31', 6)).toBe('2027-03-01');
    expect(addMonthsToDate('2026-12-31', 0)).toBe('2026-12-31');
  });
  it('counts days across a DST change of the host zone without drift', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
  });
});
