// What is generated from the compiled policy tables besides the table itself: policies/RULES.md (every rule kind
// with its fields and units, every jurisdiction's values with source, confidence and verified date), the client's
// city list and 「政策依据」 data, and the fact-id check against docs/policy-facts.md. Pure functions of their inputs.
import { checkRuleDefinitions, describeFields } from '../engine/policy/describe';
import { readAsOf, RULE_CATEGORIES, RULE_KINDS, type RuleCategory, type RuleKey } from '../engine/policy/schema';
import type { Jurisdiction, PolicySource, PolicyTables, RuleValue } from '../engine/policy/types';

const LEVEL_WORD = { national: '全国', province: '省', city: '城市' } as const;
const CONFIDENCE_WORD = { high: '高', medium: '中', low: '低' } as const;
/** Values older than this (months since their source was verified) are listed as "to re-verify". */
export const REVERIFY_AFTER_MONTHS = 12;

export const ruleKeys = Object.keys(RULE_KINDS) as RuleKey[];
const categoryOf = (key: string): RuleCategory => RULE_KINDS[key as RuleKey].category;

/** Whole months from `fromDay` to `toDay` (YYYY-MM-DD), floored. */
export function monthsBetween(fromDay: string, toDay: string): number {
  const [y1, m1, d1] = fromDay.split('-').map(Number);
  const [y2, m2, d2] = toDay.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The newest recorded or verified date of any source: the date RULES.md measures ages against (changes only with data). */
export function dataDate(tables: PolicyTables): string {
  return Object.values(tables.sources)
    .flatMap((s) => [s.recorded, s.verified ?? ''])
    .sort()
    .at(-1)!;
}

// ---- Provenance -------------------------------------------------------------------------------------------------

export type Provenance = 'official' | 'reprint' | 'app' | 'pattern';
export const PROVENANCE_WORD: Record<Provenance, string> = {
  official: '官方页面',
  reprint: '转载',
  app: '应用或问答数据',
  pattern: '全国常见做法（估算）',
};

/** How a source's text was read (engine/policy/schema.ts `readAsOf`). */
export const sourceProvenance = (s: PolicySource): Exclude<Provenance, 'pattern'> => readAsOf(s);

/** A value's provenance: the national pattern written for a place, or how its source was read. */
export function valueProvenance(v: RuleValue, s: PolicySource): Provenance {
  return v.pattern ? 'pattern' : sourceProvenance(s);
}

/** One line on where a value's text was read and when: 核对于 / 原文未打开、录入于, and 经转载 / 应用数据. */
export function provenanceText(s: PolicySource): string {
  const read = sourceProvenance(s);
  const when = s.verified ? `核对于 ${s.verified}` : `原文未打开，录入于 ${s.recorded}`;
  return read === 'official' ? when : `${when}，读的是${PROVENANCE_WORD[read]}${s.via ? `（${s.via}）` : ''}`;
}

/** A value in one line, e.g. `{maxGapMonths: 3, backPay: yes}`. */
export function compactValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(compactValue).join('；');
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map(compactValue).join(', ')}]` : compactValue(v)}`)
      .join(', ')}}`;
  return String(value);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function sortedJurisdictions(tables: PolicyTables): Jurisdiction[] {
  const rank = { national: 0, province: 1, city: 2 };
  return Object.values(tables.jurisdictions).sort(
    (a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code),
  );
}

export interface ReverifyItem {
  jurisdiction: string;
  rule: string;
  from: string;
  confidence: string;
  verified: string | null;
  ageMonths: number | null;
  reason: string;
}

/** Values in force on `day` (or starting later) that are low-confidence or whose source was verified long ago. */
export function toReverify(tables: PolicyTables, day: string): ReverifyItem[] {
  const month = day.slice(0, 7);
  const out: ReverifyItem[] = [];
  for (const j of sortedJurisdictions(tables)) {
    for (const [rule, values] of Object.entries(j.rules)) {
      for (const v of values) {
        if (v.to && v.to < month) continue; // history: no longer in force
        const source = tables.sources[v.source];
        const age = source.verified ? monthsBetween(source.verified, day) : null;
        const reasons = [
          v.confidence === 'low' ? '可信度低' : '',
          age === null ? '原文未打开' : age > REVERIFY_AFTER_MONTHS ? `超过 ${REVERIFY_AFTER_MONTHS} 个月未核实` : '',
        ].filter(Boolean);
        if (reasons.length)
          out.push({
            jurisdiction: `${j.code} ${j.name}`,
            rule,
            from: v.from,
            confidence: v.confidence,
            verified: source.verified,
            ageMonths: age,
            reason: reasons.join('，'),
          });
      }
    }
  }
  return out;
}

export function renderRulesMd(tables: PolicyTables): string {
  const asOf = dataDate(tables);
  const lines: string[] = [
    '<!-- Generated by `npm run policies:build` from policies/**/*.yaml and engine/policy/schema.ts. Do not edit. -->',
    '# 政策规则一览',
    '',
    `本文件由 \`npm run policies:build\` 生成，\`npm run policies:check\` 在它过期时失败。“距今”按数据截至日 ${asOf}`,
    '（所有来源中最近的核实日期）计算；按今天计算的版本见 `npm run policies:report`。事实编号见 docs/policy-facts.md。',
    '',
    '## 规则种类',
    '',
  ];
  for (const key of ruleKeys) {
    const k = RULE_KINDS[key];
    lines.push(`### \`${key}\` ${k.label}（${RULE_CATEGORIES[k.category]}）`, '', k.description, '');
    lines.push('| 字段 | 名称 | 含义 | 单位 | 允许值 | 必填 |', '|---|---|---|---|---|---|');
    for (const field of describeFields(k.schema)) {
      lines.push(
        `| ${field.path ? `\`${field.path}\`` : '（取值本身）'} | ${cell(field.label)} | ${cell(field.description)} | ${field.unit ?? '—'} | ${cell(field.allowed)} | ${field.optional ? '否' : '是'} |`,
      );
    }
    lines.push('');
  }
  lines.push('## 各地规则', '');
  for (const j of sortedJurisdictions(tables)) {
    lines.push(`### ${j.code} ${j.name}（${LEVEL_WORD[j.level]}）`, '');
    lines.push(
      '| 规则 | 取值 | 生效月份 | 来源 | 读到的是 | 可信度 | 录入日期 | 核实日期 | 距今 |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const [rule, values] of Object.entries(j.rules)) {
      for (const v of values as RuleValue[]) {
        const s = tables.sources[v.source];
        lines.push(
          `| \`${rule}\` ${RULE_KINDS[rule as RuleKey].label} | ${cell(compactValue(v.value))} | ${v.from}–${v.to ?? '至今'} | ${cell(`${s.title}${s.docNo ? `（${s.docNo}）` : ''}`)} ${s.url ? ` [链接](${s.url})` : ''} | ${cell(PROVENANCE_WORD[valueProvenance(v, s)] + (s.via ? `：${s.via}` : ''))} | ${CONFIDENCE_WORD[v.confidence]} | ${s.recorded} | ${s.verified ?? '原文未打开'} | ${s.verified ? `${monthsBetween(s.verified, asOf)} 个月` : '—'} |`,
        );
      }
    }
    lines.push('');
  }
  lines.push(`## 待复核（可信度低、原文未打开，或来源超过 ${REVERIFY_AFTER_MONTHS} 个月未核实）`, '');
  lines.push('| 地区 | 规则 | 起始月 | 可信度 | 核实日期 | 原因 |', '|---|---|---|---|---|---|');
  for (const r of toReverify(tables, asOf))
    lines.push(
      `| ${r.jurisdiction} | \`${r.rule}\` | ${r.from} | ${CONFIDENCE_WORD[r.confidence as 'low']} | ${r.verified ?? '原文未打开'} | ${r.reason} |`,
    );
  lines.push('');
  return lines.join('\n');
}

