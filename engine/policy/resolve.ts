// Resolves a rule for a region and a month: city → province → national, each value bounded by its effective
// months. Every lookup records the source it used and whether it had to fall back above the region's own level,
// so the report can cite and warn without each rule remembering to do so.
import type { Confidence } from '../contract';
import { formatMonth, type MonthIndex, toMonthIndex } from '../time';
import type { RuleKey, RuleValueOf } from './schema';
import type { Jurisdiction, JurisdictionLevel, PolicyTables, Province, Region, RuleValue } from './types';

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
    if (resolved.fallback && !this.fallbacks.has(key)) this.fallbacks.set(key, resolved.level);
    if (resolved.confidence === 'low') this.lowConfidence.add(key);
  }

  /** Like find, for rules the national level always defines (a missing value is a data bug, caught by tests). */
  get<K extends RuleKey>(key: K, month: MonthIndex): Resolved<RuleValueOf<K>> {
    const found = this.find(key, month);
    if (!found) throw new Error(`policy ${key} has no value at ${formatMonth(month)} for ${this.region.code}`);
    return found;
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

function levelRank(level: JurisdictionLevel): number {
  return level === 'city' ? 0 : level === 'province' ? 1 : 2;
}

// ---- Regions --------------------------------------------------------------------------------------------------------

export interface ResolvedRegion {
  code: string;
  name: string;
  province: Province;
  level: JurisdictionLevel;
}

const SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '地区',
  '林区',
  '省',
  '市',
  '盟',
  '区',
  '县',
];

export function normaliseRegionName(text: string): string {
  let name = text.trim().replace(/\s+/g, '');
  for (const suffix of SUFFIXES) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  return name;
}

/** Each region's normalised name, computed once per table (findRegion runs on every evaluation). */
const normalisedNames = new WeakMap<Array<{ name: string }>, string[]>();
function normalisedName(list: Array<{ name: string }>, index: number): string {
  let names = normalisedNames.get(list);
  if (!names) {
    names = list.map((r) => normaliseRegionName(r.name));
    normalisedNames.set(list, names);
  }
  return names[index];
}

export function findRegion(tables: PolicyTables, input: string): ResolvedRegion | undefined {
  const text = input.trim();
  const provinceByCode = new Map(tables.provinces.map((p) => [p.code, p]));
  const asCity = (c: Region): ResolvedRegion => ({
    code: c.code,
    name: c.name,
    province: provinceByCode.get(c.province)!,
    level: 'city',
  });
  if (/^\d{6}$/.test(text)) {
    const city = tables.cities.find((c) => c.code === text);
    if (city) return asCity(city);
    const province = provinceByCode.get(text);
    if (province) return { code: province.code, name: province.name, province, level: 'province' };
    // A district or county code: use its prefecture (first four digits), then its province.
    const prefecture = tables.cities.find((c) => c.code === `${text.slice(0, 4)}00`);
    if (prefecture) return asCity(prefecture);
    const prov = provinceByCode.get(`${text.slice(0, 2)}0000`);
    return prov ? { code: prov.code, name: prov.name, province: prov, level: 'province' } : undefined;
  }
  const key = normaliseRegionName(text);
  // A full province name wins over a city of the same short name (吉林省 is the province, 吉林 the city).
  const exactProvince = tables.provinces.find((p) => p.name === text && !p.municipality);
  if (exactProvince)
    return { code: exactProvince.code, name: exactProvince.name, province: exactProvince, level: 'province' };
  const city = tables.cities.find(
    (c, i) =>
      c.name === text ||
      c.short === key ||
      c.name === key ||
      normalisedName(tables.cities, i) === key ||
      c.aliases?.includes(key),
  );
  if (city) return asCity(city);
  const province = tables.provinces.find(
    (p, i) => p.name === text || p.short === key || normalisedName(tables.provinces, i) === key,
  );
  if (province) return { code: province.code, name: province.name, province, level: 'province' };
  return undefined;
}

/** Names that look like the input (shared characters), for the UNKNOWN_CITY answer. */
export function suggestRegions(tables: PolicyTables, input: string, limit = 5): string[] {
  const key = normaliseRegionName(input);
  if (!key) return [];
  const chars = new Set([...key]);
  const scored = tables.cities
    .map((c) => ({
      name: c.short,
      score: [...c.short].filter((ch) => chars.has(ch)).length / Math.max(c.short.length, key.length),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh'));
  return scored.slice(0, limit).map((s) => s.name);
}
