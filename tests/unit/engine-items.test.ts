// Sentences the user reads: the rule behind them shows, the numbers in them are the computed ones.
import { evaluate, isEvaluateError, type Report } from '../../engine';

function report(situation: object): Report {
  const r = evaluate(situation, { today: '2026-11-23' });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  return r;
}
const item = (r: Report, key: string) => r.items.find((i) => i.key === key)!;

describe('pension transfers for non-local workers (国办发〔2009〕66号, F21)', () => {
  const base = {
    asOf: '2026-11-23',
    city: '深圳',
    hukou: 'nonlocal',
    periods: [{ scheme: 'employee', from: '2010-01', to: null }],
    concerns: ['pension'],
  };
  it('a man of 50 is told about the temporary account', () => {
    const r = report({ ...base, gender: 'male', birth: '1976-11' });
    expect(item(r, 'pensionYears').summary).toContain('你已满 50 岁');
    expect(item(r, 'pensionYears').sources).toContain('nat.pension.transfer-66');
  });
  it('a man of 49 is not', () => {
    expect(item(report({ ...base, gender: 'male', birth: '1976-12' }), 'pensionYears').summary).not.toContain(
      '临时缴费账户',
    );
  });
  it('a woman of 40 is', () => {
    expect(item(report({ ...base, gender: 'female', birth: '1986-11' }), 'pensionYears').summary).toContain(
      '你已满 40 岁',
    );
  });
  it('local hukou: no transfer sentence', () => {
    expect(
      item(report({ ...base, hukou: 'local', gender: 'male', birth: '1960-01' }), 'pensionYears').sources,
    ).not.toContain('nat.pension.transfer-66');
  });
});

it('pension minimum years follow the asOf year (15 until 2029, 15.5 in 2030)', () => {
  const at = (asOf: string) =>
    item(
      report({
        asOf,
        city: '武汉',
        periods: [{ scheme: 'employee', from: '2010-01', to: null }],
        concerns: ['pension'],
      }),
      'pensionYears',
    ).summary;
  expect(at('2029-12-31')).toContain('满 15 年');
  // asOf may not be after "today" + nothing; the engine accepts future asOf for planning.
  expect(at('2030-01-01')).toContain('满 15 年 6 个月');
});

it('a resident waiting period states which reading of the gap-year rule was used, and the other result', () => {
  const r = report({
    asOf: '2026-11-20',
    city: '青岛',
    periods: [
      { scheme: 'resident', from: '2021-01', to: '2024-12' },
      { scheme: 'resident', from: '2027-01', to: '2027-12', paidOn: '2026-11-10' },
    ],
  });
  expect(r.medical.waiting?.reading).toContain('断缴 2 年');
  expect(r.notices.join('')).toContain('等待期为 5 个月'); // the other reading: 4 + 1 = 5 months (report.readings)
});

it('fallback rules name the level used and the hotline', () => {
  const r = report({
    asOf: '2026-11-23',
    city: '那曲',
    periods: [{ scheme: 'employee', from: '2015-03', to: '2026-03' }],
  });
  expect(r.region.rulesLevel).toBe('national');
  expect(r.notices[0]).toMatch(
    /^那曲市还没有收录本地的[^。]*规定，按国家规定估算。请打 12393（医保服务热线）或问那曲市医保局核实。$/,
  ); // one sentence (M28)
  expect(r.actions.map((a) => a.key)).toContain('call-local-office');
});

it('every cited source is listed once with its link (or a via saying what was read), confidence and provenance', () => {
  const r = report({
    asOf: '2026-09-15',
    city: '武汉',
    periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
    concerns: ['medical', 'pension', 'housing'],
  });
  const ids = r.sources.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of r.sources) {
    // 湖北's contribution band was read in notes that give no page: no link, and via says what was read (D10).
    if (s.url) expect(s.url).toMatch(/^https?:/);
    else expect(s.via).toMatch(/原文与发布页面未见/);
    expect(['high', 'medium', 'low']).toContain(s.confidence);
    expect(['official', 'reprint', 'app']).toContain(s.readAs);
    expect(s.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  // 武汉's rule was read on a news reprint (wuhan.com) and opened by the data review: the report says both.
  expect(r.sources.find((s) => s.id === 'wh.medical.flexible')).toMatchObject({
    readAs: 'reprint',
    verified: '2026-12-07',
    recorded: '2026-11-23',
  });
});

it('evaluate is deterministic and does not depend on the host clock when asOf is given', () => {
  const s = { asOf: '2026-09-15', city: '武汉', periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }] };
  expect(evaluate(s, { today: '2020-01-01' })).toEqual(evaluate(s, { today: '2030-06-30' }));
});

