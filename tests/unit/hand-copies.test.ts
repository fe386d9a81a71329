// Values that used to be copied by hand, each now checked against its one source (structure review 3, § 3.4).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyTables } from '../../engine';
import { INTERNAL_MESSAGE } from '../../engine/explain/errors';
import { INTERNAL } from '../../functions/platform/invoke';

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
