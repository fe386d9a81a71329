// The gates of `npm test` (type-check, Prettier, ESLint incl. size limits, knip, jscpd, import cycles, bundle
// budgets) each fail on a planted violation: a gate
// that cannot fail proves nothing. Each test plants one violation in a throw-away copy and runs the gate's own
// command, the one scripts/test.mjs runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repo = join(__dirname, '..', '..');
const bin = (name: string) => join(repo, 'node_modules', '.bin', name);
let dir = '';

function run(cmd: string, args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? repo, input: opts.input, encoding: 'utf8', env: opts.env });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function plant(rel: string, text: string) {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

jest.setTimeout(60_000);

test('scripts/test.mjs runs every gate before jest', () => {
  const script = readFileSync(join(repo, 'scripts', 'test.mjs'), 'utf8');
  const jestAt = script.indexOf("step('jest");
  for (const gate of [
    "['-p', 'client', '--noEmit']",
    "bin('prettier')",
    "bin('eslint')",
    "bin('knip')",
    'check-duplication.mjs',
    'bundles within their budgets',
    'check-cycles.mjs',
  ]) {
    const at = script.indexOf(gate);
    expect({ gate, found: at >= 0 && at < jestAt }).toEqual({ gate, found: true });
  }
});

test('tsc -p client fails on a type error in client code', () => {
  plant('bad.ts', "export const n: number = 'not a number';\n");
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repo, 'client', 'tsconfig.json'),
      compilerOptions: { typeRoots: [join(repo, 'node_modules', '@types')] },
      include: ['bad.ts'],
    }),
  );
  const r = run(bin('tsc'), ['-p', dir, '--noEmit']);
  expect(r.status).not.toBe(0);
  expect(r.out).toMatch(/TS2322/);
});

test('Prettier --check fails on a file not in the repository style', () => {
  copyFileSync(join(repo, '.prettierrc.json'), join(dir, '.prettierrc.json'));
  const file = plant('ugly.ts', 'export const x = {a:1,b:2}\n');
  expect(run(bin('prettier'), ['--check', file], { cwd: dir }).status).not.toBe(0);
  writeFileSync(file, 'export const x = { a: 1, b: 2 };\n');
  expect(run(bin('prettier'), ['--check', file], { cwd: dir }).status).toBe(0);
});

test('ESLint fails on a hook called conditionally, and on an oversized client component', () => {
  const lint = (name: string, text: string) =>
    run(bin('eslint'), ['--max-warnings', '0', '--stdin', '--stdin-filename', name], { input: text });
  const hook = lint(
    'client/src/components/Planted.tsx',
    "import { useState } from 'react';\nexport function Planted({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
  );
  expect(hook.status).not.toBe(0);
  expect(hook.out).toMatch(/react-hooks\/rules-of-hooks/);
  const long = `export function Long() {\n${'  console.log(1);\n'.repeat(85)}  return null;\n}\n`;
  const size = lint('client/src/components/Long.tsx', long);
  expect(size.out).toMatch(/max-lines-per-function/);
  expect(lint('client/src/components/Fine.tsx', 'export const fine = 1;\n').status).toBe(0);
});

test('knip fails on an unused export', () => {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'planted', version: '1.0.0' }));
  writeFileSync(join(dir, 'knip.json'), JSON.stringify({ entry: ['index.ts'], project: ['**/*.ts'] }));
  plant('index.ts', "import { used } from './lib';\nconsole.log(used);\n");
  plant('lib.ts', 'export const used = 1;\nexport const unused = 2;\n');
  const r = run(bin('knip'), ['--directory', dir]);
  expect(r.status).not.toBe(0);
  expect(r.out).toMatch(/unused/);
});

