// The engine reads the policy tables in their shipped form (engine/policy/pack.ts: no reviewer notes, no per-value
// fact ids, rows as arrays). This proves that form keeps everything the engine uses: every case gives the same
// report from it as from the full reviewed tables (tables.generated.json), and the packed file unpacks to them.
import { evaluate, policyTables } from '../../engine';
import { packTables, unpackTables } from '../../engine/policy/pack';
import type { PolicyTables } from '../../engine/policy/types';
import full from '../../engine/policy/tables.generated.json';
import { loadCases, OWN_DIR, sharedCasesDir } from '../cases';

const fullTables = full as unknown as PolicyTables;
const entries = (t: PolicyTables) => Object.values(t.jurisdictions).flatMap((j) => Object.values(j.rules).flat());

it('every case gives the same report from the shipped tables as from the full ones', () => {
  // Control: the full tables carry reviewer notes, the shipped ones none (a note inside a value, e.g. the school
  // rule's, stays).
  expect(entries(fullTables).filter((v) => 'note' in v).length).toBeGreaterThan(100);
  expect(entries(policyTables).filter((v) => 'note' in v)).toEqual([]);
  const cases = [...loadCases(sharedCasesDir()), ...loadCases(OWN_DIR)];
  expect(cases.length).toBeGreaterThan(100);
  for (const c of cases) {
    const shipped = evaluate(c.situation, { today: '2026-11-23' });
    expect([c.file, shipped]).toEqual([c.file, evaluate(c.situation, { today: '2026-11-23', tables: fullTables })]);
  }
});

it('packing keeps every region, source and dated value the engine reads', () => {
  const unpacked = unpackTables(packTables(fullTables));
  expect(unpacked.provinces).toEqual(fullTables.provinces);
  expect(unpacked.cities).toEqual(fullTables.cities);
  // Everything the report's sources show: also when the value was typed, how it was read and through what (issue 19).
  const sourceView = ({
    id,
    title,
    docNo,
    url,
    confidence,
    verified,
    recorded,
    readAs,
    via,
    facts,
  }: PolicyTables['sources'][string]) => ({
    id,
    title,
    docNo,
    url,
    confidence,
    verified,
    recorded,
    readAs,
    ...(via ? { via } : {}),
    ...(facts ? { facts } : {}),
  });
  expect(unpacked.sources).toEqual(
    Object.fromEntries(Object.entries(fullTables.sources).map(([k, s]) => [k, sourceView(s)])),
  );
  for (const [code, j] of Object.entries(fullTables.jurisdictions)) {
    const values = Object.entries(j.rules).map(([key, vs]) => [
      key,
      vs.map(({ from, to, value, source, confidence, pattern }) => ({
        from,
        to: to ?? undefined,
        value,
        source,
        confidence,
        pattern,
      })),
    ]);
    const shipped = Object.entries(unpacked.jurisdictions[code].rules).map(([key, vs]) => [
      key,
      vs.map(({ from, to, value, source, confidence, pattern }) => ({ from, to, value, source, confidence, pattern })),
    ]);
    expect([code, unpacked.jurisdictions[code].name, unpacked.jurisdictions[code].level, shipped]).toEqual([
      code,
      j.name,
      j.level,
      values,
    ]);
  }
  expect(policyTables).toEqual(unpacked);
});
