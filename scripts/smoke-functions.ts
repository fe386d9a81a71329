// The deployable bundles, loaded the way the cloud loads them (with a stand-in for wx-server-sdk and no OPENID, so
// nothing is stored), must answer exactly like the engine: catches bundling mistakes such as a broken text encoding
// or a shortened property name (scripts/internal-props.mjs) that an answer shows. Every own and shared case is asked.
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { evaluate, todayInChina } from '../engine';
import { loadCases, OWN_DIR, sharedCasesDir } from '../tests/cases';

const root = join(__dirname, '..');
const requireBundle = createRequire(join(root, 'package.json'));
const standIn = {
  DYNAMIC_CURRENT_ENV: 'smoke',
  init() {},
  getWXContext: () => ({}),
  database: () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('the smoke test must not reach the database');
        },
      },
    ),
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loader = Module as any;
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'wx-server-sdk' ? standIn : load.call(this, request, ...rest);
};
const { main } = requireBundle(join(root, 'cloudfunctions/evaluate/index.js'));
const situations = [
  {
    city: '武汉',
    hukou: 'local',
    gapReason: 'jobChange',
    periods: [{ scheme: 'employee', from: '2018-01', to: '2026-08' }],
    concerns: ['medical', 'pension'],
  },
  { city: '苏州', periods: [{ scheme: 'flexible', from: '2026-10', to: null }] },
  { city: '火星', periods: [] },
];
async function run() {
  let failed = 0;
  const cases = [...loadCases(OWN_DIR), ...loadCases(sharedCasesDir())];
  for (const c of cases) {
    const fromBundle = await main(c.situation);
    const fromEngine = evaluate(c.situation, { today: todayInChina(new Date()) });
    if (JSON.stringify(fromBundle) !== JSON.stringify(fromEngine)) {
      failed++;
      console.log(`DIFFERENT: case ${c.file}`);
    }
  }
  console.log(`${cases.length} cases asked, ${failed} answered differently`);
  for (const situation of situations) {
    const fromBundle = await main({ ...situation, userInfo: { appId: 'smoke' } });
    const fromEngine = evaluate(situation, { today: todayInChina(new Date()) });
    const same = JSON.stringify(fromBundle) === JSON.stringify(fromEngine);
    if (!same) failed++;
    console.log(
      `${same ? 'same' : 'DIFFERENT'}: ${situation.city} → ${fromBundle.error ? fromBundle.error.message : fromBundle.items?.[0]?.summary?.slice(0, 30)}`,
    );
  }
  if (failed) {
    console.error(`${failed} bundled answer(s) differ from the engine's`);
    process.exit(1);
  }
}
run();
