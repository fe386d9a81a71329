// Findings of the policy data review (../shared/notes/data-review.md) that change a grade, a citation or a label
// rather than a date or verdict (those have cases under tests/cases/): each assertion failed before its fix.
// The full reviewed tables (with notes and `via`), not the engine's shipped form.
import full from '../../engine/policy/tables.generated.json';
import type { PolicyTables } from '../../engine/policy/types';
import { valueAt } from '../../engine/policy/resolve';
import { toMonthIndex } from '../../engine/time';

const policyTables = full as unknown as PolicyTables;

const at = (code: string, rule: string, month: string) =>
  valueAt(policyTables.jurisdictions[code].rules[rule], toMonthIndex(month));

it('M1: the national 43号 bands are graded medium (their use for same-city restarts is an inference)', () => {
  expect(at('000000', 'employee.resume', '2026-01')?.confidence).toBe('medium');
});

it('M2: gaps before 43号 cite an explicit estimate, not the 2021 document', () => {
  const v = at('000000', 'employee.resume', '2020-06')!;
  expect(v.source).toBe('nat.estimate.pre-43');
  expect(policyTables.sources[v.source].title).toMatch(/^（估算）/);
});

it('M3: the 2025 resident waiting rule is no surer than its disputed first-gap-year reading (F07, medium)', () => {
  expect(at('000000', 'resident.waiting', '2025-06')?.confidence).toBe('medium');
});

it('M6: the 8 % rate has no fact behind it and is graded low', () => {
  expect(at('000000', 'employee.rates', '2026-01')?.confidence).toBe('low');
  expect(policyTables.sources['nat.medical.rates-1998'].confidence).toBe('low');
});

it('M7: the window-pattern title names only places with a fact (no 山西)', () => {
  expect(policyTables.sources['nat.resident.window-pattern'].title).not.toMatch(/山西/);
});

it('M16: sources with no fact in the notes are graded low, and so are the values citing them', () => {
  for (const id of ['qd.medical.interruption', 'sd.medical.interruption-54', 'tj.medical.interruption']) {
    expect(policyTables.sources[id].confidence).toBe('low');
    for (const j of Object.values(policyTables.jurisdictions))
      for (const values of Object.values(j.rules))
        for (const v of values) if (v.source === id) expect([id, v.confidence]).toEqual([id, 'low']);
  }
});

it('M17: sources whose url is only a site root say where the text was really read (via)', () => {
  for (const s of Object.values(policyTables.sources)) {
    if (/^https?:\/\/[^/]+\/?$/.test(s.url)) expect([s.id, typeof s.via]).toEqual([s.id, 'string']);
  }
});
