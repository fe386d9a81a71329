// `npm run policies:report`: per jurisdiction and rule, the value in force today (China time), its confidence, how its
// source was read (official page / reprint / app data / pattern) and when it was typed and opened; then the values
// counted and listed by provenance and grade; then the values to re-verify (low, never opened, or verified > 12 months).
//   npm run policies:report [-- --date YYYY-MM-DD]
import { policyTables } from '../engine';
import { valueAt } from '../engine/policy/resolve';
import { RULE_KINDS, type RuleKey } from '../engine/policy/schema';
import type { PolicyTables } from '../engine/policy/types';
import { toMonthIndex } from '../engine/time';
import {
  compactValue,
  monthsBetween,
  type Provenance,
  PROVENANCE_WORD,
  provenanceText,
  REVERIFY_AFTER_MONTHS,
  toReverify,
  valueProvenance,
} from './policy-docs';

const CONFIDENCE_WORD = { high: '高', medium: '中', low: '低' } as const;

/** Today in China (UTC+8, no daylight saving), whatever the host's time zone. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function renderReport(tables: PolicyTables, day: string): string {
  const month = toMonthIndex(day.slice(0, 7));
  const lines = [`政策数据报告（${day}，中国时间）`, ''];
  const rank = { national: 0, province: 1, city: 2 };
  const jurisdictions = Object.values(tables.jurisdictions).sort(
    (a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code),
  );
  for (const j of jurisdictions) {
    lines.push(`${j.code} ${j.name}`);
    for (const [rule, values] of Object.entries(j.rules)) {
      const v = valueAt(values, month);
      const label = `${rule}（${RULE_KINDS[rule as RuleKey].label}）`;
      if (!v) {
        lines.push(`  ${label}：今天没有生效的取值`);
        continue;
      }
      const s = tables.sources[v.source];
      const age = s.verified ? `（${monthsBetween(s.verified, day)} 个月前）` : '';
      lines.push(
        `  ${label}：${compactValue(v.value)}｜${v.from} 起｜可信度 ${CONFIDENCE_WORD[v.confidence]}｜${v.pattern ? '全国常见做法（估算）｜' : ''}${provenanceText(s)}${age}`,
      );
    }
    lines.push('');
  }
  // Every value in force today or later, by how its text was read and by grade.
  const groups = new Map<string, string[]>();
  for (const j of jurisdictions)
    for (const [rule, values] of Object.entries(j.rules))
      for (const v of values) {
        if (v.to && toMonthIndex(v.to) < month) continue;
        const s = tables.sources[v.source];
        const key = `${valueProvenance(v, s)}|${v.confidence}`;
        const list = groups.get(key) ?? [];
        list.push(`${j.code} ${j.name} ${rule}（${v.from} 起，${s.verified ? `核对于 ${s.verified}` : '原文未打开'}）`);
        groups.set(key, list);
      }
  lines.push('按来历和可信度（今天及以后生效的取值）：');
  for (const p of Object.keys(PROVENANCE_WORD) as Provenance[])
    for (const c of ['high', 'medium', 'low'] as const) {
      const list = groups.get(`${p}|${c}`);
      if (!list) continue;
      lines.push(`  ${PROVENANCE_WORD[p]}，可信度 ${CONFIDENCE_WORD[c]}：${list.length} 项`);
      for (const item of list) lines.push(`    ${item}`);
    }
  lines.push('');
  const todo = toReverify(tables, day);
  lines.push(`待复核（可信度低、原文未打开，或超过 ${REVERIFY_AFTER_MONTHS} 个月未核实）：${todo.length} 项`);
  for (const r of todo)
    lines.push(
      `  ${r.jurisdiction} ${r.rule}（${r.from} 起）：${r.reason}${r.verified ? `；核实于 ${r.verified}` : ''}`,
    );
  return lines.join('\n');
}

if (require.main === module) {
  const i = process.argv.indexOf('--date');
  const day = i > 0 ? process.argv[i + 1] : chinaToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    console.error('--date 的格式应为 YYYY-MM-DD');
    process.exit(1);
  }
  console.log(renderReport(policyTables, day));
}