// ---- Client: city list and 「政策依据」 ------------------------------------------------------------------------------

interface CityKinds {
  level: 'c' | 'p' | 'n';
  kinds: string[];
}

/** Kinds of local rules a city has (its own file plus its province's), and where its interruption rules come from. */
export function cityKinds(tables: PolicyTables, cityCode: string, provinceCode: string): CityKinds {
  const city = tables.jurisdictions[cityCode];
  const province = tables.jurisdictions[provinceCode];
  // Rules written for a place only as the national pattern (`pattern: true`) are not local rules, and neither are
  // values that ended before the data's newest verification (杭州's rule replaced by the 浙江 statute in 2021).
  const asOf = dataDate(tables).slice(0, 7);
  const categories = (j?: Jurisdiction) =>
    new Set(
      j
        ? Object.entries(j.rules)
            .filter(([, values]) => values.some((v) => !v.pattern && (!v.to || v.to >= asOf)))
            .map(([key]) => categoryOf(key))
        : [],
    );
  const own = categories(city);
  const prov = categories(province);
  const level = own.has('interruption') ? 'c' : prov.has('interruption') ? 'p' : 'n';
  const kinds = (Object.keys(RULE_CATEGORIES) as RuleCategory[])
    .filter((c) => own.has(c) || prov.has(c))
    .map((c) => RULE_CATEGORIES[c]);
  return { level, kinds };
}

