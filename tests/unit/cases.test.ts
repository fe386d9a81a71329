// Every public case and every case of our own, through evaluate(), checked with the README's matching rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, policyTables } from '../../engine';
import { definedFacts } from '../../scripts/policy-docs';
import { caseLayoutProblems, ENGINE_STEPS, isRuleKind } from '../case-folders';
import { CASES_TODAY, levelProblems } from '../case-levels';
import { loadCases, OWN_DIR, pendingCases, SHARED_DIR, sharedCasesDir, SNAPSHOT_DIR } from '../cases';
import { checkCase } from '../match';
import { existsSync } from 'node:fs';

const pending = pendingCases();
// Cases without asOf mean "today"; pin today so the suite does not change with the calendar.
const TODAY = CASES_TODAY;

describe.each([
  ['shared', sharedCasesDir()],
  ['own', OWN_DIR],
])('%s cases', (_label, dir) => {
  const cases = loadCases(dir);
  it('exist', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    const run = pending[c.file] ? it.skip : it;
    run(`${c.file}: ${c.name}`, () => {
      const report = evaluate(c.situation, { today: TODAY });
      expect(checkCase(report, c.expect)).toEqual([]);
    });
  }
});

it('the in-repo snapshot of the shared cases is current', () => {
  if (!existsSync(SHARED_DIR)) return; // CI without ../shared runs the snapshot
  for (const c of loadCases(SHARED_DIR)) {
    expect(readFileSync(join(SNAPSHOT_DIR, c.file), 'utf8')).toBe(readFileSync(join(SHARED_DIR, c.file), 'utf8'));
  }
});

it('the facts our own cases name exist: a fact of docs/policy-facts.md or a source of the policy tables', () => {
  const facts = definedFacts(readFileSync(join(__dirname, '../../docs/policy-facts.md'), 'utf8'));
  for (const c of loadCases(OWN_DIR)) {
    for (const id of c.facts) {
      if (!facts.has(id) && !policyTables.sources[id]) throw new Error(`${c.file}: unknown fact or source "${id}"`);
    }
  }
});

it('each own case sits in a jurisdiction folder (<code>-<name>/) and names the rule it exercises', () => {
  const codes = new Set(['000000', ...Object.keys(policyTables.jurisdictions)]);
  for (const c of loadCases(OWN_DIR)) {
    const folder = c.file.split('/')[0];
    expect([c.file, /^\d{6}-[a-z]+$/.test(folder) && codes.has(folder.slice(0, 6))]).toEqual([c.file, true]);
    const known = isRuleKind(c.rule) || (!!c.rule && c.rule in ENGINE_STEPS);
    expect([c.file, c.rule, known]).toEqual([c.file, c.rule, true]);
  }
});

it('each own case sits in the folder of its rule, and each rule folder has a header naming its facts', () => {
  const facts = definedFacts(readFileSync(join(__dirname, '../../docs/policy-facts.md'), 'utf8'));
  expect(caseLayoutProblems(OWN_DIR, (id) => facts.has(id))).toEqual([]);
});

it("each own case is answered at the rules level it assumes (its region's own, or what `assumes` names)", () => {
  const problems = loadCases(OWN_DIR).flatMap((c) => levelProblems(policyTables, c));
  expect(problems).toEqual([]);
});
