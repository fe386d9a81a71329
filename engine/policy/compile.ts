// Turns the parsed policy files into the tables the engine reads, refusing anything a reviewer could get wrong:
// unknown rule keys, values of the wrong shape, overlapping effective months, sources that do not exist,
// jurisdictions that are not real regions. Pure: the caller reads the files.
import { toMonthIndex } from '../time';
import { jurisdictionFileSchema, regionsFileSchema, RULE_VALUE_SCHEMAS, type RuleKey } from './schema';
import type { Jurisdiction, PolicySource, PolicyTables } from './types';
import { NATIONAL_CODE } from './resolve';

export interface PolicyFile {
  path: string;
  data: unknown;
}

export class PolicyError extends Error {}

export function compilePolicies(regionsFile: PolicyFile, jurisdictionFiles: PolicyFile[]): PolicyTables {
  const problems: string[] = [];
  const regions = regionsFileSchema.safeParse(regionsFile.data);
  if (!regions.success) {
    throw new PolicyError(
      `${regionsFile.path}: ${regions.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const { provinces, cities } = regions.data;
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const cityCodes = new Set<string>();
  const shortNames = new Map<string, string>();
  for (const city of cities) {
    if (!provinceCodes.has(city.province))
      problems.push(`${regionsFile.path}: ${city.name} has unknown province ${city.province}`);
    if (city.code.slice(0, 2) !== city.province.slice(0, 2))
      problems.push(`${regionsFile.path}: ${city.name} code ${city.code} is outside its province`);
    if (cityCodes.has(city.code)) problems.push(`${regionsFile.path}: duplicate city code ${city.code}`);
    cityCodes.add(city.code);
    const other = shortNames.get(city.short);
    if (other) problems.push(`${regionsFile.path}: short name ${city.short} used by ${other} and ${city.name}`);
    shortNames.set(city.short, city.name);
  }

  const sources: Record<string, PolicySource> = {};
  const jurisdictions: Record<string, Jurisdiction> = {};
  const parsedFiles = [];
  for (const file of jurisdictionFiles) {
    const parsed = jurisdictionFileSchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file.path}: ${i.path.join('.')}: ${i.message}`));
      continue;
    }
    parsedFiles.push({ file, data: parsed.data });
    for (const source of parsed.data.sources) {
      if (sources[source.id]) problems.push(`${file.path}: source ${source.id} is defined twice`);
      sources[source.id] = source;
    }
  }

  for (const { file, data } of parsedFiles) {
    const { code, level, name } = data.jurisdiction;
    if (jurisdictions[code]) problems.push(`${file.path}: jurisdiction ${code} is defined twice`);
    if (level === 'national' && code !== NATIONAL_CODE)
      problems.push(`${file.path}: the national file must use code ${NATIONAL_CODE}`);
    if (level === 'province' && !provinceCodes.has(code))
      problems.push(`${file.path}: ${code} is not a province in regions.yaml`);
    if (level === 'city' && !cityCodes.has(code)) problems.push(`${file.path}: ${code} is not a city in regions.yaml`);
    if (level !== 'national' && !file.path.includes(code))
      problems.push(`${file.path}: file name should start with its code ${code}`);

    for (const [key, values] of Object.entries(data.rules)) {
      const valueSchema = RULE_VALUE_SCHEMAS[key as RuleKey];
      if (!valueSchema) {
        problems.push(`${file.path}: unknown rule ${key} (known: ${Object.keys(RULE_VALUE_SCHEMAS).join(', ')})`);
        continue;
      }
      const spans: Array<[number, number]> = [];
      values.forEach((entry, i) => {
        const where = `${file.path}: ${key}[${i}]`;
        const checked = valueSchema.safeParse(entry.value);
        if (!checked.success)
          problems.push(
            ...checked.error.issues.map((issue) => `${where}.value.${issue.path.join('.')}: ${issue.message}`),
          );
        if (!sources[entry.source]) problems.push(`${where}: unknown source ${entry.source}`);
        const from = toMonthIndex(entry.from);
        const to = entry.to === null ? Number.POSITIVE_INFINITY : toMonthIndex(entry.to);
        if (to < from) problems.push(`${where}: ends before it starts`);
        for (const [otherFrom, otherTo] of spans) {
          if (from <= otherTo && otherFrom <= to) problems.push(`${where}: effective months overlap another value`);
        }
        spans.push([from, to]);
        if (key === 'employee.resume' && Array.isArray(entry.value)) {
          const bounds = (entry.value as Array<{ maxGapMonths: number | null }>).map((b) => b.maxGapMonths ?? Infinity);
          if (bounds.some((b, j) => j > 0 && b <= bounds[j - 1]))
            problems.push(`${where}: bands must be sorted by maxGapMonths`);
        }
      });
    }
    jurisdictions[code] = { code, name, level, rules: data.rules as Jurisdiction['rules'] };
  }
  if (!jurisdictions[NATIONAL_CODE]) problems.push('policies: national.yaml is missing');
  if (problems.length) throw new PolicyError(problems.join('\n'));
  return { provinces, cities, jurisdictions, sources };
}
