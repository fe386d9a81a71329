// `npm test`: everything a clean checkout must pass, in order, failing fast.
//   1. policy files valid and the generated table current     4. cloud functions bundle
//   2. gates: types (root and client), Prettier, ESLint        4b. the bundle answers like the engine
//      (incl. size limits), knip (dead code), jscpd          5. weapp build + package check
//      (copy-paste), import cycles, bundle budgets
//   3. jest (engine, cases, client utils, handlers, local      6. H5 build + real-browser test
//      server), and the time-zone-sensitive suites again
//      under two more zones
// TEST_SKIP_BUILDS=1 runs only 1–3 (quick loop while editing).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(title, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

step('policies: schema, sources, effective dates, generated table current', bin('tsx'), [
  'scripts/build-policies.ts',
  '--check',
]);
step('typecheck (engine, functions, local, scripts, tests)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('typecheck (client)', bin('tsc'), ['-p', 'client', '--noEmit']);
step('format (Prettier --check)', bin('prettier'), ['--check', '--cache', '--log-level', 'warn', '.']);
step('lint (ESLint: TypeScript, React hooks, size limits)', bin('eslint'), [
  '.',
  '--max-warnings',
  '0',
  '--cache',
  '--cache-location',
  'node_modules/.cache/eslint/',
]);
step('dead code (knip)', bin('knip'), []);
step('copy-paste (jscpd, 6+ lines)', 'node', ['scripts/check-duplication.mjs']);
step('import cycles (none allowed)', 'node', ['scripts/check-cycles.mjs']);
step('cloud function bundles within their budgets (esbuild, in memory)', 'node', [
  'scripts/build-functions.mjs',
  '--check',
]);
step('jest (TZ=UTC)', bin('jest'), ['--ci'], { TZ: 'UTC' });
for (const tz of ['Asia/Shanghai', 'America/New_York']) {
  step(
    `jest time-sensitive suites (TZ=${tz})`,
    bin('jest'),
    [
      '--ci',
      'tests/unit/cases',
      'tests/unit/engine',
      'tests/unit/time',
      'tests/unit/properties',
      'tests/unit/reminders',
      'tests/unit/dispatch',
      'tests/unit/share',
      'tests/unit/lifecycle',
      'tests/unit/validate-bounds',
      'tests/client',
    ],
    { TZ: tz, PROPERTY_RUNS: '1000' },
  );
}
if (process.env.TEST_SKIP_BUILDS) process.exit(0);
step('bundle cloud functions', 'node', ['scripts/build-functions.mjs']);
step('bundled evaluate answers like the engine', bin('tsx'), ['scripts/smoke-functions.ts'], { TZ: 'UTC' });
step('weapp build', 'npm', ['run', '-s', 'build:weapp']);
step('weapp package check', 'node', ['scripts/check-weapp.mjs']);
step('h5 build', 'npm', ['run', '-s', 'build:h5']);
step('browser test (chromium + local server)', bin('jest'), ['--ci', '--config', 'jest.browser.config.js']);
