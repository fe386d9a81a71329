// The shapes of the policy files themselves (policies/**/*.yaml, regions.yaml): a dated rule value, a source, a
// jurisdiction file and the region list, checked by the compiler (./compile.ts).
import { z } from 'zod';
import { confidence, f, monthText } from './schema-fields';

const ruleValue = z
  .object({
    from: f(monthText, '起始月', '生效的第一个月，YYYY-MM'),
    to: f(monthText.nullable().optional(), '截止月', '生效的最后一个月；最后一条可以不写（一直有效，直到被新值取代）'),
    value: z.unknown(),
    source: f(z.string().min(1), '来源', 'sources 里的来源 id'),
    confidence: f(confidence, '可信度', 'high / medium / low；low 会在报告里显示“估算，请向当地核实”'),
    pattern: f(
      z.literal(true).optional(),
      '全国常见做法',
      'true 表示这一条不是本地规定，而是按全国常见做法为本地写明的估算（报告按国家一级对待，城市列表不算本地规定）',
    ),
    facts: f(
      z.array(z.string().regex(/^[FCPR]\d{2}$/, '事实编号应为 F、C、P 或 R 加两位数字')).optional(),
      '事实编号',
      'docs/policy-facts.md 里支撑这个值的事实',
    ),
    note: f(z.string().optional(), '说明', '来源冲突、采用的口径、注意事项：给核对的人看'),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, '来源 id 只能用小写字母、数字、点和连字符'),
    title: z.string().min(1),
    docNo: z.string(),
    /** The page that holds the value; '' when what was read is not a web page (app data, a notice without link). */
    url: z.union([z.string().regex(/^https?:\/\//, '应为 http(s) 地址'), z.literal('')]),
    /** Where the text was actually read when that is not `url` (a reprint, app data, a chatbot prompt). */
    via: z.string().min(1).optional(),
    /** How the text was read: the official page, a reprint, or an app's / chatbot's data (default: from url and via). */
    readAs: z.enum(['official', 'reprint', 'app']).optional(),
    confidence,
    /** The day the value was typed into the repository. */
    recorded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '录入日期 recorded 格式应为 YYYY-MM-DD'),
    /** The day the source's text was opened and the value checked against it; null = never opened (typed from notes). */
    verified: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '核实日期格式应为 YYYY-MM-DD')
      .nullable(),
    facts: z.array(z.string().regex(/^[FCPR]\d{2}$/, '事实编号应为 F、C、P 或 R 加两位数字')).optional(),
  })
  .strict();

/** How a source's text was read: `readAs` when written, else the official page when its url is a government site and
 * no `via` says it was read elsewhere, else a reprint. */
export function readAsOf(s: {
  url: string;
  via?: string;
  readAs?: 'official' | 'reprint' | 'app';
}): 'official' | 'reprint' | 'app' {
  if (s.readAs) return s.readAs;
  return !s.via && /^https?:\/\/[^/]+\.gov\.cn(\/|$)/.test(s.url) ? 'official' : 'reprint';
}

export const jurisdictionFileSchema = z
  .object({
    jurisdiction: z
      .object({
        code: z.string().regex(/^\d{6}$/),
        name: z.string().min(1),
        level: z.enum(['national', 'province', 'city']),
      })
      .strict(),
    sources: z.array(sourceSchema).default([]),
    rules: z.record(z.string(), z.array(ruleValue).min(1)).default({}),
  })
  .strict();

const provinceSchema = z
  .object({
    code: z.string().regex(/^\d{2}0000$/),
    name: z.string().min(2),
    short: z.string().min(2),
    municipality: z.boolean().optional(),
  })
  .strict();

const regionSchema = z
  .object({
    code: z.string().regex(/^\d{6}$/),
    name: z.string().min(2),
    short: z.string().min(1),
    province: z.string().regex(/^\d{2}0000$/),
    level: z.literal('county').optional(),
    municipality: z.boolean().optional(),
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const regionsFileSchema = z
  .object({ provinces: z.array(provinceSchema).length(31), cities: z.array(regionSchema).min(31) })
  .strict();

export type PolicySourceData = z.infer<typeof sourceSchema>;
export type RuleValueData = z.infer<typeof ruleValue>;
export type ProvinceData = z.infer<typeof provinceSchema>;
export type RegionData = z.infer<typeof regionSchema>;
