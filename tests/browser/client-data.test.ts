// The client's static city list (client/src/data/cities.ts: which cities have their own rules) is generated
// from policies/; it must match the policy files in this checkout.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('client/src/data/cities.ts is current with policies/ (node client/scripts/gen-cities.mjs)', () => {
  const root = join(__dirname, '../..');
  const run = spawnSync('node', ['client/scripts/gen-cities.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
