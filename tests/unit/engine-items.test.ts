// Sentences the user reads: the rule behind them shows, the numbers in them are the computed ones.
import { evaluate, isEvaluateError, type Report } from '../../engine';

function report(situation: object): Report {
  const r = evaluate(situation, { today: '2026-11-23' });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  return r;
}
const item = (r: Report, key: string) => r.items.find((i) => i.key === key)!;

describe('pension transfers for non-local workers (国办发〔2009〕66号, F21)', () => {
  const base = { asOf: '2026-11-23', city: '深圳', hukou: 'nonlocal', periods: [{ scheme: 'employee', from: '2010-01', to: null }], concerns: ['pension'] };
  it('a man of 50 is told about the temporary account', () => {
    const r = report({ ...base, gender: 'male', birth: '1976-11' });
    expect(item(r, 'pensionYears').summary).toContain('满 50 岁');
    expect(item(r, 'pensionYears').sources).toContain('nat.pension.transfer-66');
  });
  it('a man of 49 is not', () => {
    expect(item(report({ ...base, gender: 'male', birth: '1976-12' }), 'pensionYears').summary).not.toContain('临时缴费账户');
  });
  it('a woman of 40 is', () => {
    expect(item(report({ ...base, gender: 'female', birth: '1986-11' }), 'pensionYears').summary).toContain('满 40 岁');
  });
  it('local hukou: no transfer sentence', () => {
    expect(item(report({ ...base, hukou: 'local', gender: 'male', birth: '1960-01' }), 'pensionYears').sources).not.toContain('nat.pension.transfer-66');
  });
});

it('pension minimum years follow the asOf year (15 until 2029, 15.5 in 2030)', () => {
  const at = (asOf: string) => item(report({ asOf, city: '武汉', periods: [{ scheme: 'employee', from: '2010-01', to: null }], concerns: ['pension'] }), 'pensionYears').summary;
  expect(at('2029-12-31')).toContain('满 15 年');
  // asOf may not be after "today" + nothing; the engine accepts future asOf for planning.
  expect(at('2030-01-01')).toContain('满 15.5 年');
});

it('a resident waiting period states which reading of the gap-year rule was used, and the other result', () => {
  const r = report({ asOf: '2026-11-20', city: '青岛', periods: [{ scheme: 'resident', from: '2021-01', to: '2024-12' }, { scheme: 'resident', from: '2027-01', to: '2027-12', paidOn: '2026-11-10' }] });
  expect(r.medical.waiting?.reading).toContain('断保 2 年');
  expect(r.notices.join('')).toContain('等待期为 5 个月');
});

it('fallback rules name the level used and the hotline', () => {
  const r = report({ asOf: '2026-11-23', city: '那曲', periods: [{ scheme: 'employee', from: '2015-03', to: '2026-03' }] });
  expect(r.region.rulesLevel).toBe('national');
  expect(r.notices[0]).toMatch(/按国家的规定估算.*12393/);
  expect(r.actions.map((a) => a.key)).toContain('call-local-office');
});

it('every cited source is listed once with its link and confidence', () => {
  const r = report({ asOf: '2026-09-15', city: '武汉', periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }], concerns: ['medical', 'pension', 'housing'] });
  const ids = r.sources.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of r.sources) {
    expect(s.url).toMatch(/^https?:/);
    expect(['high', 'medium', 'low']).toContain(s.confidence);
  }
});

it('evaluate is deterministic and does not depend on the host clock when asOf is given', () => {
  const s = { asOf: '2026-09-15', city: '武汉', periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }] };
  expect(evaluate(s, { today: '2020-01-01' })).toEqual(evaluate(s, { today: '2030-06-30' }));
});
