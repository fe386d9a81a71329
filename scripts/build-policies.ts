// Reads policies/**/*.yaml, checks them (schema, sources, effective dates, fact ids and their rule text, that every value
// cites a fact, that `verified` is claimed only for sources whose words were read, the rule definitions) and writes
// everything generated from them.
//   npm run policies:build   writes engine/policy/tables.generated.json, policies/RULES.md,
//                            client/src/data/cities.ts, client/src/data/policy-basis.ts, client/src/data/myth-facts.ts
//                            and the own cases' rule folder headers (tests/cases/<place>/<rule>/README.md, scripts/case-headers.ts)
//   npm run policies:check   only checks, and fails if any generated file is out of date
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { compilePolicies, PolicyError, type PolicyFile } from '../engine/policy/compile';
import { renderPackedTables } from '../engine/policy/pack';
import type { PolicyTables } from '../engine/policy/types';
import { renderCaseHeaders } from './case-headers';
import { renderMythFacts } from './myth-facts';
import {
  checkRuleDefinitions,
  definedFacts,
  factSections,
  factsWithoutRuleText,
  provenanceProblems,
  renderCityList,
  renderPolicyBasis,
  renderRulesMd,
  unresolvedFacts,
} from './policy-docs';

const root = join(__dirname, '..');
export const GENERATED = join(root, 'engine/policy/tables.generated.json');

function readYaml(path: string): PolicyFile {
  try {
    return { path: relative(root, path), data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    const e = error as { linePos?: Array<{ line: number; col: number }>; message: string };
    const at = e.linePos?.[0] ? `第 ${e.linePos[0].line} 行第 ${e.linePos[0].col} 列` : '';
    throw new PolicyError(`${relative(root, path)}：YAML 写法有误${at}（${e.message.split('\n')[0]}）`);
  }
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

export function loadPolicyFiles(policiesDir = join(root, 'policies')) {
  const jurisdictionPaths = [
    join(policiesDir, 'national.yaml'),
    ...listFiles(join(policiesDir, 'province'), '.yaml'),
    ...listFiles(join(policiesDir, 'city'), '.yaml'),
  ];
  return { regions: readYaml(join(policiesDir, 'regions.yaml')), jurisdictions: jurisdictionPaths.map(readYaml) };
}

export function renderTables(): string {
  const files = loadPolicyFiles();
  return `${JSON.stringify(compilePolicies(files.regions, files.jurisdictions), null, 1)}\n`;
}

/** Files whose text may cite fact ids: the policy YAML and the own test cases. */
export function citingFiles(): Array<{ path: string; text: string }> {
  return [...listFiles(join(root, 'policies'), '.yaml'), ...listFiles(join(root, 'tests/cases'), '.json')].map((p) => ({
    path: relative(root, p),
    text: readFileSync(p, 'utf8'),
  }));
}

/** Every generated file and the text it must have. */
export function generatedFiles(tables: PolicyTables, tablesText: string): Array<{ path: string; text: string }> {
  return [
    { path: 'engine/policy/tables.generated.json', text: tablesText },
    { path: 'engine/policy/tables.packed.json', text: renderPackedTables(tables) },
    { path: 'policies/RULES.md', text: renderRulesMd(tables) },
    { path: 'client/src/data/cities.ts', text: renderCityList(tables) },
    { path: 'client/src/data/policy-basis.ts', text: renderPolicyBasis(tables) },
    ...renderCaseHeaders(tables, readFileSync(join(root, 'docs/policy-facts.md'), 'utf8')),
    { path: 'client/src/data/myth-facts.ts', text: renderMythFacts(tables) },
  ];
}

/** All problems of the current checkout, in Chinese; empty when `policies:check` passes. */
export function checkAll(): {
  problems: string[];
  tables?: PolicyTables;
  files?: Array<{ path: string; text: string }>;
} {
  const problems = [...checkRuleDefinitions()];
  let text: string;
  try {
    text = renderTables();
  } catch (error) {
    if (error instanceof PolicyError) return { problems: [...problems, ...error.message.split('\n')] };
    throw error;
  }
  const tables = JSON.parse(text) as PolicyTables;
  const factsMarkdown = readFileSync(join(root, 'docs/policy-facts.md'), 'utf8');
  const sections = factSections(factsMarkdown);
  problems.push(...unresolvedFacts(definedFacts(factsMarkdown), citingFiles()));
  problems.push(...factsWithoutRuleText(sections), ...provenanceProblems(tables, sections));
  return { problems, tables, files: generatedFiles(tables, text) };
}

/** Generated files whose committed text differs from what the policy files produce now. */
export function staleFiles(files: Array<{ path: string; text: string }>): string[] {
  return files
    .filter((f) => {
      const path = join(root, f.path);
      return !existsSync(path) || readFileSync(path, 'utf8') !== f.text;
    })
    .map((f) => f.path);
}

if (require.main === module) {
  const checkOnly = process.argv.includes('--check');
  const { problems, tables, files } = checkAll();
  if (problems.length || !tables || !files) {
    console.error(`policy check failed:\n${problems.join('\n')}`);
    process.exit(1);
  }
  const summary = `${Object.keys(tables.jurisdictions).length} jurisdictions, ${Object.keys(tables.sources).length} sources, ${tables.cities.length} cities`;
  if (checkOnly) {
    const stale = staleFiles(files);
    if (stale.length) {
      console.error(`${stale.map((p) => `${p} 已过期`).join('\n')}\n运行 \`npm run policies:build\` 重新生成`);
      process.exit(1);
    }
    console.log(`policies ok: ${summary}`);
  } else {
    for (const f of files) writeFileSync(join(root, f.path), f.text);
    const headers = files.filter((f) => f.path.startsWith('tests/cases/')).length;
    const named = files.filter((f) => !f.path.startsWith('tests/cases/')).map((f) => f.path);
    console.log(`wrote ${named.join(', ')} and ${headers} case folder headers (tests/cases/*/*/README.md): ${summary}`);
  }
}
