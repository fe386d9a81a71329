// Loads the public cases (../shared/cases, or the snapshot in tests/shared-cases when that folder is absent)
// and the project's own cases (tests/cases).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { JurisdictionLevel } from '../engine/policy/types';

export interface Case {
  file: string;
  name: string;
  /** The rule the case exercises: a rule kind of engine/policy/schema.ts, or an engine step (see tests/unit/cases.test.ts). */
  rule?: string;
  facts: string[];
  /**
   * The rules level(s) the case assumes for a rule, where that is not its region's own level: e.g.
   * `{ "employee.resume": "national" }`; `[]` = the rule is not looked up (tests/case-folders.ts).
   */
  assumes?: Record<string, JurisdictionLevel | JurisdictionLevel[]>;
  situation: Record<string, unknown>;
  expect: Record<string, unknown>;
}

const ROOT = join(__dirname, '..');
export const SHARED_DIR = join(ROOT, '..', 'shared', 'cases');
export const SNAPSHOT_DIR = join(ROOT, 'tests', 'shared-cases');
export const OWN_DIR = join(ROOT, 'tests', 'cases');

/** Every case file under `dir`, recursively (own cases are grouped per jurisdiction and rule: `<code>-<name>/<rule>/…`). */
export function loadCases(dir: string): Case[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('pending.json'))
    .sort()
    .map((f) => ({ file: f, ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function sharedCasesDir(): string {
  return existsSync(SHARED_DIR) ? SHARED_DIR : SNAPSHOT_DIR;
}

/** Cases the engine cannot answer yet, by file name, with the reason: the one visible place for them. */
export function pendingCases(): Record<string, string> {
  const file = join(OWN_DIR, 'pending.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}
