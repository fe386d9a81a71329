// Reads policies/**/*.yaml, checks them (schema, sources, effective dates) and writes the table the engine reads.
//   npm run policies:build   writes engine/policy/tables.generated.json
//   npm run policies:check   only checks, and fails if the generated table is out of date
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { compilePolicies, PolicyError, type PolicyFile } from '../engine/policy/compile';

const root = join(__dirname, '..');
export const GENERATED = join(root, 'engine/policy/tables.generated.json');

function readYaml(path: string): PolicyFile {
  return { path: relative(root, path), data: parse(readFileSync(path, 'utf8')) };
}

export function loadPolicyFiles(policiesDir = join(root, 'policies')) {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const jurisdictionPaths = [
    join(policiesDir, 'national.yaml'),
    ...list(join(policiesDir, 'province')),
    ...list(join(policiesDir, 'city')),
  ];
  return { regions: readYaml(join(policiesDir, 'regions.yaml')), jurisdictions: jurisdictionPaths.map(readYaml) };
}

export function renderTables(): string {
  const files = loadPolicyFiles();
  return `${JSON.stringify(compilePolicies(files.regions, files.jurisdictions), null, 1)}\n`;
}

if (require.main === module) {
  const checkOnly = process.argv.includes('--check');
  let text: string;
  try {
    text = renderTables();
  } catch (error) {
    if (error instanceof PolicyError) {
      console.error(`policy check failed:\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const tables = JSON.parse(text);
  const summary = `${Object.keys(tables.jurisdictions).length} jurisdictions, ${Object.keys(tables.sources).length} sources, ${tables.cities.length} cities`;
  if (checkOnly) {
    const current = existsSync(GENERATED) ? readFileSync(GENERATED, 'utf8') : '';
    if (current !== text) {
      console.error('engine/policy/tables.generated.json is out of date: run `npm run policies:build`');
      process.exit(1);
    }
    console.log(`policies ok: ${summary}`);
  } else {
    writeFileSync(GENERATED, text);
    console.log(`wrote ${relative(root, GENERATED)}: ${summary}`);
  }
}
