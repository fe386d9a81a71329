// The contract's command line: Report on stdout with exit 0; invalid input or bad JSON: the Error with exit 2.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const run = (args: string[], input?: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/evaluate-cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });

it('answers a Report from stdin with exit 0', () => {
  const r = run(
    ['-'],
    JSON.stringify({
      asOf: '2026-09-15',
      city: '武汉',
      periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
    }),
  );
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).medical.status).toBe('suspended');
});

it('answers a case file (../shared/cases) for its situation, in contract v2', () => {
  const r = run([join(root, 'tests/shared-cases/06-unknown-city-falls-back.json')]);
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.region.rulesLevel).toBe('national');
  expect(report.headline.text).toMatch(/[\u4e00-\u9fa5]/);
  expect(report.medical.months.length).toBeGreaterThan(12);
  expect(report.medical.status === 'waiting').toBe(report.medical.waiting !== null);
});

it('a case file whose situation is invalid: the contract error, exit 2', () => {
  const r = run([join(root, 'tests/shared-cases/05-invalid-period-order.json')]);
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout).error.field).toBe('periods[0].from');
});

it('bad JSON: the contract error, exit 2', () => {
  const r = run(['-'], '{"city": ');
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'INVALID_INPUT', field: '', message: '输入不是有效的 JSON' } });
});

it('bad fields: the error names the field, exit 2', () => {
  const r = run(
    ['-'],
    JSON.stringify({ city: '深圳', periods: [{ scheme: 'employee', from: '2026-05', to: '2026-02' }] }),
  );
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'INVALID_INPUT', field: 'periods[0].from' });
});

it('unknown city: UNKNOWN_CITY with suggestions, exit 2', () => {
  const r = run(['-'], JSON.stringify({ city: '武漢市区', periods: [] }));
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout).error.code).toBe('UNKNOWN_CITY');
});

it('a missing file: exit 2 with a message', () => {
  const r = run(['/nonexistent.json']);
  expect(r.status).toBe(2);
  expect(JSON.parse(r.stdout).error.code).toBe('INVALID_INPUT');
});
