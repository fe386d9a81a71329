import { CITY_DATA } from '../data/cities';

export type CityLevel = 'c' | 'p' | 'n';

export interface City {
  name: string;
  province: string;
  level: CityLevel;
  /** Kinds of local rules the city has (its own and its province's): 断缴/等待期, 购房, 落户, … */
  kinds: string[];
}

let parsed: City[] | null = null;

export function allCities(): City[] {
  if (!parsed) {
    parsed = CITY_DATA.split(';').map((row) => {
      const [name, province, level, kinds] = row.split(':');
      return { name, province, level: level as CityLevel, kinds: kinds ? kinds.split('/') : [] };
    });
  }
  return parsed;
}

/** Cities whose own rules the product has (shown before any search). */
export function citiesWithRules(): City[] {
  return allCities().filter((c) => c.level === 'c');
}

export function findCity(name: string): City | undefined {
  const n = strip(name);
  return allCities().find((c) => c.name === n);
}

function strip(s: string): string {
  return s.trim().replace(/(市|地区|盟)$/, '');
}

/** Cities matching what the user typed: name prefix first, then name contains, then the province's name. */
export function searchCities(query: string, limit = 8): City[] {
  const q = strip(query);
  if (!q) return [];
  const all = allCities();
  const starts = all.filter((c) => c.name.startsWith(q));
  const contains = all.filter((c) => !c.name.startsWith(q) && c.name.includes(q));
  const byProvince = all.filter((c) => !c.name.includes(q) && q.length >= 2 && c.province.startsWith(q));
  return [...starts, ...contains, ...byProvince].slice(0, limit);
}
