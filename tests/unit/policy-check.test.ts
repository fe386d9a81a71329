// `npm run policies:check` fails, with a Chinese message naming file, rule, field and expectation, on: an unknown
// field, a number without a unit, a fact id docs/policy-facts.md does not define, a stale RULES.md or city list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compilePolicies } from '../../engine/policy/compile';
import { checkRuleDefinitions } from '../../engine/policy/describe';
import { RULE_KINDS } from '../../engine/policy/schema';
import type { PolicyTables } from '../../engine/policy/types';
import { checkAll, generatedFiles, loadPolicyFiles, renderTables, staleFiles } from '../../scripts/build-policies';
import {
  definedFacts,
  factSections,
  factsWithoutRuleText,
  provenanceProblems,
  renderCityList,
  renderPolicyBasis,
  toReverify,
  unresolvedFacts,
} from '../../scripts/policy-docs';
import { renderReport } from '../../scripts/policy-report';

const files = loadPolicyFiles();
const national = files.jurisdictions.find((f) => f.path.endsWith('national.yaml'))!;
const compileWith = (mutate: (data: any) => void) => {
  const data = JSON.parse(JSON.stringify(national.data));
  mutate(data);
  return () => compilePolicies(files.regions, [{ path: national.path, data }]);
};

it('the checkout passes: no problem, nothing stale', () => {
  const { problems, files: generated } = checkAll();
  expect(problems).toEqual([]);
  expect(staleFiles(generated!)).toEqual([]);
});

it('fails on an unknown field, naming file, rule, value and field', () => {
  expect(
    compileWith((d) => {
      d.rules['employee.resume'][1].value[0].waitingMonth = 3;
    }),
  ).toThrow(
    'policies/national.yaml：规则 employee.resume（职工医保断缴后恢复）第 2 条取值，字段 value[0]：未知字段 waitingMonth',
  );
});

it('fails on a value of the wrong type or out of range, saying what was expected', () => {
  expect(
    compileWith((d) => {
      d.rules['resident.waiting'][1].value.fixedMonths = 'three';
    }),
  ).toThrow('字段 value.fixedMonths：应为数字，实际为 "three"');
  expect(
    compileWith((d) => {
      d.rules['employee.resume'][1].value[1].waitingMonths = 30;
    }),
  ).toThrow('字段 value[1].waitingMonths：应不大于 24，实际为 30');
});

it('fails when a value without `to` is not the last one, and when benefitsStart is used with a waiting period', () => {
  expect(
    compileWith((d) => {
      delete d.rules['resident.waiting'][0].to;
    }),
  ).toThrow('只有最后一条可以不写截止月 to');
  expect(
    compileWith((d) => {
      d.rules['employee.resume'][1].value[1].benefitsStart = 'nextMonth';
    }),
  ).toThrow('有等待期时不用 benefitsStart');
});

it('fails on a number field without a unit (and passes on the real definitions)', () => {
  expect(checkRuleDefinitions()).toEqual([]);
  const broken = {
    ...RULE_KINDS,
    'car.quota': {
      ...RULE_KINDS['car.quota'],
      schema: z.object({ months: z.number().int().meta({ label: '连续月数', description: '需要连续缴纳的月数' }) }),
    },
  };
  expect(checkRuleDefinitions(broken as never)).toEqual([
    '规则 car.quota 字段 months：数字缺少单位（应为 月 / 天 / 元 / 比例 / 年 之一）',
  ]);
});

it('fails on a fact id that docs/policy-facts.md does not define', () => {
  const defined = definedFacts(readFileSync(join(__dirname, '../../docs/policy-facts.md'), 'utf8'));
  for (const id of ['F01', 'F57', 'C05', 'P10', 'R14']) expect(defined.has(id)).toBe(true);
  expect(unresolvedFacts(defined, [{ path: 'policies/city/x.yaml', text: 'note: 见 F34、C99 与 hzF12x' }])).toEqual([
    'policies/city/x.yaml：引用的事实 C99 在 docs/policy-facts.md 里找不到',
  ]);
});