export function renderCityList(tables: PolicyTables): string {
  const provinces = new Map(tables.provinces.map((p) => [p.code, p]));
  const rows = tables.cities.map((c) => {
    const { level, kinds } = cityKinds(tables, c.code, c.province);
    return `${c.short}:${provinces.get(c.province)?.short ?? ''}:${level}${kinds.length ? `:${kinds.join('/')}` : ''}`;
  });
  return [
    '// Generated by `npm run policies:build` (scripts/policy-docs.ts) from the policy tables. Do not edit.',
    '// Each entry: short name : province : c (本市有断缴/等待期规定) | p (省里有) | n (只有国家规定)',
    '// [: kinds of local rules, city and province files together, separated by /].',
    `export const CITY_DATA = '${rows.join(';')}';`,
    '',
  ].join('\n');
}

/** Per place with local rules: the kinds, and per kind the latest verified date and the weakest confidence. */
export function renderPolicyBasis(tables: PolicyTables): string {
  const provinces = new Map(tables.provinces.map((p) => [p.code, p]));
  type Kind = {
    kind: string;
    verified: string | null;
    recorded: string;
    confidence: string;
    read: string[];
    basis: string;
    rules: string[];
  };
  const entries: Array<{ name: string; level: string; kinds: Kind[] }> = [];
  const rank = { low: 0, medium: 1, high: 2 };
  const asOf = dataDate(tables).slice(0, 7);
  for (const j of sortedJurisdictions(tables)) {
    if (j.level === 'national') continue;
    type Acc = {
      verified: string | null;
      unopened: number;
      recorded: string;
      confidence: 'high' | 'medium' | 'low';
      read: Set<Provenance>;
      rules: Set<string>;
    };
    const byKind = new Map<string, Acc>();
    for (const [rule, values] of Object.entries(j.rules)) {
      const label = RULE_CATEGORIES[categoryOf(rule)];
      for (const v of values as RuleValue[]) {
        if (v.pattern) continue; // the national pattern written for this place, not a local rule
        if (v.to && v.to < asOf) continue; // ended before the data's date (杭州's pre-2021 rule): history
        const s = tables.sources[v.source];
        const e: Acc = byKind.get(label) ?? {
          verified: null,
          unopened: 0,
          recorded: s.recorded,
          confidence: v.confidence,
          read: new Set<Provenance>(),
          rules: new Set<string>(),
        };
        if (s.verified && (!e.verified || s.verified > e.verified)) e.verified = s.verified;
        if (!s.verified) e.unopened++;
        if (s.recorded > e.recorded) e.recorded = s.recorded;
        if (!v.to && rank[v.confidence] < rank[e.confidence]) e.confidence = v.confidence;
        e.read.add(valueProvenance(v, s));
        e.rules.add(RULE_KINDS[rule as RuleKey].label);
        byKind.set(label, e);
      }
    }
    if (!byKind.size) continue;
    const name = j.level === 'province' ? `${provinces.get(j.code)?.name ?? j.name}（全省）` : j.name;
    entries.push({
      name,
      level: j.level,
      kinds: [...byKind].map(([kind, e]) => {
        const read = (Object.keys(PROVENANCE_WORD) as Provenance[]).filter((p) => e.read.has(p));
        const when = !e.verified
          ? `原文未打开，录入于 ${e.recorded}`
          : e.unopened
            ? `核对于 ${e.verified}，另有 ${e.unopened} 项原文未打开`
            : `核对于 ${e.verified}`;
        const words = read.map((p) => PROVENANCE_WORD[p]);
        return {
          kind,
          verified: e.verified,
          recorded: e.recorded,
          confidence: CONFIDENCE_WORD[e.confidence],
          read: words,
          basis: `${when}；读的是${words.join('、')}；可信度${CONFIDENCE_WORD[e.confidence]}`,
          rules: [...e.rules],
        };
      }),
    });
  }
  return [
    '// Generated by `npm run policies:build` (scripts/policy-docs.ts) for the 「政策依据」 page. Do not edit.',
    '// Every province and city with rules of its own: per kind of rule, the newest day a source was opened (null: none',
    '// was), the newest day a value was typed, how the texts were read (官方页面 / 转载 / 应用或问答数据), the lowest',
    '// confidence of a value still in force, and all of it in one line (basis).',
    'export interface PolicyBasisKind {',
    '  kind: string;',
    '  verified: string | null;',
    '  recorded: string;',
    '  confidence: string;',
    '  read: string[];',
    '  basis: string;',
    '  rules: string[];',
    '}',
    'export interface PolicyBasisPlace {',
    '  name: string;',
    "  level: 'province' | 'city';",
    '  kinds: PolicyBasisKind[];',
    '}',
    `export const DATA_DATE = '${dataDate(tables)}';`,
    `export const POLICY_BASIS: PolicyBasisPlace[] = [\n${entries.map((e) => `  ${JSON.stringify(e)},`).join('\n')}\n];`,
    '',
  ].join('\n');
}

