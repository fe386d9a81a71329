// Every number a sentence states must come from the report's structured fields or from a value of a policy rule
// the report cites (issue 9 §3): collects both and lists the numbers in the sentences that come from neither.
import type { Report } from '../../../engine';
import type { PolicyTables } from '../../../engine/policy/types';

/** Hotlines are the only numbers typed into sentences. */
const HOTLINES = [12393, 12333, 12366];
/** Fields holding prose; their numbers are what is being checked, not evidence. */
const PROSE = new Set(['summary', 'title', 'text', 'notices', 'basis', 'reading', 'url', 'docNo', 'sources', 'facts']);

export function numbersIn(text: string): number[] {
  return (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

function add(set: Set<number>, n: number) {
  set.add(n);
  set.add(Math.round(n * 100) / 100);
  if (n > 0 && n < 1) {
    set.add(Math.round(n * 10000) / 100); // a rate as a percentage
    set.add(Math.round(n * 100)); // a share as a percentage
  }
  if (Number.isInteger(n)) {
    set.add(Math.floor(n / 12)); // months as years and months
    set.add(n % 12);
  } else {
    set.add(Math.floor(n)); // 15.5 years = 15 years 6 months
    set.add(Math.round((n % 1) * 12));
  }
}

function collect(value: unknown, set: Set<number>, key = '') {
  if (PROSE.has(key)) return;
  if (typeof value === 'number') add(set, value);
  else if (typeof value === 'string') for (const n of numbersIn(value)) add(set, n);
  else if (Array.isArray(value)) {
    add(set, value.length); // "有 15 个月看病不能报销" counts holeMonths
    value.forEach((v) => collect(v, set));
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, set, k);
}

/** Numbers the report may state: its structured fields, the cited rules' values, the hotlines. */
export function allowedNumbers(report: Report, tables: PolicyTables): Set<number> {
  const set = new Set<number>(HOTLINES);
  collect(report, set);
  const bySource = numbersBySource(tables);
  for (const { id } of report.sources) for (const n of bySource.get(id) ?? []) set.add(n);
  return set;
}

const cache = new WeakMap<PolicyTables, Map<string, Set<number>>>();

/** The numbers in every rule value, by the source the value cites (computed once per table). */
function numbersBySource(tables: PolicyTables): Map<string, Set<number>> {
  let map = cache.get(tables);
  if (map) return map;
  map = new Map();
  for (const j of Object.values(tables.jurisdictions))
    for (const values of Object.values(j.rules))
      for (const v of values) {
        const set = map.get(v.source) ?? new Set<number>();
        collect({ value: v.value, from: v.from, to: v.to }, set);
        map.set(v.source, set);
      }
  cache.set(tables, map);
  return map;
}

export interface Sentence {
  where: string;
  text: string;
}

export function sentencesOf(report: Report): Sentence[] {
  return [
    { where: 'headline', text: report.headline.text },
    ...report.options.map((o) => ({ where: `options.${o.key}`, text: o.summary })),
    ...report.options.flatMap((o) => (o.cost ? [{ where: `options.${o.key}.cost`, text: o.cost.basis }] : [])),
    ...(report.plan?.bridges ?? []).flatMap((b) =>
      b.cost ? [{ where: `plan.bridges.${b.key}.cost`, text: b.cost.basis }] : [],
    ),
    ...report.items.map((i) => ({ where: `items.${i.key}`, text: i.summary })),
    ...report.actions.map((a) => ({ where: `actions.${a.key}`, text: a.title })),
    ...report.notices.map((n, i) => ({ where: `notices[${i}]`, text: n })),
  ];
}

/** Sentences stating a number found neither in the fields nor in a cited rule. */
export function strayNumbers(report: Report, tables: PolicyTables, skip: string[] = []): string[] {
  const allowed = allowedNumbers(report, tables);
  // A price's basis names its rate's source by title and 文号 ("依据：…"): those numbers name a cited source.
  const named = new Set(report.sources.flatMap((s) => numbersIn(`${s.title} ${s.docNo ?? ''}`)));
  const out: string[] = [];
  for (const s of sentencesOf(report)) {
    if (skip.includes(s.where)) continue;
    const cost = s.where.endsWith('.cost');
    const stray = numbersIn(s.text).filter((n) => !allowed.has(n) && !(cost && named.has(n)));
    if (stray.length) out.push(`${s.where}: ${stray.join(', ')} in “${s.text}”`);
  }
  return out;
}
