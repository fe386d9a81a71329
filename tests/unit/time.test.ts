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
    expect(isDate('2026-04-30')).toBe(true);
    expect(isDate('2026-12-31')).toBe(true);
    expect(isDate('2026-01-32')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('2026-00-10')).toBe(false);
    expect(isDate('2026-01-00')).toBe(false);
    expect(isDate('2026-1-01')).toBe(false);
    expect(isDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isDate('2100-02-29')).toBe(false); // divisible by 100 only
  });
  it('formats every month the same way, whether made before or not, inside the remembered years or outside', () => {
    for (const text of ['1899-12', '1900-01', '2026-11', '2199-12', '2200-01', '2999-07']) {
      expect(formatMonth(toMonthIndex(text))).toBe(text);
      expect(formatMonth(toMonthIndex(text))).toBe(text); // the second time from the remembered texts
    }
    // Every month of the remembered range, in an order that fills it from the end first.
    for (let m = 2200 * 12 - 1; m >= 1900 * 12; m -= 7) {
      const text = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      expect(formatMonth(m)).toBe(text);
    }
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
