// The client's static city list (client/src/data/cities.ts: which cities have their own rules) is generated
// from policies/ by `npm run policies:build`; it must match the policy files in this checkout.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('client/src/data/cities.ts is current with policies/ (npm run policies:check)', () => {
  const root = join(__dirname, '../..');
  const run = spawnSync('npx', ['tsx', 'scripts/build-policies.ts', '--check'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