// ---- Fact ids ----------------------------------------------------------------------------------------------------

const FACT_ID = /(?<![A-Za-z0-9_])[FCPR]\d{2}(?![0-9A-Za-z_])/g;

/** The fact ids docs/policy-facts.md defines (one `### F01 …` heading each). */
export function definedFacts(factsMarkdown: string): Set<string> {
  return new Set([...factsMarkdown.matchAll(/^### ([FCPR]\d{2})\b/gm)].map((m) => m[1]));
}

/** Each fact's section of docs/policy-facts.md (the text under its `### ` heading), by id. */
export function factSections(factsMarkdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of factsMarkdown.split(/^### /m).slice(1)) {
    const id = /^([FCPR]\d{2})\b/.exec(part)?.[1];
    if (id) sections.set(id, part.split(/^## /m)[0]);
  }
  return sections;
}

/** A fact quotes its source's own words (a `>` line): the source's text was read. */
export const quotesSource = (section: string): boolean => /^>\s*\S/m.test(section);

/** Facts that carry no rule text: neither a `>` quote of the source nor a `- 规则：` line saying what it states. */
export function factsWithoutRuleText(sections: Map<string, string>): string[] {
  return [...sections]
    .filter(([, text]) => !quotesSource(text) && !/^- 规则：\s*\S/m.test(text))
    .map(
      ([id]) =>
        `docs/policy-facts.md：事实 ${id} 没有规则文字（读到原文的用 > 引出原文，没读到的写一行“- 规则：”说明它规定了什么）`,
    );
}

/**
 * Provenance problems of the compiled tables: a rule value that cites no fact (neither its own `facts` nor its
 * source's), a source with a `verified` day although none of its facts quotes the source's words (nothing shows it was
 * opened: write `verified: null`), and a link to a site's home page (it does not hold the value: write `url: ""`).
 */
export function provenanceProblems(tables: PolicyTables, sections: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const j of sortedJurisdictions(tables))
    for (const [rule, values] of Object.entries(j.rules))
      for (const v of values) {
        const cited = [...(v.facts ?? []), ...(tables.sources[v.source]?.facts ?? [])];
        if (!cited.length)
          problems.push(
            `${j.code} ${j.name}：规则 ${rule} ${v.from} 起的取值没有引用任何事实（在取值或来源的 facts 里写 docs/policy-facts.md 的编号）`,
          );
      }
  for (const s of Object.values(tables.sources).sort((a, b) => a.id.localeCompare(b.id))) {
    if (s.verified && !(s.facts ?? []).some((id) => quotesSource(sections.get(id) ?? '')))
      problems.push(
        `来源 ${s.id}：写了核实日期 verified ${s.verified}，但它引用的事实没有一条带原文引语（>），看不出打开过原文；没有打开就写 verified: null`,
      );
    if (/^https?:\/\/[^/]+\/?$/.test(s.url))
      problems.push(
        `来源 ${s.id}：url ${s.url} 是网站首页，不含这个值；写读到的页面，或写 url: "" 并在 via 里说明读的是什么`,
      );
  }
  return problems;
}

/** Every fact id cited in the given files that docs/policy-facts.md does not define. */
export function unresolvedFacts(defined: Set<string>, files: Array<{ path: string; text: string }>): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const cited = new Set(file.text.match(FACT_ID) ?? []);
    for (const id of cited)
      if (!defined.has(id)) problems.push(`${file.path}：引用的事实 ${id} 在 docs/policy-facts.md 里找不到`);
  }
  return problems;
}

export { checkRuleDefinitions };