describe('generated files go stale when the data changes', () => {
  const text = renderTables();
  const tables = JSON.parse(text) as PolicyTables;
  const changed = JSON.parse(text) as PolicyTables;
  // 石家庄 gains an interruption rule of its own: RULES.md and the city list must change with it.
  changed.jurisdictions['130100'] = {
    code: '130100',
    name: '石家庄市',
    level: 'city',
    rules: { 'employee.resume': tables.jurisdictions['000000'].rules['employee.resume'] },
  };
  it('the packed tables, RULES.md and the city list are stale, the others as expected', () => {
    expect(staleFiles(generatedFiles(tables, text))).toEqual([]);
    expect(staleFiles(generatedFiles(changed, text))).toEqual([
      'engine/policy/tables.packed.json',
      'policies/RULES.md',
      'client/src/data/cities.ts',
      'client/src/data/policy-basis.ts',
    ]);
  });
  it('the city list marks 有本市规定 (c) only for a city with an interruption rule of its own', () => {
    expect(renderCityList(tables)).toMatch(/;石家庄:河北:n;/);
    expect(renderCityList(changed)).toMatch(/;石家庄:河北:c:断缴\/等待期;/);
    // 北京 has housing, hukou and school rules but no interruption rule of its own.
    expect(renderCityList(tables)).toMatch(/'北京:北京:n:[^;]*购房\/落户\/入学/);
    // 杭州's own rule ended in 2021-06 (the 浙江 statute replaced it): the province's rule applies, not a city one.
    expect(renderCityList(tables)).toMatch(/;杭州:浙江:p:断缴\/等待期/);
  });
});

it('the report prints the value in force today with confidence and age, and a to-re-verify list', () => {
  const tables = JSON.parse(renderTables()) as PolicyTables;
  const report = renderReport(tables, '2028-01-15');
  expect(report).toMatch(/^政策数据报告（2028-01-15，中国时间）/);
  // The official page of the 2011 law, opened in the research (about 2026-09): 16 months before 2028-01-15.
  expect(report).toMatch(
    /pension\.minimumYears（养老金最低缴费年限）：15｜1998-01 起｜可信度 高｜核对于 2026-09-01（16 个月前）/,
  );
  // A value read through a reprint says so, and one whose source was never opened says when it was typed instead.
  expect(report).toMatch(
    /employee\.reducedCap（[^）]*）：[^\n]*｜核对于 2026-12-07，读的是转载（官方通知全文的转载页面/,
  );
  expect(renderReport(tables, '2026-12-07')).toMatch(
    /resident\.individualContribution（[^）]*）：795｜[^\n]*原文未打开，录入于 2026-11-28，读的是应用或问答数据/,
  );
  // Values by provenance and grade, every group with its count.
  expect(report).toMatch(/按来历和可信度[^\n]*\n {2}官方页面，可信度 高：\d+ 项\n/);
  expect(renderReport(tables, '2026-12-07')).toMatch(
    /\n {2}全国常见做法（估算），可信度 低：\d+ 项\n {4}130000 河北省 resident\.window（2026-01 起，核对于 2026-09-01）/,
  );
  expect(report).toMatch(/\n {2}应用或问答数据，可信度 低：\d+ 项\n/);
  // A year and more after the newest verification, every value still in force is due again.
  const due = toReverify(tables, '2028-01-15');
  expect(due.length).toBeGreaterThan(0);
  expect(due.every((r) => /超过 12 个月未核实|原文未打开/.test(r.reason) || r.confidence === 'low')).toBe(true);
  expect(
    toReverify(tables, '2026-11-28').every((r) => r.confidence === 'low' || r.ageMonths === null || r.ageMonths > 12),
  ).toBe(true);
  expect(due.some((r) => r.verified === null && r.reason.includes('原文未打开'))).toBe(true);
});

it('the 「政策依据」 data lists places with their kinds of local rules; national patterns are not local rules', () => {
  const text = renderPolicyBasis(JSON.parse(renderTables()) as PolicyTables);
  const data = JSON.parse(
    text.slice(text.indexOf('= [') + 2, text.lastIndexOf(';')).replace(/,\n\]$/, '\n]'),
  ) as Array<{
    name: string;
    kinds: Array<{ kind: string; verified: string | null; recorded: string; basis: string }>;
  }>;
  const kinds = (name: string) => data.find((p) => p.name === name)?.kinds.map((k) => k.kind) ?? [];
  expect(kinds('武汉市')).toContain('断缴/等待期');
  expect(kinds('北京市')).toEqual(expect.arrayContaining(['购房', '落户', '入学']));
  expect(kinds('北京市')).not.toContain('断缴/等待期');
  expect(kinds('河北省（全省）')).toEqual([]); // only the national window pattern
  // Values that ended before the data's date are history: 杭州's pre-2021 rule, 山西's 2021–2024 switch rule.
  expect(kinds('杭州市')).toEqual([]);
  expect(kinds('山西省（全省）')).not.toContain('断缴/等待期');
  expect(kinds('浙江省（全省）')).toContain('断缴/等待期');
  for (const p of data)
    for (const k of p.kinds) {
      expect(k.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([k.verified === null || /^\d{4}-\d{2}-\d{2}$/.test(k.verified)]).toEqual([true]);
      expect(k.basis).toMatch(k.verified ? `核对于 ${k.verified}` : '原文未打开，录入于');
    }
  // 北京's 2026 amounts come from a demo app's data and were never opened: the page says so.
  const bj = data.find((p) => p.name === '北京市')!.kinds.find((k) => k.kind === '缴费标准')!;
  expect(bj.basis).toMatch(/^原文未打开，录入于 2026-11-28；读的是[^；]*应用或问答数据；可信度低$/);
  // 浙江's statute was opened in a mirror of the law text (a reprint): 核对于, and 转载.
  const zj = data.find((p) => p.name === '浙江省（全省）')!.kinds.find((k) => k.kind === '断缴/等待期')!;
  expect(zj.basis).toBe('核对于 2026-12-07；读的是转载；可信度高');
});

describe('provenance checks: each fails once on a planted file', () => {
  const md = readFileSync(join(__dirname, '../../docs/policy-facts.md'), 'utf8');
  const tables = () => JSON.parse(renderTables()) as PolicyTables;
  it('the checkout has none of these problems', () => {
    expect(factsWithoutRuleText(factSections(md))).toEqual([]);
    expect(provenanceProblems(tables(), factSections(md))).toEqual([]);
  });
  it('a fact without rule text: neither a > quote nor a "- 规则：" line', () => {
    const planted = `${md}\n### C99 种出来的事实\n\n- 范围：CITY:某市\n- 关键数字：3 个月\n- 可信度：低\n`;
    expect(factsWithoutRuleText(factSections(planted))).toEqual([
      'docs/policy-facts.md：事实 C99 没有规则文字（读到原文的用 > 引出原文，没读到的写一行“- 规则：”说明它规定了什么）',
    ]);
    const stated = planted.replace(
      '- 范围：CITY:某市',
      '- 规则：某市断缴 3 个月内可补缴（原文措辞未见）。\n- 范围：CITY:某市',
    );
    expect(factsWithoutRuleText(factSections(stated))).toEqual([]);
  });
  it('a rule value citing no fact (neither the value nor its source)', () => {
    const t = tables();
    const value = t.jurisdictions['000000'].rules['employee.lateFeePerDay'][0];
    expect(value.facts ?? []).toEqual([]); // the value relies on its source's facts
    delete t.sources[value.source].facts;
    expect(provenanceProblems(t, factSections(md))).toContain(
      '000000 全国：规则 employee.lateFeePerDay 2011-07 起的取值没有引用任何事实（在取值或来源的 facts 里写 docs/policy-facts.md 的编号）',
    );
  });
  it('a verified day on a source none of whose facts quotes its words, and a home-page link', () => {
    const t = tables();
    // 山西's 2026 amount: R11 and R04 are stated, not quoted (a secondary source reported the notice's title only).
    t.sources['sx.resident.contribution-2026'].verified = '2026-11-28';
    t.sources['tj.medical.flexible-new'].url = 'https://www.tj.gov.cn/';
    expect(provenanceProblems(t, factSections(md))).toEqual([
      '来源 sx.resident.contribution-2026：写了核实日期 verified 2026-11-28，但它引用的事实没有一条带原文引语（>），看不出打开过原文；没有打开就写 verified: null',
      '来源 tj.medical.flexible-new：url https://www.tj.gov.cn/ 是网站首页，不含这个值；写读到的页面，或写 url: "" 并在 via 里说明读的是什么',
    ]);
  });
  it('checkAll reports them: a planted YAML source with verified and no quoted fact fails the whole check', () => {
    const planted = JSON.parse(JSON.stringify(national.data));
    planted.sources.push({
      id: 'planted.unopened',
      title: '种出来的来源',
      docNo: '',
      url: 'https://example.com/a.html',
      confidence: 'low',
      recorded: '2026-12-07',
      verified: '2026-12-07',
      facts: ['R04'],
    });
    planted.rules['employee.lateFeePerDay'][0].source = 'planted.unopened';
    const t = compilePolicies(files.regions, [{ path: national.path, data: planted }]);
    expect(provenanceProblems(t, factSections(md))).toContain(
      '来源 planted.unopened：写了核实日期 verified 2026-12-07，但它引用的事实没有一条带原文引语（>），看不出打开过原文；没有打开就写 verified: null',
    );
  });
});

it('fails on a wait written both in days and in months, or in days with a start month, or bands that cannot match', () => {
  const band = (extra: object) =>
    compileWith((d) => {
      Object.assign(d.rules['employee.resume'][1].value[1], extra);
    });
  expect(band({ waitingDays: 30 })).toThrow('等待期按天（waitingDays）和按月（waitingMonths 大于 0）只能写一种');
  expect(
    band({ waitingMonths: 0, waitingIsUpperBound: undefined, waitingDays: 30, benefitsStart: 'nextMonth' }),
  ).toThrow('按天计的等待期从缴费当天起数，不能再写 benefitsStart 或 waitingMonthsIfBackPaid');
  expect(band({ waitingMonths: 0, waitingIsUpperBound: undefined, waitingDays: 0 })).toThrow(
    '字段 value[1].waitingDays',
  );
  expect(
    compileWith((d) => {
      d.rules['employee.resume'][1].value[0].minGapMonths = 4;
    }),
  ).toThrow('最短断缴月数（minGapMonths）不能大于最长断缴月数（maxGapMonths）');
  expect(band({ waitingMonths: 0, waitingIsUpperBound: undefined, waitingDays: 30 })).not.toThrow();
});
