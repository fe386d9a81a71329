// The policy tables in the form the engine ships and reads: only what the resolver and the report use (no reviewer
// notes, no per-value fact ids), rows as arrays instead of keyed objects. scripts/build-policies.ts writes
// it next to the reviewed tables.generated.json; engine/index.ts unpacks it once at load.
import type { Confidence } from '../contract';
import type { Jurisdiction, JurisdictionLevel, PolicySource, PolicyTables, Province, Region, RuleValue } from './types';

/** A province: code, name, short, municipality (1) or not (0). */
type PackedProvince = [string, string, string, 0 | 1];
/** A city: code, name, short ('' when the name is short + 市), flags ('c' county, 'm' municipality), aliases. */
type PackedCity = [string, string, string, string, ...string[]];
/** A source: id, title, docNo, url, confidence, verified (null: never opened), recorded, readAs, via ('' none), then
 * its fact ids. */
type PackedSource = [
  string,
  string,
  string,
  string,
  Confidence,
  string | null,
  string,
  'official' | 'reprint' | 'app',
  string,
  ...string[],
];
/** A dated value: from, to ('' = open), value, source, confidence, pattern (1) or not (0). */
type PackedValue = [string, string, unknown, string, Confidence, 0 | 1];

export interface PackedTables {
  provinces: PackedProvince[];
  cities: PackedCity[];
  sources: PackedSource[];
  /** code → name, level, rules by key. */
  jurisdictions: Record<string, [string, JurisdictionLevel, Record<string, PackedValue[]>]>;
}

export function packTables(t: PolicyTables): PackedTables {
  const city = (c: Region): PackedCity => [
    c.code,
    c.name,
    c.name === `${c.short}市` ? '' : c.short,
    `${c.level === 'county' ? 'c' : ''}${c.municipality ? 'm' : ''}`,
    ...(c.aliases ?? []),
  ];
  const value = (v: RuleValue): PackedValue => [v.from, v.to ?? '', v.value, v.source, v.confidence, v.pattern ? 1 : 0];
  const jurisdictions: PackedTables['jurisdictions'] = {};
  for (const [code, j] of Object.entries(t.jurisdictions)) {
    const rules: Record<string, PackedValue[]> = {};
    for (const [key, values] of Object.entries(j.rules)) rules[key] = values.map(value);
    jurisdictions[code] = [j.name, j.level, rules];
  }
  return {
    provinces: t.provinces.map((p) => [p.code, p.name, p.short, p.municipality ? 1 : 0]),
    cities: t.cities.map(city),
    sources: Object.values(t.sources).map((s) => [
      s.id,
      s.title,
      s.docNo,
      s.url,
      s.confidence,
      s.verified,
      s.recorded,
      s.readAs ?? 'reprint',
      s.via ?? '',
      ...(s.facts ?? []),
    ]),
    jurisdictions,
  };
}

export function unpackTables(p: PackedTables): PolicyTables {
  const provinces = p.provinces.map(([code, name, short, m]): Province => {
    const province: Province = { code, name, short };
    if (m) province.municipality = true;
    return province;
  });
  const cities = p.cities.map(([code, name, short, flags, ...aliases]): Region => {
    const c: Region = { code, name, short: short || name.slice(0, -1), province: `${code.slice(0, 2)}0000` };
    if (flags.includes('c')) c.level = 'county';
    if (flags.includes('m')) c.municipality = true;
    if (aliases.length) c.aliases = aliases;
    return c;
  });
  const sources: Record<string, PolicySource> = {};
  for (const [id, title, docNo, url, confidence, verified, recorded, readAs, via, ...facts] of p.sources) {
    sources[id] = { id, title, docNo, url, confidence, verified, recorded, readAs };
    if (via) sources[id].via = via;
    if (facts.length) sources[id].facts = facts;
  }
  const jurisdictions: Record<string, Jurisdiction> = {};
  for (const [code, [name, level, packed]] of Object.entries(p.jurisdictions)) {
    const rules: Record<string, RuleValue[]> = {};
    for (const [key, values] of Object.entries(packed)) rules[key] = values.map(unpackValue);
    jurisdictions[code] = { code, name, level, rules };
  }
  return { provinces, cities, jurisdictions, sources };
}

function unpackValue([from, to, value, source, confidence, pattern]: PackedValue): RuleValue {
  const v: RuleValue = { from, value, source, confidence };
  if (to) v.to = to;
  if (pattern) v.pattern = true;
  return v;
}

/** The generated file's text (one row per line keeps review diffs readable). */
export function renderPackedTables(t: PolicyTables): string {
  const p = packTables(t);
  const rows = (list: unknown[]) => list.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  const jurisdictions = Object.entries(p.jurisdictions)
    .map(([code, j]) => `  ${JSON.stringify(code)}: ${JSON.stringify(j)}`)
    .join(',\n');
  return `{"provinces": [\n${rows(p.provinces)}\n],\n"cities": [\n${rows(p.cities)}\n],\n"sources": [\n${rows(p.sources)}\n],\n"jurisdictions": {\n${jurisdictions}\n}}\n`;
}
