// Security probe 3, P52–P54 over HTTP: inputs the engine answered with INTERNAL (pension for women born before 1948
// and men born before 1938, an employee resume before 2000, employer arrears asked about before 2011-07). The fix is
// in the engine (helper adv-fix); this is the local runtime's regression test that the answer is a report or a
// field error, never INTERNAL or a 500.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type LocalServer } from '../../local/server';

const INPUTS: [string, unknown][] = [
  [
    'P52 pension, woman born 1945-03',
    {
      asOf: '2026-12-07',
      city: '北京',
      gender: 'female',
      birth: '1945-03',
      concerns: ['medical', 'pension'],
      periods: [{ scheme: 'employee', from: '2019-07', to: '2026-09' }],
    },
  ],
  [
    'P52 planner pension, man born 1937-12',
    {
      asOf: '2026-12-07',
      city: '深圳',
      gender: 'male',
      birth: '1937-12',
      periods: [{ scheme: 'employee', from: '2019-01', to: null }],
      plan: { stopAfter: '2026-12', resumeFrom: null, bridge: 'none' },
    },
  ],
  [
    'P53 employee resume in 1998-09',
    {
      asOf: '2026-12-07',
      city: '深圳',
      periods: [
        { scheme: 'employee', from: '1998-01', to: '1998-06' },
        { scheme: 'employee', from: '1998-09', to: null },
      ],
    },
  ],
  [
    'P54 employer arrears asked on 2005-12-22',
    {
      asOf: '2005-12-22',
      city: '深圳',
      gapReason: 'employer',
      periods: [{ scheme: 'employee', from: '2005-01', to: '2005-09' }],
    },
  ],
];

let dataDir: string;
let server: LocalServer;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sdjz-p52-'));
  server = await startLocalServer({ port: 0, dataDir, log: () => undefined, dispatchIntervalMs: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// Depends on the engine fix of helper adv-fix: skipped until that fix is on this branch (it fails on 23cfb57 for
// all four inputs' evaluate and for P53/P54's share create; docs/reviews/security-probe-3.md).
describe.skip.each(INPUTS)('%s', (_name, situation) => {
  it.each(['evaluate', 'share'])('%s answers a report or a field error, never INTERNAL', async (fn) => {
    const origin = server.url.replace(/\/$/, '');
    const body = fn === 'share' ? { action: 'create', situation } : situation;
    const res = await fetch(`${server.url}api/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { error?: { code: string } };
    expect(json.error?.code ?? 'OK').not.toBe('INTERNAL');
  });
});
