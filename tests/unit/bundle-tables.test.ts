// The deployed functions bundle the policy tables without each value's `note` (scripts/build-functions.mjs): this
// proves the engine never reads it — every case gives the same report with the notes removed.
import { evaluate, policyTables } from '../../engine';
import type { PolicyTables } from '../../engine/policy/types';
import { loadCases, OWN_DIR, sharedCasesDir } from '../cases';

function withoutNotes(tables: PolicyTables): PolicyTables {
  const copy: PolicyTables = JSON.parse(JSON.stringify(tables));
  for (const j of Object.values(copy.jurisdictions))
    for (const values of Object.values(j.rules)) for (const v of values) delete (v as { note?: string }).note;
  return copy;
}

it('every case gives the same report from the tables without notes', () => {
  const slim = withoutNotes(policyTables);
  // Control: the notes exist and are gone from the copy (a note inside a value, e.g. the school rule's, stays).
  const entries = (t: PolicyTables) => Object.values(t.jurisdictions).flatMap((j) => Object.values(j.rules).flat());
  expect(entries(policyTables).filter((v) => 'note' in v).length).toBeGreaterThan(100);
  expect(entries(slim).filter((v) => 'note' in v)).toEqual([]);
  const cases = [...loadCases(sharedCasesDir()), ...loadCases(OWN_DIR)];
  expect(cases.length).toBeGreaterThan(100);
  for (const c of cases) {
    const full = evaluate(c.situation, { today: '2026-11-23' });
    expect([c.file, evaluate(c.situation, { today: '2026-11-23', tables: slim })]).toEqual([c.file, full]);
  }
});
