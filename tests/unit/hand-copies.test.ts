// Values that used to be copied by hand, each now checked against its one source (structure review 3, § 3.4).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyTables } from '../../engine';
import { INTERNAL_MESSAGE } from '../../engine/explain/errors';
import { INTERNAL } from '../../functions/platform/invoke';
import full from '../../engine/policy/tables.generated.json';
import { mythFacts } from '../../scripts/myth-facts';
import { MYTHS } from '../../client/src/data/myths';
import { MYTH_FACTS } from '../../client/src/data/myth-facts';

const root = join(__dirname, '..', '..');

it('docs/contract.md is the current snapshot of the shared contract (../shared/contract.md)', () => {
  const shared = join(root, '..', 'shared', 'contract.md');
  const snapshot = readFileSync(join(root, 'docs', 'contract.md'), 'utf8');
  expect(snapshot).toMatch(/Situation/);
  // CI without ../shared checks only that the snapshot is there.
  if (existsSync(shared)) expect(snapshot === readFileSync(shared, 'utf8')).toBe(true);
});

it('every national source id written in engine code is a source of the policy tables', () => {
  const files = (readdirSync(join(root, 'engine'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const cited = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(join(root, 'engine', f), 'utf8').matchAll(/'(nat\.[a-z0-9.-]+)'/g)) cited.add(m[1]);
  expect(cited.size).toBeGreaterThan(3);
  expect([...cited].filter((id) => !policyTables.sources[id])).toEqual([]);
});

it('the engine and the cloud functions answer an unexpected failure with the same message', () => {
  expect(INTERNAL.error.message).toBe(INTERNAL_MESSAGE);
  const local = readFileSync(join(root, 'local', 'server.ts'), 'utf8');
  expect(local).not.toMatch(/系统暂时无法/);
});

describe('the myth cards (client/src/data/myths.ts) read their numbers and sources from the policy tables', () => {
  it('each number a card states is a value of the national tables (or a count in the wording: 1, 2, 3)', () => {
    const values = new Set<string>(Object.values(MYTH_FACTS).map(String));
    for (const myth of MYTHS) {
      for (const n of `${myth.q} ${myth.a}`.match(/\d+(\.\d+)?/g) ?? []) {
        expect([myth.q, n, values.has(n) || ['1', '2', '3'].includes(n)]).toEqual([myth.q, n, true]);
      }
    }
  });

  it('a changed national value changes what the cards say (the generated file then goes stale)', () => {
    const changed = JSON.parse(JSON.stringify(full));
    const national = changed.jurisdictions['000000'];
    national.rules['resident.newbornGraceDays'][0].value = 60;
    expect(mythFacts(full as never).newbornGraceDays).toBe(MYTH_FACTS.newbornGraceDays);
    expect(mythFacts(changed).newbornGraceDays).toBe(60);
  });

  it('the cards cite sources exactly as the policy files name them', () => {
    const cited = MYTHS.flatMap((m) => m.sources);
    for (const s of cited) {
      expect(Object.values(policyTables.sources).some((p) => p.title === s.title && p.url === s.url)).toBe(true);
    }
  });
});
