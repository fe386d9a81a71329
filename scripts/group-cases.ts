// Groups the own cases by jurisdiction and rule: tests/cases/<code>-<pinyin>/<rule>/<case>.json (git mv), records
// in each case the rules level it assumes where that is not its own region's level (`assumes`, from what the engine
// resolves today) and writes every rule folder's header (scripts/case-headers.ts). Idempotent: rerun it after
// merging cases written flat. `npx tsx scripts/group-cases.ts [--move-only]`
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { policyTables } from '../engine';
import type { PolicyTables } from '../engine/policy/types';
import { assumedLevels, isRuleKind } from '../tests/case-folders';
import { resolvedLevels } from '../tests/case-levels';
import { loadCases, OWN_DIR } from '../tests/cases';
import { renderCaseHeaders } from './case-headers';

const root = join(__dirname, '..');

function move(from: string, to: string): void {
  mkdirSync(dirname(join(OWN_DIR, to)), { recursive: true });
  if (existsSync(join(OWN_DIR, to))) throw new Error(`${to} already exists: rename ${from} first`);
  try {
    execFileSync('git', ['mv', join(OWN_DIR, from), join(OWN_DIR, to)], { cwd: root, stdio: 'pipe' });
  } catch {
    renameSync(join(OWN_DIR, from), join(OWN_DIR, to)); // not tracked yet
  }
}

/** Moves every case to <place>/<rule>/<name>.json; returns the moves made (old path → new path). */
function moveCases(): Map<string, string> {
  const moves = new Map<string, string>();
  const files = (readdirSync(OWN_DIR, { recursive: true }) as string[])
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.json') && f.includes('/'));
  for (const file of files.sort()) {
    const { rule } = JSON.parse(readFileSync(join(OWN_DIR, file), 'utf8')) as { rule?: string };
    if (!rule) throw new Error(`${file}: no rule`);
    const target = `${file.split('/')[0]}/${rule}/${basename(file)}`;
    if (target === file) continue;
    move(file, target);
    moves.set(file, target);
  }
  const pendingFile = join(OWN_DIR, 'pending.json');
  if (moves.size && existsSync(pendingFile)) {
    const pending = JSON.parse(readFileSync(pendingFile, 'utf8')) as Record<string, string>;
    const renamed = Object.fromEntries(Object.entries(pending).map(([k, v]) => [moves.get(k) ?? k, v]));
    writeFileSync(pendingFile, `${JSON.stringify(renamed, null, 2)}\n`);
  }
  return moves;
}

/** Writes `assumes` into cases whose rule the engine resolves at other than their region's own level. */
function recordAssumptions(tables: PolicyTables): number {
  let written = 0;
  for (const c of loadCases(OWN_DIR)) {
    if (!isRuleKind(c.rule) || assumedLevels(c, c.rule) !== undefined) continue;
    const resolved = resolvedLevels(tables, c, c.rule);
    if (!resolved || resolved.used.join() === resolved.own) continue;
    const path = join(OWN_DIR, c.file);
    const text = readFileSync(path, 'utf8');
    const levels = resolved.used.length === 1 ? JSON.stringify(resolved.used[0]) : JSON.stringify(resolved.used);
    const ruleLine = /^(\s*)"rule": "[^"]*",\n/m.exec(text);
    if (!ruleLine || c.assumes) throw new Error(`${c.file}: add "assumes": { "${c.rule}": ${levels} } by hand`);
    const at = ruleLine.index + ruleLine[0].length;
    const line = `${ruleLine[1]}"assumes": { ${JSON.stringify(c.rule)}: ${levels.replace(/","/g, '", "')} },\n`;
    writeFileSync(path, text.slice(0, at) + line + text.slice(at));
    written++;
  }
  return written;
}

const moves = moveCases();
console.log(`moved ${moves.size} cases`);
if (!process.argv.includes('--move-only')) {
  console.log(`recorded the assumed level in ${recordAssumptions(policyTables)} cases`);
  const tables = JSON.parse(readFileSync(join(root, 'engine/policy/tables.generated.json'), 'utf8')) as PolicyTables;
  const headers = renderCaseHeaders(tables, readFileSync(join(root, 'docs/policy-facts.md'), 'utf8'));
  for (const h of headers) writeFileSync(join(root, h.path), h.text);
  console.log(`wrote ${headers.length} rule folder headers`);
}
