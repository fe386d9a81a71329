// Resolves a rule for a region and a month: city → province → national, each value bounded by its effective
// months. Every lookup records the source it used and whether it had to fall back above the region's own level,
// so the report can cite and warn without each rule remembering to do so.
import type { Confidence } from '../contract';
import { formatMonth, type MonthIndex, toMonthIndex } from '../time';
import type { RuleKey, RuleValueOf } from './schema';
import type { Jurisdiction, JurisdictionLevel, PolicyTables, RuleValue } from './types';

export const NATIONAL_CODE = '000000';

export interface Resolved<T> {
  value: T;
  source: string;
  confidence: Confidence;
  level: JurisdictionLevel;
  /** The rule came from a higher level than the region asked about. */
  fallback: boolean;
  /** The first month of the value (YYYY-MM): a year's price carried from an earlier year is an estimate. */
  from: string;
}

// Effective months parsed once per value list (lookups are the engine's hot path).
const spans = new WeakMap<RuleValue[], Array<[number, number]>>();

function spansOf(values: RuleValue[]): Array<[number, number]> {
  let parsed = spans.get(values);
  if (!parsed) {
    parsed = values.map((v) => [toMonthIndex(v.from), v.to == null ? Number.POSITIVE_INFINITY : toMonthIndex(v.to)]);
    spans.set(values, parsed);
  }
  return parsed;
}

export function valueAt(values: RuleValue[], month: MonthIndex): RuleValue | undefined {
  const bounds = spansOf(values);
  let match: RuleValue | undefined;
  for (let i = 0; i < values.length; i++) {
    if (bounds[i][0] > month || month > bounds[i][1]) continue;
    // The policy check forbids overlaps; this guards hand-edited generated data.
    if (match) throw new Error(`overlapping rule values at ${formatMonth(month)}`);
    match = values[i];
  }
  return match;
}

export class PolicyContext {
  readonly usedSources = new Set<string>();
  readonly fallbacks = new Map<RuleKey, JurisdictionLevel>();
  readonly lowConfidence = new Set<RuleKey>();
  /** The rules resolved at the region's own level (not a fallback): a notice does not call their kind unrecorded. */
  readonly ownLevel = new Set<RuleKey>();
  /** The levels each rule was resolved at in this run, as bits (LEVEL_BIT): own cases check the level they assume. */
  private readonly levelBits = new Map<RuleKey, number>();
  private readonly chain: Jurisdiction[];

  constructor(
    readonly tables: PolicyTables,
    readonly region: { code: string; province: string; level: JurisdictionLevel },
  ) {
    const codes = [region.level === 'city' ? region.code : null, region.province, NATIONAL_CODE];
    this.chain = codes
      .filter((c): c is string => c !== null)
      .filter((c, i, all) => all.indexOf(c) === i)
      .map((c) => tables.jurisdictions[c])
      .filter((j): j is Jurisdiction => j !== undefined);
  }

  /** The value in force for `month`, or undefined when no level has one (the caller decides what that means). */
  find<K extends RuleKey>(key: K, month: MonthIndex): Resolved<RuleValueOf<K>> | undefined {
    for (const jurisdiction of this.chain) {
      const values = jurisdiction.rules[key];
      if (!values) continue;
      const hit = valueAt(values, month);
      if (!hit) continue;
      // A national pattern written down for a place is not a local rule: it counts as national.
      const level = hit.pattern ? 'national' : jurisdiction.level;
      const fallback = levelRank(level) > levelRank(this.region.level);
      this.usedSources.add(hit.source);
      this.levelBits.set(key, (this.levelBits.get(key) ?? 0) | LEVEL_BIT[level]);
      if (fallback && !this.fallbacks.has(key)) this.fallbacks.set(key, level);
      if (!fallback) this.ownLevel.add(key);
      if (hit.confidence === 'low') this.lowConfidence.add(key);
      return {
        value: hit.value as RuleValueOf<K>,
        source: hit.source,
        confidence: hit.confidence,
        level,
        fallback,
        from: hit.from,
      };
    }
    return undefined;
  }

