// The client's static data (client/src/data/cities.ts: kinds of local rules per city; policy-basis.ts: the
// 「政策依据」 page) is generated from policies/; it must match the policy files in this checkout.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('client/src/data is current with policies/ (npm run policies:check)', () => {
  const root = join(__dirname, '../..');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, ['scripts/build-policies.ts', '--check'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
