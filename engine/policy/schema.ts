// The one definition of every policy rule kind: its Chinese label, what each field means, its unit and allowed
// values (zod schemas with metadata). The compiler checks the YAML against it, RULES.md is generated from it, and
// the TypeScript types in ./types.ts are inferred from it. An unknown rule key or field is an error.
import type { z } from 'zod';
import { EMPLOYEE_KINDS } from './kinds-employee';
import { LIFE_KINDS } from './kinds-life';
import { PENSION_KINDS } from './kinds-pension';
import { RESIDENT_KINDS } from './kinds-resident';

export { RULE_CATEGORIES, resumeBand, type RuleCategory } from './schema-fields';
export * from './policy-files';

/** Every rule kind, by key, in the order RULES.md lists them (one file per group of kinds). */
type Kinds = typeof EMPLOYEE_KINDS & typeof RESIDENT_KINDS & typeof PENSION_KINDS & typeof LIFE_KINDS;
export const RULE_KINDS: Kinds = Object.assign({}, EMPLOYEE_KINDS, RESIDENT_KINDS, PENSION_KINDS, LIFE_KINDS);

export type RuleKey = keyof typeof RULE_KINDS;
export type RuleValueOf<K extends RuleKey> = z.infer<(typeof RULE_KINDS)[K]['schema']>;

/** The value schema of each rule kind (kept for callers that only need validation). */
export const RULE_VALUE_SCHEMAS = Object.fromEntries(Object.entries(RULE_KINDS).map(([key, k]) => [key, k.schema])) as {
  [K in RuleKey]: (typeof RULE_KINDS)[K]['schema'];
};