  /**
   * The value in force for `month`, or — for a month before any level's first value — the earliest value written
   * down, flagged `early` (the caller says that the rule of that time is not collected). Undefined when neither.
   */
  findOrEarliest<K extends RuleKey>(
    key: K,
    month: MonthIndex,
  ): (Resolved<RuleValueOf<K>> & { early?: true }) | undefined {
    const found = this.find(key, month);
    if (found) return found;
    const first = this.firstMonth(key);
    if (first === undefined || first <= month) return undefined;
    const earliest = this.find(key, first);
    return earliest && Object.assign({}, earliest, { early: true as const });
  }

  /** The first month any level has a value for (undefined when none has one). */
  firstMonth(key: RuleKey): MonthIndex | undefined {
    let first = Number.POSITIVE_INFINITY;
    for (const jurisdiction of this.chain) {
      const values = jurisdiction.rules[key];
      if (values) for (const [from] of spansOf(values)) first = Math.min(first, from);
    }
    return first === Number.POSITIVE_INFINITY ? undefined : first;
  }

  /** Every level's value for `month`, most specific first (for rules that fall back piece by piece). */
  findAll<K extends RuleKey>(key: K, month: MonthIndex): Array<Resolved<RuleValueOf<K>>> {
    const out: Array<Resolved<RuleValueOf<K>>> = [];
    for (const jurisdiction of this.chain) {
      const values = jurisdiction.rules[key];
      const hit = values && valueAt(values, month);
      if (!hit) continue;
      const level = hit.pattern ? 'national' : jurisdiction.level;
      out.push({
        value: hit.value as RuleValueOf<K>,
        source: hit.source,
        confidence: hit.confidence,
        level,
        fallback: levelRank(level) > levelRank(this.region.level),
        from: hit.from,
      });
    }
    return out;
  }

  /** Records that a value found by findAll was used. */
  use<K extends RuleKey>(key: K, resolved: Resolved<unknown>): void {
    this.usedSources.add(resolved.source);
    this.levelBits.set(key, (this.levelBits.get(key) ?? 0) | LEVEL_BIT[resolved.level]);
    if (resolved.fallback && !this.fallbacks.has(key)) this.fallbacks.set(key, resolved.level);
    if (!resolved.fallback) this.ownLevel.add(key);
    if (resolved.confidence === 'low') this.lowConfidence.add(key);
  }

  /** Like find, for rules the national level always defines (a missing value is a data bug, caught by tests). */
  get<K extends RuleKey>(key: K, month: MonthIndex): Resolved<RuleValueOf<K>> {
    const found = this.find(key, month);
    if (!found) throw new Error(`policy ${key} has no value at ${formatMonth(month)} for ${this.region.code}`);
    return found;
  }

  /** The levels `key` was resolved at so far (find, get, use), most specific first; empty when it was not. */
  levelsUsed(key: RuleKey): JurisdictionLevel[] {
    const bits = this.levelBits.get(key) ?? 0;
    return LEVELS.filter((level) => bits & LEVEL_BIT[level]);
  }

  /** Whose rules a level's are, as a sentence names them: "国家", "江苏省", "无锡市". */
  nameOf(level: JurisdictionLevel): string {
    if (level === 'national') return '国家';
    return this.chain.find((j) => j.level === level)?.name ?? (level === 'province' ? '本省' : '本市');
  }

  /** The most specific level that defines any of the given rules (the report's rulesLevel). */
  levelOf(keys: RuleKey[]): JurisdictionLevel {
    for (const jurisdiction of this.chain) {
      if (keys.some((k) => jurisdiction.rules[k]?.some((v) => !v.pattern))) return jurisdiction.level;
    }
    return 'national';
  }
}

const LEVELS: JurisdictionLevel[] = ['city', 'province', 'national'];
const LEVEL_BIT: Record<JurisdictionLevel, number> = { city: 1, province: 2, national: 4 };

function levelRank(level: JurisdictionLevel): number {
  return level === 'city' ? 0 : level === 'province' ? 1 : 2;
}
