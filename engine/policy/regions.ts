// Which region a typed place means: a city, a prefecture or province code, or a name with or without its suffix
// (省, 市, 自治区 …); and, for a place not found, the names that look like it.
import type { JurisdictionLevel, PolicyTables, Province, Region } from './types';

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

/** The provinces by code, made once per tables (every evaluate resolves its place). */
const PROVINCES = new WeakMap<PolicyTables, Map<string, PolicyTables['provinces'][number]>>();
function provincesOf(tables: PolicyTables): Map<string, PolicyTables['provinces'][number]> {
  let byCode = PROVINCES.get(tables);
  if (!byCode) PROVINCES.set(tables, (byCode = new Map(tables.provinces.map((p) => [p.code, p]))));
  return byCode;
}

export function findRegion(tables: PolicyTables, input: string): ResolvedRegion | undefined {
  const text = input.trim();
  const provinceByCode = provincesOf(tables);
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

/**
 * A bare name that is both a province's and one of its cities' (吉林: 吉林省 or 吉林市; copy review 3 N38): the two
 * full names, so neither is chosen silently; undefined for every other input (吉林市 and 吉林省 resolve as written).
 */
export function provinceOrCity(
  tables: PolicyTables,
  input: string,
): { city: string; province: string; other?: string } | undefined {
  const text = input.trim().replace(/\s+/g, '');
  const province = tables.provinces.find((p) => !p.municipality && p.short === text);
  const inProvince = province ? tables.cities.filter((c) => c.province === province.code) : [];
  const city = inProvince.find((c) => c.short === text);
  if (!province || !city) return undefined;
  // The province's first other city (its capital, by code order: 长春 for 吉林) as the example.
  return { city: city.name, province: province.name, other: inProvince.find((c) => c !== city)?.short };
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
