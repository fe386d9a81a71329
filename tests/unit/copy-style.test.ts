// Every sentence of every own and shared case follows the copy review's glossary (tests/unit/support/copy-style.ts);
// the random situations of properties.test.ts run the same checks.
import { evaluate, isEvaluateError } from '../../engine';
import { loadCases, OWN_DIR, sharedCasesDir } from '../cases';
import { styleProblems } from './support/copy-style';
import { MYTHS } from '../../client/src/data/myths';

const cases = [...loadCases(sharedCasesDir()), ...loadCases(OWN_DIR)];

it('every case report follows one date style, one format and names the hotline once', () => {
  const problems: string[] = [];
  for (const c of cases) {
    const report = evaluate(c.situation, { today: '2026-11-23' });
    if (isEvaluateError(report)) continue;
    for (const p of styleProblems(report)) problems.push(`${c.file}: ${p}`);
  }
  expect(problems).toEqual([]);
});

it('the style checks fail on the old wording (each rule can fail)', () => {
  const report = evaluate(
    { asOf: '2026-09-15', city: '武汉', periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }] },
    { today: '2026-11-23' },
  );
  if (isEvaluateError(report)) throw new Error('valid');
  const old = [
    '在 10月31日 前补缴',
    '2026-07 起断缴',
    '届时需累计满 19.5 年',
    '2026年8月–9月',
    '下面按省里的规定估算',
    '您已满 50 岁',
    '按每天万分之五加收滞纳金',
    '固定等待期 3 个月 + 变动等待期 5 个月',
  ];
  for (const text of old) expect(styleProblems({ ...report, notices: [text] })).toHaveLength(1);
  const twice = { ...report, notices: ['请打 12393 核实。', '请打 12393（医保服务热线）核实。'] };
  expect(styleProblems(twice)).toContain('12393 in more than one notice (L16)');
  const inItem = { ...report, items: [{ ...report.items[0], summary: '请打 12393 问医保局。' }] };
  expect(styleProblems(inItem).join()).toContain('outside the notice');
});

it('a 12393-yuan contribution base is not the hotline (property-test counterexample)', () => {
  const report = evaluate(
    {
      asOf: '2020-01-01',
      city: '武汉',
      periods: [{ scheme: 'employee', from: '2019-07', to: '2019-07' }],
      monthlyBase: 12393,
    },
    { today: '2026-11-23' },
  );
  if (isEvaluateError(report)) throw new Error('valid');
  expect(JSON.stringify(report.options)).toContain('12393 元');
  expect(styleProblems(report)).toEqual([]);
});

it('12393 days of late fee are not the hotline either (property-test counterexample, seed 58056058)', () => {
  const report = evaluate(
    {
      asOf: '2022-09-02',
      city: '武汉',
      periods: [
        { scheme: 'employee', from: '2019-03', to: '2019-06' },
        { scheme: 'employee', from: '2019-07', to: '2020-03' },
      ],
      gapReason: 'employer',
      monthlyBase: 1000,
    },
    { today: '2026-11-23' },
  );
  if (isEvaluateError(report)) throw new Error('valid');
  expect(JSON.stringify(report.options)).toContain('12393 天');
  expect(styleProblems(report)).toEqual([]);
});

it('a newborn is told one version: cover from the day of birth, in the report and on the myth card (copy review L7)', () => {
  const report = evaluate(
    { asOf: '2026-11-20', city: '长沙', specialGroup: 'newborn', birth: '2026-10', periods: [], concerns: ['medical'] },
    { today: '2026-11-23' },
  );
  if (isEvaluateError(report)) throw new Error('valid');
  expect(report.headline.text).toContain('从出生那天起看病的钱都能报销');
  expect(report.options.find((o) => o.key === 'resident')?.summary).toContain('从出生那天起看病的钱都能报销');
  const myth = MYTHS.find((m) => m.q.includes('刚出生的宝宝'));
  expect(myth?.a).toContain('从出生那天起就能报销');
  expect(JSON.stringify(report)).not.toMatch(/新生儿等|出生以来|出生当月起/);
});

it('equal years for men and women are said once; a known gender gets its own number (copy review L6)', () => {
  const summary = (extra: object) => {
    const report = evaluate(
      {
        asOf: '2026-09-15',
        city: '上海',
        periods: [{ scheme: 'employee', from: '2015-01', to: null }],
        concerns: ['medical'],
        ...extra,
      },
      { today: '2026-11-23' },
    );
    if (isEvaluateError(report)) throw new Error('valid');
    return report.items.find((i) => i.key === 'medicalRetirement')!.summary;
  };
  expect(summary({})).toContain('需要累计满 15 年（男女相同）');
  expect(summary({ gender: 'male', birth: '1980-01' })).toContain('需要累计满 15 年；');
  expect(summary({ gender: 'male', birth: '1980-01' })).not.toContain('男 15 年');
});
