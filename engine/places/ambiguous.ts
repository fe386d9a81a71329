// District names that exist in several cities (朝阳区: 北京, 长春) or that share a prefecture's name elsewhere (辽宁省
// 朝阳市) are never resolved silently (contract v2): such a name yields the candidates, each named with its city, and
// a candidate sent back ("北京市朝阳区", "辽宁省朝阳市") resolves to its city. Data: ./districts.generated.json
// (scripts/gen-districts.mjs, GB/T 2260).
import districtsJson from './districts.generated.json';

interface DistrictEntry {
  /** [city, district code] for each city that has a district of this name. */
  in: Array<[string, string]>;
  /** [province, prefecture] of a prefecture named like the district. */
  alsoCity?: [string, string];
}

const DISTRICTS = districtsJson as unknown as Record<string, DistrictEntry>;

/** The list as pairs, made on the first check (every evaluate checks the place; the list is read-only). */
let entries: Array<[string, DistrictEntry]> | undefined;

export type PlaceCheck = { kind: 'ambiguous'; suggestions: string[] } | { kind: 'city'; city: string } | undefined;

export function candidatesOf(name: string, e: DistrictEntry): string[] {
  return [...e.in.map(([city]) => `${city}${name}`), ...(e.alsoCity ? [e.alsoCity.join('')] : [])];
}

/** Ambiguous district names and the candidate forms that name their city; undefined for everything else. */
export function checkPlace(input: string): PlaceCheck {
  const text = input.trim().replace(/\s+/g, '');
  const exact = DISTRICTS[text];
  if (exact) return { kind: 'ambiguous', suggestions: candidatesOf(text, exact) };
  for (const [name, e] of (entries ??= Object.entries(DISTRICTS))) {
    if (e.alsoCity && text === e.alsoCity.join('')) return { kind: 'city', city: e.alsoCity[1] };
    if (!text.endsWith(name) || text.length === name.length) continue;
    const prefix = text.slice(0, -name.length);
    const match = e.in.find(([city]) => city === prefix || city.replace(/市$/, '') === prefix);
    if (match) return { kind: 'city', city: match[0] };
  }
  return undefined;
}
