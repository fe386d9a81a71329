// Import-cycle check (`npm run cycles`, a step of `npm test`): builds the import graph of engine/, functions/,
// local/, client/src/ and scripts/ (every relative import, type-only ones too: a cycle of types still ties the files
// together) and fails on any cycle not in the allow-list below, and on an allow-list entry that is no longer a cycle.
// Usage: node scripts/check-cycles.mjs [root]   (root defaults to the repository; tests pass a fixture)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = process.argv[2] ?? repo;
const SCANNED = ['engine', 'functions', 'local', 'client/src', 'scripts'];
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js'];

/**
 * Cycles that exist today and are being removed (structure review 3, § 3.1). Each entry is one cycle's files
 * exactly (a strongly connected component of the graph). This list may only shrink: an entry whose files are no
 * longer exactly one cycle fails the check, so a cycle made smaller must be written here smaller.
 */
const ALLOW = [];

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => EXTENSIONS.some((e) => f.endsWith(e)) && !f.includes('node_modules') && statSync(f).isFile());
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier);
  const stem = base.replace(/\.(js|mjs)$/, '');
  const candidates = [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** file → the files it imports (repository paths). */
function importGraph(at = root) {
  const graph = new Map();
  for (const file of SCANNED.flatMap((d) => sourceFiles(join(at, d)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t) => t && t !== file);
    graph.set(relative(at, file), [...new Set(targets.map((t) => relative(at, t)))]);
  }
  return graph;
}

/** The graph's cycles: strongly connected components of two or more files (Tarjan), each as sorted paths. */
function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = cycles(importGraph());
  const key = (files) => files.join(' ');
  // CYCLES_ALLOW (JSON, a list of cycles) adds entries, which tests/unit/gates.test.ts uses to plant a stale one.
  const planted = JSON.parse(process.env.CYCLES_ALLOW ?? '[]');
  const allowed = new Set([...ALLOW, ...planted].map((files) => key([...files].sort())));
  const actual = new Set(found.map(key));
  const problems = [
    ...found.filter((c) => !allowed.has(key(c))).map((c) => `import cycle: ${c.join(' → ')} (→ back to the first)`),
    ...[...allowed]
      .filter((a) => !actual.has(a))
      .map((a) => `allow-list entry is no longer exactly a cycle, shrink or remove it: ${a}`),
  ];
  if (problems.length) {
    console.error(`${problems.join('\n')}\n(scripts/check-cycles.mjs: move the shared name into a module both import)`);
    process.exit(1);
  }
  console.log(`no import cycle outside the allow-list (${found.length} allowed, being removed)`);
}