describe('statutory retirement age under 渐进式延迟退休 (F23) and the minimum years then in force (F24)', () => {
  const at = (gender: string, birth: string, periods: object[] = [{ scheme: 'employee', from: '2000-01', to: null }]) =>
    item(report({ asOf: '2026-11-23', city: '武汉', gender, birth, periods, concerns: ['pension'] }), 'pensionYears');
  it.each([
    // [birth, age text, month text]: the original 60th birthday month before 2025 keeps 60; each 4 months add one.
    ['1964-12', '已于2024年12月到法定退休年龄（60 岁）'],
    ['1965-01', '已于2025年2月到法定退休年龄（60 岁 1 个月）'],
    ['1965-04', '已于2025年5月到法定退休年龄（60 岁 1 个月）'],
    ['1965-05', '已于2025年7月到法定退休年龄（60 岁 2 个月）'],
    ['1967-05', '约2028年1月到法定退休年龄（60 岁 8 个月）'], // worked example: born 1967-05-12 → 2028-01-12
    ['1971-01', '约2032年8月到法定退休年龄（61 岁 7 个月）'], // worked example: born 1971-01-10 → 2032-08-10
    ['1976-08', '约2039年7月到法定退休年龄（62 岁 11 个月）'],
    ['1976-09', '约2039年9月到法定退休年龄（63 岁）'], // the cap of 36 months: men born from 1976-09 retire at 63
    ['1990-01', '约2053年1月到法定退休年龄（63 岁）'],
  ])('a man born %s: %s', (birth, text) => {
    expect(at('male', birth).summary).toContain(`你${text}`);
  });
  const woman = (birth: string, originalRetirementAge?: number, to: string | null = null) =>
    item(
      report({
        asOf: '2026-11-23',
        city: '武汉',
        gender: 'female',
        birth,
        originalRetirementAge,
        periods: [{ scheme: 'employee', from: '2012-05', to }],
        concerns: ['pension', 'medical'],
      }),
      'pensionYears',
    );
  it('a woman with her original age given gets that group only (50: one month every 2 months, to 55; 55: every 4, to 58)', () => {
    expect(woman('1980-01', 50).summary).toContain('你约2032年8月到法定退休年龄（52 岁 7 个月）'); // 2030-01: ⌈61/2⌉ = 31
    expect(woman('1980-01', 55).summary).toContain('你约2037年8月到法定退休年龄（57 岁 7 个月）'); // 2035-01: ⌈121/4⌉ = 31
    expect(woman('1984-12', 50).summary).toContain('你约2039年12月到法定退休年龄（55 岁）'); // cap of 60 months
    for (const age of [50, 55]) expect(woman('1980-01', age).summary).not.toContain('没填原来的退休年龄');
  });
  it('a woman without her original age: one verdict at 55, and what the 50 group would change (copy review M15)', () => {
    // Born 1972-03, paid 2012-05 to 2026-06: at 55 she retires 2027-10 with 15 years 1 month (enough); at 50 she
    // reached the age in 2022-03 with under 10 years (short).
    const s = woman('1972-03', undefined, '2026-06');
    expect(s.outcome).toBe('kept');
    expect(s.shortMonths).toBeUndefined();
    expect(s.summary).toContain('没填原来的退休年龄，按原 55 岁退休估算');
    expect(s.summary).toContain('你约2027年10月到法定退休年龄（55 岁 7 个月）');
    expect(s.summary).toContain('如果原来是 50 岁退休（工人岗位），你已经到退休年龄。累计年限还不够');
    expect(s.summary.match(/到法定退休年龄/g)).toHaveLength(1); // one verdict, not two
    // The other group enough as well: said so, still one verdict.
    expect(woman('1980-01').summary).toContain('你会更早到退休年龄。照现在缴到那时，累计年限也够');
  });
  it('the medical retirement item uses the same single estimate and says it was assumed', () => {
    const r = report({
      asOf: '2026-09-15',
      city: '杭州',
      gender: 'female',
      birth: '1972-03',
      periods: [{ scheme: 'employee', from: '2012-05', to: '2026-04' }],
      concerns: ['medical'],
    });
    const s = item(r, 'medicalRetirement').summary;
    expect(s).toContain('一直缴到2027年10月退休（按原 55 岁退休估算）');
    expect(s).not.toContain('你已到退休年龄'); // the 50 group's verdict is not the one shown
  });
  it('the pension summary is short sentences (copy review M17: ≤ 40 characters each, 你 not 您)', () => {
    const r = report({
      asOf: '2026-11-10',
      city: '深圳',
      hukou: 'nonlocal',
      gender: 'male',
      birth: '1975-06',
      periods: [{ scheme: 'employee', from: '2005-03', to: '2026-06' }],
      concerns: ['pension'],
    });
    const s = item(r, 'pensionYears').summary;
    expect(s).toContain('临时缴费账户');
    expect(s).not.toContain('您');
    for (const sentence of s.split(/[。；]/)) expect(sentence.replace(/ /g, '').length).toBeLessThanOrEqual(40);
  });
  it('the minimum years are those of the retirement year: 16.5 in 2032', () => {
    expect(at('male', '1971-01').summary).toContain('那时要累计满 16 年 6 个月');
  });
  it('kept when paying on to retirement reaches the minimum exactly; at risk one month short', () => {
    // Born 1971-01 → retires 2032-08, minimum 16.5 years = 198 months. Paying from 2026-11 to 2032-07 gives 69 months,
    // so 129 months paid before 2026-11 reach exactly 198.
    const paidThrough = (to: string) => [{ scheme: 'employee', from: '2015-11', to }];
    expect(at('male', '1971-01', [{ scheme: 'employee', from: '2015-11', to: '2026-07' }]).outcome).toBe('kept'); // 129 months
    const short = at('male', '1971-01', paidThrough('2026-06')); // 128 months
    expect(short.outcome).toBe('atRisk');
    expect(short.summary).toContain('差 1 个月');
  });
  it('without gender or birth: the general sentence only', () => {
    const r = report({
      asOf: '2026-11-23',
      city: '武汉',
      birth: '1971-01',
      periods: [{ scheme: 'employee', from: '2000-01', to: null }],
    });
    expect(item(r, 'pensionYears').summary).toContain('按月领养老金，要累计缴费满 15 年');
  });
});
