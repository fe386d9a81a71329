// Turns the parsed policy files into the tables the engine reads, refusing anything a reviewer could get wrong:
// unknown rule keys or fields, values of the wrong shape, overlapping effective months, sources that do not exist,
// jurisdictions that are not real regions. Every problem is one Chinese line naming the file, the rule, the field
// and what was expected. Pure: the caller reads the files.
import type { z } from 'zod';
import { toMonthIndex } from '../time';
import { jurisdictionFileSchema, readAsOf, regionsFileSchema, RULE_KINDS, type RuleKey } from './schema';
import type { Jurisdiction, PolicySource, PolicyTables } from './types';
import { NATIONAL_CODE } from './resolve';

export interface PolicyFile {
  path: string;
  data: unknown;
}

export class PolicyError extends Error {}

const TYPE_WORDS: Record<string, string> = {
  number: '数字',
  string: '文字',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象（键: 值）',
  null: 'null',
  undefined: '不写',
};

function describeValue(v: unknown): string {
  if (v === undefined) return '未填写';
  if (v === null) return 'null';
  return JSON.stringify(v);
}

/** One zod issue in Chinese: "字段 value[0].waitingMonths：应为整数 ≤ 24，实际为 30". */
export function issueInChinese(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  let actual: unknown = input;
  for (const p of issue.path) actual = (actual as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey];
  const field = path ? `字段 ${path}` : '取值';
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field}：未知字段 ${(i.keys as string[]).join('、')}（这个规则没有这样的字段，见 policies/RULES.md）`;
    case 'invalid_type':
      return `${field}：应为${TYPE_WORDS[i.expected as string] ?? i.expected}，实际为 ${describeValue(actual)}`;
    case 'too_small':
      return i.origin === 'array'
        ? `${field}：至少要有 ${i.minimum} 项`
        : `${field}：应${i.inclusive ? '不小于' : '大于'} ${i.minimum}，实际为 ${describeValue(actual)}`;
    case 'too_big':
      return i.origin === 'array'
        ? `${field}：最多 ${i.maximum} 项`
        : `${field}：应${i.inclusive ? '不大于' : '小于'} ${i.maximum}，实际为 ${describeValue(actual)}`;
    case 'invalid_value':
      return `${field}：应为 ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(' / ')} 之一，实际为 ${describeValue(actual)}`;
    case 'invalid_format':
      return `${field}：${issue.message.startsWith('格式') || /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `格式不对`}，实际为 ${describeValue(actual)}`;
    case 'invalid_union':
      return `${field}：不符合任何一种写法，实际为 ${describeValue(actual)}`;
    case 'custom':
      return `${field}：${issue.message}`;
    default:
      return `${field}：${/[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `取值不对（${issue.code}）`}，实际为 ${describeValue(actual)}`;
  }
}

/** The region list, checked: provinces and cities with known, consistent, unique codes and unique short names. */
function compileRegions(regionsFile: PolicyFile, problems: string[]) {
  const regions = regionsFileSchema.safeParse(regionsFile.data);
  if (!regions.success) {
    throw new PolicyError(
      regions.error.issues.map((i) => `${regionsFile.path}：${issueInChinese(i, regionsFile.data)}`).join('\n'),
    );
  }
  const { provinces, cities } = regions.data;
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const cityCodes = new Set<string>();
  const shortNames = new Map<string, string>();
  for (const city of cities) {
    if (!provinceCodes.has(city.province))
      problems.push(`${regionsFile.path}：${city.name} 的省份代码 ${city.province} 不存在`);
    if (city.code.slice(0, 2) !== city.province.slice(0, 2))
      problems.push(`${regionsFile.path}：${city.name} 的代码 ${city.code} 不在所属省份之内`);
    if (cityCodes.has(city.code)) problems.push(`${regionsFile.path}：城市代码 ${city.code} 重复`);
    cityCodes.add(city.code);
    const other = shortNames.get(city.short);
    if (other) problems.push(`${regionsFile.path}：简称 ${city.short} 同时用于 ${other} 和 ${city.name}`);
    shortNames.set(city.short, city.name);
  }
  return { provinces, cities, provinceCodes, cityCodes };
}

/** One rule's dated values: each value fits its kind, names a known source, and the months neither overlap nor go backwards. */
function checkRuleValues(
  path: string,
  key: string,
  values: Array<{ from: string; to?: string | null; value: unknown; source: string }>,
  sources: Record<string, PolicySource>,
  problems: string[],
) {
  const kind = RULE_KINDS[key as RuleKey];
  if (!kind) {
    problems.push(`${path}：规则 ${key}：没有这种规则（可用的规则见 policies/RULES.md）`);
    return;
  }
  const spans: Array<[number, number]> = [];
  values.forEach((entry, i) => {
    const where = `${path}：规则 ${key}（${kind.label}）第 ${i + 1} 条取值`;
    const checked = kind.schema.safeParse(entry.value);
    if (!checked.success)
      problems.push(
        ...checked.error.issues.map(
          (issue) =>
            `${where}，${issueInChinese(issue, entry.value)
              .replace(/^字段 (\[?)/, (_m, bracket: string) => `字段 value${bracket ? '[' : '.'}`)
              .replace(/^取值：/, '字段 value：')}`,
        ),
      );
    if (!sources[entry.source]) problems.push(`${where}：来源 ${entry.source} 不存在（应为某个文件 sources 里的 id）`);
    const from = toMonthIndex(entry.from);
    const open = entry.to === undefined || entry.to === null;
    const to = open ? Number.POSITIVE_INFINITY : toMonthIndex(entry.to!);
    if (to < from) problems.push(`${where}：截止月 ${entry.to} 早于起始月 ${entry.from}`);
    if (open && i !== values.length - 1)
      problems.push(`${where}：只有最后一条可以不写截止月 to（一直有效），这一条后面还有取值`);
    if (i > 0 && from <= toMonthIndex(values[i - 1].from)) problems.push(`${where}：取值应按起始月从早到晚排列`);
    for (const [otherFrom, otherTo] of spans) {
      if (from <= otherTo && otherFrom <= to) problems.push(`${where}：生效月份与另一条取值重叠`);
    }
    spans.push([from, to]);
    if (key === 'employee.resume' && Array.isArray(entry.value)) {
      const bounds = (entry.value as Array<{ maxGapMonths: number | null }>).map((b) => b.maxGapMonths ?? Infinity);
      if (bounds.some((b, j) => j > 0 && b < bounds[j - 1]))
        problems.push(`${where}，字段 value.maxGapMonths：各档应按最长断缴月数从短到长排列`);
    }
  });
}

export function compilePolicies(regionsFile: PolicyFile, jurisdictionFiles: PolicyFile[]): PolicyTables {
  const problems: string[] = [];
  const { provinces, cities, provinceCodes, cityCodes } = compileRegions(regionsFile, problems);
  const sources: Record<string, PolicySource> = {};
  const jurisdictions: Record<string, Jurisdiction> = {};
  const parsedFiles = [];
  for (const file of jurisdictionFiles) {
    const parsed = jurisdictionFileSchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file.path}：${issueInChinese(i, file.data)}`));
      continue;
    }
    parsedFiles.push({ file, data: parsed.data });
    for (const source of parsed.data.sources) {
      if (sources[source.id]) problems.push(`${file.path}：来源 ${source.id} 重复定义`);
      // How the text was read is filled in here, so the engine does not need the rule (official / reprint / app).
      sources[source.id] = Object.assign({}, source, { readAs: readAsOf(source) });
    }
  }

  for (const { file, data } of parsedFiles) {
    const { code, level, name } = data.jurisdiction;
    if (jurisdictions[code]) problems.push(`${file.path}：地区 ${code} 重复定义`);
    if (level === 'national' && code !== NATIONAL_CODE)
      problems.push(`${file.path}：全国文件的代码应为 ${NATIONAL_CODE}`);
    if (level === 'province' && !provinceCodes.has(code))
      problems.push(`${file.path}：${code} 不是 regions.yaml 里的省份`);
    if (level === 'city' && !cityCodes.has(code)) problems.push(`${file.path}：${code} 不是 regions.yaml 里的城市`);
    if (level !== 'national' && !file.path.includes(code))
      problems.push(`${file.path}：文件名应以地区代码 ${code} 开头`);
    for (const [key, values] of Object.entries(data.rules)) checkRuleValues(file.path, key, values, sources, problems);
    jurisdictions[code] = { code, name, level, rules: data.rules as Jurisdiction['rules'] };
  }
  if (!jurisdictions[NATIONAL_CODE]) problems.push('policies：缺少 national.yaml');
  if (problems.length) throw new PolicyError(problems.join('\n'));
  return { provinces, cities, jurisdictions, sources };
}
