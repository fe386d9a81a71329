// MonthTable (engine/month-table.ts) must behave as the Map it replaced in the timeline and the cover picture: any
// month can be set, in any order, and iteration is by ascending month.
import { MonthTable } from '../../engine/month-table';
import { toMonthIndex } from '../../engine/time';

const m = toMonthIndex;

describe('MonthTable', () => {
  it('keeps values for months set in any order and iterates them ascending', () => {
    const t = new MonthTable<string>();
    t.set(m('2026-05'), 'may');
    t.set(m('2026-02'), 'feb'); // before the first month set: the table grows at the front
    t.set(m('2026-09'), 'sep'); // after a gap: the months between stay empty
    expect(t.keys()).toEqual([m('2026-02'), m('2026-05'), m('2026-09')]);
    expect([m('2026-02'), m('2026-05'), m('2026-09')].map((month) => t.get(month))).toEqual(['feb', 'may', 'sep']);
    expect(t.size).toBe(3);
    expect(t.get(m('2026-03'))).toBeUndefined();
    expect(t.has(m('2026-03'))).toBe(false);
    expect(t.has(m('2026-09'))).toBe(true);
    expect(t.first()).toBe(m('2026-02'));
    expect(t.last()).toBe(m('2026-09'));
  });

  it('counts a month once when it is set again, and overwrites its value', () => {
    const t = new MonthTable<string>();
    t.set(m('2024-02'), 'a').set(m('2024-02'), 'b');
    expect(t.size).toBe(1);
    expect(t.get(m('2024-02'))).toBe('b');
  });

  it('answers nothing outside the months it holds, also when made for a range', () => {
    const t = new MonthTable<number>(m('2025-01'), m('2025-12'));
    expect(t.size).toBe(0);
    expect(t.first()).toBeUndefined();
    expect(t.last()).toBeUndefined();
    expect(t.keys()).toEqual([]);
    t.set(m('2025-12'), 12);
    t.set(m('2026-03'), 15); // beyond the range it was made for
    t.set(m('2024-11'), -1); // before it
    expect(t.keys()).toEqual([m('2024-11'), m('2025-12'), m('2026-03')]);
    expect(t.get(m('2024-10'))).toBeUndefined();
    expect(t.get(m('2026-04'))).toBeUndefined();
    expect(t.size).toBe(3);
  });

  it('visits every month with a value once, in order, with forEach', () => {
    const t = new MonthTable<string>();
    const months = ['2023-12', '2020-01', '2021-06', '2020-02'].map(m);
    for (const month of months) t.set(month, String(month));
    const seen: number[] = [];
    t.forEach((value, month) => {
      expect(value).toBe(String(month));
      seen.push(month);
    });
    expect(seen).toEqual([...months].sort((a, b) => a - b));
  });

  it('finds the earliest month whose value passes a test, or nothing', () => {
    const t = new MonthTable<string>();
    t.set(m('2024-06'), 'flexible').set(m('2024-01'), 'employee').set(m('2024-03'), 'flexible');
    expect(t.find((v) => v === 'flexible')).toBe(m('2024-03'));
    expect(t.find((v, month) => v === 'flexible' && month > m('2024-03'))).toBe(m('2024-06'));
    expect(t.find((v) => v === 'resident')).toBeUndefined();
  });
});
