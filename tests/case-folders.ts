// The own cases' layout, tests/cases/<code>-<pinyin>/<rule>/<case>.json with a README.md per rule folder, and the
// rules level each case assumes: what tests/unit/cases.test.ts checks, scripts/group-cases.ts arranges and
// scripts/case-headers.ts writes the headers from. No policy tables loaded here (policies:build imports it);
// what the engine resolves is in tests/case-levels.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_VALUE_SCHEMAS, type RuleKey } from '../engine/policy/schema';
import type { JurisdictionLevel } from '../engine/policy/types';
import type { Case } from './cases';

/** The header every rule folder starts with. */
export const HEADER = 'README.md';

/** Engine steps that are not a policy rule kind but still deserve cases of their own: what they do, and why. */
export const ENGINE_STEPS: Record<string, { label: string; code: string; facts: string[]; reading: string }> = {
  'input.validation': {
    label: '输入检查',
    code: 'engine/validate.ts',
    facts: ['F23'],
    reading:
      '不合法的输入给出点名字段的中文提示，不给结论；原退休年龄只能是 50、55、60 岁，即 F23 渐进式延迟退休所分的三类职工。',
  },
  'region.lookup': {
    label: '找到参保地',
    code: 'engine/policy/regions.ts, engine/places/ambiguous.ts',
    facts: ['F06'],
    reading: '等待期等规则“由各省份根据自身情况确定”（F06），所以先要认出参保的城市或省份，认不出就给候选，不猜。',
  },
  'medical.uninsured': {
    label: '没有医保的月份',
    code: 'engine/rules/medical.ts',
    facts: ['F06'],
    reading: '“断保期间和待遇等待期内发生的医疗费用不纳入医疗保险统筹基金支付”（F06）：这些月份在月历里标为没有保障。',
  },
  'medical.covered': {
    label: '有医保的月份',
    code: 'engine/rules/medical.ts',
    facts: ['F06'],
    reading: '按时连续缴费、没有断保也不在等待期的月份，统筹基金照常支付（F06 的反面）。',
  },
  'report.notices': {
    label: '报告提示',
    code: 'engine/rules/notices.ts',
    facts: ['F07', 'F12'],
    reading:
      '同一个月既有职工医保又有居民医保时提示重复参保（43号 不得重复参保、重复享受待遇，F12）；只有真正按上一级或全国做法估算的规则才提示“估算”，各地口径不一（F07）时不把估算说成当地规定。',
  },
};

export const isRuleKind = (rule: string | undefined): rule is RuleKey => !!rule && rule in RULE_VALUE_SCHEMAS;

/** The levels a case's `assumes` names for `rule` (a level, a list, or [] for "not looked up"), or undefined. */
export function assumedLevels(c: Case, rule: string): JurisdictionLevel[] | undefined {
  const named = c.assumes?.[rule];
  return named === undefined ? undefined : ([] as JurisdictionLevel[]).concat(named);
}

const listDirs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isDirectory())
    .sort();

/**
 * Layout problems of an own-cases folder: a case outside a rule folder, a case whose `rule` is not its folder, a
 * rule folder without its header, a header naming no fact of `knownFacts`.
 */
export function caseLayoutProblems(dir: string, knownFacts: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const place of listDirs(dir)) {
    for (const f of readdirSync(join(dir, place)).sort())
      if (f.endsWith('.json'))
        problems.push(
          `${place}/${f}：用例不在规则文件夹里（应放在 ${place}/<rule>/ 下；运行 npx tsx scripts/group-cases.ts）`,
        );
    for (const rule of listDirs(join(dir, place))) {
      const folder = join(dir, place, rule);
      for (const f of readdirSync(folder).sort()) {
        if (!f.endsWith('.json')) continue;
        const named = (JSON.parse(readFileSync(join(folder, f), 'utf8')) as Case).rule;
        if (named !== rule) problems.push(`${place}/${rule}/${f}：用例的 rule 是 ${named}，却放在 ${rule}/ 文件夹里`);
      }
      const header = join(folder, HEADER);
      if (!existsSync(header)) {
        problems.push(`${place}/${rule}/：规则文件夹没有 ${HEADER}（写明测的规则、事实和采用的读法）`);
        continue;
      }
      const ids = readFileSync(header, 'utf8').match(/(?<![A-Za-z0-9_])[FCPR]\d{2}(?![0-9A-Za-z_])/g) ?? [];
      if (!ids.some(knownFacts))
        problems.push(`${place}/${rule}/${HEADER}：没有写出它依据的事实（docs/policy-facts.md 的编号）`);
    }
  }
  return problems;
}