test('the copy-paste check fails on a repeated 6-line block, in engine/ as in client/src', () => {
  const block = Array.from({ length: 8 }, (_, i) => `  total += values[${i}] * weights[${i}] + offsets[${i}];`).join(
    '\n',
  );
  const body = (name: string) =>
    `export function ${name}(values: number[], weights: number[], offsets: number[]) {\n  let total = 0;\n${block}\n  return total;\n}\n`;
  plant('engine/a.ts', body('first'));
  plant('client/src/b.ts', body('second'));
  const r = run('node', [join(repo, 'scripts', 'check-duplication.mjs'), dir]);
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/engine\/a\.ts.*client\/src\/b\.ts|client\/src\/b\.ts.*engine\/a\.ts/);
});

test('the bundle budget check fails when a function bundle is over its budget, naming it', () => {
  const r = spawnSync('node', [join(repo, 'scripts', 'build-functions.mjs'), '--check'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, BUNDLE_BUDGETS_KB: JSON.stringify({ dispatch: 1 }) },
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/cloudfunctions\/dispatch\/index\.js is [\d.]+ KB, over its budget of 1 KB/);
  expect(r.stderr).not.toMatch(/evaluate/);
});

test('ESLint holds the engine, the functions and the local runtime to the size limits', () => {
  // One function over 80 lines in a file over 250 lines: both limits.
  const planted = `export function long() {\n${'  console.log(1);\n'.repeat(85)}}\n${'// filler\n'.repeat(180)}`;
  for (const name of ['engine/rules/planted.ts', 'functions/dispatch/planted.ts', 'local/planted.ts']) {
    const r = run(bin('eslint'), ['--max-warnings', '0', '--stdin', '--stdin-filename', name], { input: planted });
    expect([name, r.status, /max-lines[^-]/.test(r.out), /max-lines-per-function/.test(r.out)]).toEqual([
      name,
      1,
      true,
      true,
    ]);
  }
});

test('every file on the size allow-list is still over a limit (the list may only shrink)', () => {
  const config = run('node', [
    '--input-type=module',
    '-e',
    "const m = await import('./eslint.config.mjs'); console.log(JSON.stringify({ list: m.SIZE_ALLOW_LIST, limits: m.SIZE_LIMITS }))",
  ]);
  const { list, limits } = JSON.parse(config.out) as { list: string[]; limits: Record<string, unknown> };
  expect(list.length).toBeGreaterThan(0);
  // The limits forced on from the command line (they override the allow-list's "off"), on the listed files only.
  const r = run(bin('eslint'), ['--no-cache', '-f', 'json', '--rule', JSON.stringify(limits), ...list]);
  const results = JSON.parse(r.out.slice(0, r.out.lastIndexOf(']') + 1)) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string }>;
  }>;
  const fits = results
    .filter((f) => !f.messages.some((m) => /^max-lines/.test(m.ruleId)))
    .map((f) => f.filePath.slice(repo.length + 1));
  expect({ 'now within the limits, remove from SIZE_ALLOW_LIST in eslint.config.mjs': fits }).toEqual({
    'now within the limits, remove from SIZE_ALLOW_LIST in eslint.config.mjs': [],
  });
});

test('the import-cycle check fails on a planted cycle, and on an allow-list entry that is no longer a cycle', () => {
  plant('engine/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
  plant('engine/b.ts', "import type { a } from './a';\nexport const b: typeof a | null = null;\n");
  plant('engine/c.ts', "import { a } from './a';\nexport const c = a;\n");
  // The repository's allow-list is empty: a planted entry (an old cycle) that the fixture does not have.
  const stale = [['engine/rules/items.ts', 'engine/rules/items-continuity.ts']];
  const env = Object.assign({}, process.env, { CYCLES_ALLOW: JSON.stringify(stale) });
  const r = run('node', [join(repo, 'scripts', 'check-cycles.mjs'), dir], { env });
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/import cycle: engine\/a\.ts → engine\/b\.ts/);
  expect(r.out).not.toMatch(/engine\/c\.ts/);
  // An allow-list entry that is not a cycle is reported as one to remove.
  expect(r.out).toMatch(
    /allow-list entry is no longer exactly a cycle, shrink or remove it: engine\/rules\/items-continuity\.ts engine\/rules\/items\.ts/,
  );
  expect(run('node', [join(repo, 'scripts', 'check-cycles.mjs')]).status).toBe(0);
});
