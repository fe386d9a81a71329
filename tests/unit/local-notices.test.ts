// 佛山's reduced cap (C10) is noticed while fewer than 3 consecutive months are paid, and not from the 3rd month on;
// a first flexible enrolment without a local rule is noticed as unknown (data review M19).
import { evaluate } from '../../engine';

const notices = (situation: object) =>
  (evaluate({ asOf: '2026-11-20', hukou: 'local', ...situation }, { today: '2026-11-23' }) as { notices: string[] })
    .notices;
const capNotice = (list: string[]) => list.some((n) => n.startsWith('佛山市规定连续按月缴费未满 3 个月'));

it.each([
  ['2026-10', true], // 2 months paid (October, November): just inside
  ['2026-09', false], // 3 months: on the limit, the normal cap applies
])('佛山: paying again from %s → reduced-cap notice %s', (from, expected) => {
  const list = notices({
    city: '佛山',
    gapReason: 'jobChange',
    periods: [
      { scheme: 'employee', from: '2016-01', to: '2026-06' },
      { scheme: 'employee', from, to: null },
    ],
  });
  expect(capNotice(list)).toBe(expected);
});

it('no reduced-cap notice outside 佛山', () => {
  const list = notices({
    city: '广州',
    gapReason: 'jobChange',
    periods: [
      { scheme: 'employee', from: '2016-01', to: '2026-07' },
      { scheme: 'employee', from: '2026-10', to: null },
    ],
  });
  expect(list.some((n) => n.includes('最多支付'))).toBe(false);
});

it.each([
  ['石家庄', true], // no first-enrolment rule at any level
  ['武汉', false], // 武汉 has one (6 months, F34)
])('first flexible enrolment in %s → "not recorded" notice %s', (city, expected) => {
  const list = notices({ city, periods: [{ scheme: 'flexible', from: '2026-09', to: null }] });
  expect(list.some((n) => n.includes('灵活就业人员首次参保是否有等待期还没有收录'))).toBe(expected);
});
