// What rules level the engine resolves a case's rule at, against the level the case assumes (`assumes`, else its
// region's own level): tests/unit/cases.test.ts fails when they differ, and scripts/group-cases.ts records it.
import { regionOf } from '../engine';
import { decide } from '../engine/decide';
import type { RuleKey } from '../engine/policy/schema';
import type { JurisdictionLevel, PolicyTables } from '../engine/policy/types';
import { explain } from '../engine/report';
import { validateSituation } from '../engine/validate';
import { assumedLevels, isRuleKind } from './case-folders';
import type { Case } from './cases';

/** The day cases without asOf are evaluated on (tests/unit/cases.test.ts pins the same day). */
export const CASES_TODAY = '2026-11-23';

/**
 * The levels the engine resolved `rule` at for this case (most specific first), and the level of the case's own
 * region: what `assumes` is checked against. Undefined for a case the engine refuses (input or region errors).
 */
export function resolvedLevels(
  tables: PolicyTables,
  c: Case,
  rule: RuleKey,
): { used: JurisdictionLevel[]; own: JurisdictionLevel } | undefined {
  const validated = validateSituation(c.situation, CASES_TODAY);
  if (!validated.ok) return undefined;
  const region = regionOf(tables, validated.situation.city);
  if ('error' in region) return undefined;
  // As evaluate() does for a shown report: the explanation (notices, to-dos, prices) looks rules up too.
  const decision = decide(tables, region, validated.situation);
  explain(tables, region, validated.situation, decision);
  return { used: decision.ctx.levelsUsed(rule), own: region.level };
}

/**
 * A case's level problems: each rule it assumes (its own `rule` always, at its region's own level unless `assumes`
 * says otherwise) must be resolved at exactly the levels assumed, so a city or province rule added later cannot
 * silently change what a national case tests.
 */
export function levelProblems(tables: PolicyTables, c: Case): string[] {
  const rules = new Set([...(isRuleKind(c.rule) ? [c.rule] : []), ...Object.keys(c.assumes ?? {})]);
  const problems: string[] = [];
  for (const rule of rules) {
    if (!isRuleKind(rule)) {
      problems.push(`${c.file}：assumes 里的 ${rule} 不是规则种类`);
      continue;
    }
    const resolved = resolvedLevels(tables, c, rule);
    if (!resolved) continue;
    const assumed = assumedLevels(c, rule) ?? [resolved.own];
    if (assumed.join('+') !== resolved.used.join('+'))
      problems.push(
        `${c.file}：用例假定 ${rule} 按 ${assumed.join('+') || '（不查）'} 一级的规则回答，引擎实际用的是 ${resolved.used.join('+') || '（没有查）'}；` +
          '核对新规则下的答案，改 expect；再删掉这条 assumes，运行 npx tsx scripts/group-cases.ts 重新记下',
      );
  }
  return problems;
}
