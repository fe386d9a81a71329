// Copy-paste check (`npm run dup`, a step of `npm test`): jscpd looks for blocks of 6 or more lines repeated in
// engine/, functions/ or client/src/, and the run fails on any such block not in the allow-list below.
// Usage: node scripts/check-duplication.mjs [root]   (root defaults to the repository; tests pass a fixture)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = process.argv[2] ?? repo;
const SCANNED = ['engine/', 'functions/', 'client/src/'];
const MIN_LINES = 6;

/**
 * Repeated blocks that are deliberate. Each entry names both files (repository paths) and says why the repetition
 * is better than a shared helper; a clone between these two files is then allowed. Keep it short.
 */
const ALLOW = [
  // (none at present) e.g. { files: ['engine/a.ts', 'engine/b.ts'], why: 'two policy eras spelled out side by side' },
];

const allowed = (a, b) => ALLOW.some(({ files: [x, y] }) => (x === a && y === b) || (x === b && y === a));

const out = mkdtempSync(join(tmpdir(), 'jscpd-'));
try {
  const run = spawnSync(
    join(repo, 'node_modules', '.bin', 'jscpd'),
    [
      '--min-lines',
      String(MIN_LINES),
      '--format',
      'typescript,tsx',
      '--reporters',
      'json',
      '--silent',
      '--output',
      out,
      // Only engine/, functions/ and client/src are checked; generated data is not code anyone edits.
      '--ignore',
      '**/node_modules/**,tests/**,local/**,scripts/**,client/config/**,client/scripts/**,client/types/**,' +
        'client/dist/**,cloudfunctions/**,**/*.generated.*,client/src/data/cities.ts',
      '.',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stderr || run.stdout || 'jscpd failed\n');
    process.exit(run.status ?? 1);
  }
  const report = JSON.parse(readFileSync(join(out, 'jscpd-report.json'), 'utf8'));
  const inScope = (name) => SCANNED.some((p) => name.startsWith(p));
  const clones = report.duplicates.filter(
    (d) => inScope(d.firstFile.name) && inScope(d.secondFile.name) && !allowed(d.firstFile.name, d.secondFile.name),
  );
  const where = (f) => `${f.name}:${f.start}-${f.end}`;
  for (const d of clones) {
    console.error(`repeated block (${d.lines} lines): ${where(d.firstFile)} = ${where(d.secondFile)}`);
  }
  console.log(
    `${report.statistics.total.sources} files checked, ${clones.length} repeated block(s) of ${MIN_LINES}+ lines` +
      ` outside the allow-list (${ALLOW.length} allowed pair(s))`,
  );
  process.exit(clones.length ? 1 : 0);
} finally {
  rmSync(out, { recursive: true, force: true });
}
