// The property names the bundles shorten (scripts/internal-props.mjs) must be the engine's own: a name the report,
// the Situation, the policy tables, a stored document or the local server also use would come out shortened in an
// answer, or be read under a name the data does not have. (The client gets only the contract's JSON, and the Taro
// build shortens nothing, so its own names do not matter.)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function sources(dir: string, skip = /^$/): string[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|json)$/.test(f) && !skip.test(f))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'));
}

const identifiers = (texts: string[]) => new Set(texts.flatMap((t) => t.match(/[A-Za-z_$][\w$]*/g) ?? []));
const engineFiles = readdirSync(join(root, 'engine')).filter((f) => f.endsWith('.ts'));
/** Where a name is part of data that crosses the bundle's edge: contract, shapes, tables, platform, local server. */
const outside = identifiers([
  ...engineFiles
    .filter((f) => /^(contract|shape|situation-shape|validate|index|time)/.test(f))
    .map((f) => readFileSync(join(root, 'engine', f), 'utf8')),
  // The tables' shapes and files; resolve.ts and regions.ts are the engine's code that reads them.
  ...sources('engine/policy', /^(resolve|regions)\.ts$/),
  ...sources('engine/places'),
  ...sources('functions'),
  ...sources('local'),
]);
/** engine/ without comments, and without types' indexed access (`Timeline['openUntil']`: no property at runtime). */
const engineText = sources('engine')
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
  .replace(/\b[A-Z]\w*\['\w+'\]/g, '');

/** Why `name` may not be shortened, or null. */
function problem(name: string): string | null {
  if (outside.has(name)) return `${name}: used outside the engine's own code (contract, tables, functions, local)`;
  if (new RegExp(`['"\`]${name}['"\`]`).test(engineText)) return `${name}: written as a string in engine/`;
  // `import * as say` reads exports as properties of the namespace, which esbuild does not rename.
  if (new RegExp(`export\\s+(async\\s+)?(function|const|let|class)\\s+${name}\\b`).test(engineText))
    return `${name}: an exported name`;
  if (!new RegExp(`\\b${name}\\b`).test(engineText)) return `${name}: not in engine/ (stale)`;
  return null;
}

function internalProps(): string[] {
  const r = spawnSync(
    'node',
    [
      '--input-type=module',
      '-e',
      "const m = await import('./scripts/internal-props.mjs'); console.log(JSON.stringify(m.INTERNAL_PROPS))",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(r.stdout);
}

it('every shortened property name is internal to the engine', () => {
  const names = internalProps();
  expect(names.length).toBeGreaterThan(50);
  expect(names.map(problem).filter((p) => p !== null)).toEqual([]);
});

it('refuses a report field, a Situation field, a table field, a name written as a string and an export', () => {
  expect(problem('benefitsFrom')).toMatch(/outside/); // the report's
  expect(problem('monthlyBase')).toMatch(/outside/); // the Situation's
  expect(problem('maxGapMonths')).toMatch(/outside/); // a policy value's
  expect(problem('residentYear')).toMatch(/string/); // engine/rules/remedies/table.ts: a value of `pays`
  expect(problem('yearCapNote')).toMatch(/exported/); // engine/explain/options.ts, read as say.yearCapNote
  expect(problem('notAPropertyAnywhere')).toMatch(/stale/);
});
