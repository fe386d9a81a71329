// `npm run bench`: prints numbers, asserts nothing (targets are in the issue notes, not in tests).
//   evaluate latency over the case corpus (p50/p99), bundled evaluate size, cold require time of the bundle.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../engine';
import { loadCases, OWN_DIR, sharedCasesDir } from '../tests/cases';

const root = join(__dirname, '..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function benchEvaluate() {
  const situations = [...loadCases(sharedCasesDir()), ...loadCases(OWN_DIR)].map((c) => c.situation);
  for (let i = 0; i < 200; i++) for (const s of situations) evaluate(s, { today: '2026-11-23' }); // warm up
  const times: number[] = [];
  const rounds = 50;
  for (let r = 0; r < rounds; r++) {
    for (const s of situations) {
      const t0 = performance.now();
      evaluate(s, { today: '2026-11-23' });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`evaluate: ${times.length} calls over ${situations.length} cases  p50 ${percentile(times, 50).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms  max ${times[times.length - 1].toFixed(3)} ms  (target p99 ≤ 1 ms)`);
}

function benchBundle() {
  execFileSync('node', ['scripts/build-functions.mjs'], { cwd: root, stdio: 'ignore' });
  const bundle = join(root, 'cloudfunctions/evaluate/index.js');
  console.log(`evaluate bundle: ${(statSync(bundle).size / 1024).toFixed(1)} KB  (target ≤ 200 KB)`);
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    // A fresh process each time: what a cold cloud-function start pays to load the code.
    const out = execFileSync('node', ['-e', `const t=process.hrtime.bigint();require(${JSON.stringify(bundle)});console.log(Number(process.hrtime.bigint()-t)/1e6)`], { cwd: root });
    samples.push(Number(out.toString().trim()));
  }
  samples.sort((a, b) => a - b);
  console.log(`evaluate cold require: median ${samples[3].toFixed(1)} ms  min ${samples[0].toFixed(1)} ms  max ${samples[6].toFixed(1)} ms  (target ≤ 50 ms)`);
}

benchEvaluate();
benchBundle();
