// Every sentence of every own and shared case follows the copy review's glossary (tests/unit/support/copy-style.ts);
// the random situations of properties.test.ts run the same checks.
import { evaluate, isEvaluateError } from '../../engine';
import { loadCases, OWN_DIR, sharedCasesDir } from '../cases';
import { styleProblems } from './support/copy-style';

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
