// Input validation: the zod schema of a Situation and the mapping of every problem to a Chinese message that
// names the field. Invalid input never reaches the rules, so a Report is never partial.
import * as z from 'zod/mini';
import type { EvaluateError, Situation } from './contract';
import { MonthTable } from './month-table';
import { isDate, isMonth, monthOfDate, toMonthIndex } from './time';

const SCHEMES = ['employee', 'flexible', 'resident'] as const;
const GAP_REASONS = ['employer', 'jobChange', 'personal'] as const;
const CONCERNS = ['medical', 'pension', 'housing', 'hukou', 'school', 'maternity', 'car'] as const;
const SPECIAL_GROUPS = ['newborn', 'lowIncome', 'student', 'disabled', 'elderlyLowIncome'] as const;
const BRIDGES = ['none', 'flexible', 'resident'] as const;
/** Statutory retirement ages before 2025 (国发〔1978〕104号): women 50 or 55, men 60. */
const ORIGINAL_RETIREMENT_AGES = [50, 55, 60] as const;

const month = z.string().check(z.refine(isMonth, { message: 'MONTH' }));
const date = z.string().check(z.refine(isDate, { message: 'DATE' }));

/** Invisible characters: controls, format characters (zero-width, bidi marks, BOM), line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
export const MAX_CITY_CHARS = 40;

/**
 * The city as typed, made comparable: NFKC (full-width letters and digits become ASCII, compatibility forms
 * their plain ones), invisible characters removed, outer spaces trimmed; its length counted in characters.
 */
function cityText() {
  return z.string().check(
    z.overwrite((text) => text.normalize('NFKC').replace(INVISIBLE, '').trim()),
    z.minLength(1, { message: 'REQUIRED' }),
    z.refine((text) => Array.from(text).length <= MAX_CITY_CHARS, { message: 'TOO_LONG' }),
  );
}

const periodSchema = z.object({
  scheme: z.enum(SCHEMES),
  from: month,
  to: z.nullable(month),
  backPaid: z.optional(z.boolean()),
  paidOn: z.optional(date),
  paidOnEstimated: z.optional(z.boolean()),
});

export const situationSchema = z.object({
  asOf: z.optional(date),
  city: cityText(),
  hukou: z.optional(z.enum(['local', 'nonlocal'])),
  gender: z.optional(z.enum(['male', 'female'])),
  birth: z.optional(month),
  specialGroup: z.optional(z.enum(SPECIAL_GROUPS)),
  periods: z.array(periodSchema).check(z.maxLength(120, { message: 'TOO_MANY' })),
  gapReason: z.optional(z.enum(GAP_REASONS)),
  concerns: z.optional(z.array(z.enum(CONCERNS)).check(z.maxLength(CONCERNS.length * 2, { message: 'TOO_MANY' }))),
  plannedBirth: z.optional(month),
  monthlyBase: z.optional(
    z.number().check(z.positive({ message: 'POSITIVE' }), z.maximum(1_000_000, { message: 'TOO_BIG' })),
  ),
  originalRetirementAge: z.optional(
    z.number().check(z.refine((n) => (ORIGINAL_RETIREMENT_AGES as readonly number[]).includes(n), { message: 'AGE' })),
  ),
  plan: z.optional(
    z.object({
      stopAfter: month,
      resumeFrom: z.nullable(month),
      bridge: z.enum(BRIDGES),
    }),
  ),
});

const FIELD_LABELS: Record<string, string> = {
  asOf: '查询日期',
  city: '城市',
  hukou: '户籍',
  gender: '性别',
  birth: '出生年月',
  specialGroup: '特殊人群',
  periods: '缴费记录',
  gapReason: '断缴原因',
  concerns: '关心的事项',
  plannedBirth: '预产期',
  monthlyBase: '缴费基数',
  originalRetirementAge: '原退休年龄',
  plan: '停缴计划',
  stopAfter: '最后缴费月份',
  resumeFrom: '恢复缴费月份',
  bridge: '中间的过渡方式',
  scheme: '参保类型',
  from: '开始月份',
  to: '结束月份',
  backPaid: '是否补缴',
  paidOn: '缴费日期',
  paidOnEstimated: '缴费日期是否估算',
};

/** "新生儿（newborn）、学生（student）或 残疾人（disabled）": Chinese first, the API code in brackets (copy review L12). */
function choices(words: Record<string, string>): string {
  const parts = Object.entries(words).map(([code, word]) => `${word}（${code}）`);
  return `${parts.slice(0, -1).join('、')}或 ${parts[parts.length - 1]}`;
}

const ALLOWED_VALUES: Record<string, string> = {
  scheme: 'employee（单位职工医保）、flexible（灵活就业）或 resident（居民医保）',
  hukou: 'local（本地户籍）或 nonlocal（外地户籍）',
  gender: '男（male）或 女（female）',
  gapReason: 'employer（单位欠缴）、jobChange（换工作）或 personal（个人停缴）',
  specialGroup: choices({
    newborn: '新生儿',
    lowIncome: '低收入人员',
    student: '学生',
    disabled: '残疾人',
    elderlyLowIncome: '低收入老年人',
  } satisfies Record<(typeof SPECIAL_GROUPS)[number], string>),
  concerns: choices({
    medical: '医保',
    pension: '养老',
    housing: '买房',
    hukou: '落户',
    school: '孩子上学',
    maternity: '生育',
    car: '购车指标',
  } satisfies Record<(typeof CONCERNS)[number], string>),
  bridge: 'none（不过渡）、flexible（灵活就业）或 resident（居民医保）',
};

type Path = ReadonlyArray<PropertyKey>;

export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function labelOf(path: Path): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  const label = (last && FIELD_LABELS[last]) || '输入';
  const periodIndex = path[0] === 'periods' && typeof path[1] === 'number' ? path[1] : undefined;
  return periodIndex !== undefined && path.length > 2 ? `第 ${periodIndex + 1} 段缴费记录的${label}` : label;
}

function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  const label = labelOf(issue.path);
  const last = [...issue.path].reverse().find((p) => typeof p === 'string') as string | undefined;
  switch (issue.message) {
    case 'MONTH':
      return `${label}格式不对，请写成“年-月”，例如 2024-07`;
    case 'DATE':
      return `${label}不是有效日期，请写成“年-月-日”，例如 2026-11-23`;
    case 'REQUIRED':
      return `请填写${label}`;
    case 'TOO_LONG':
      return `${label}太长了`;
    case 'TOO_MANY':
      return last === 'concerns' ? `${label}重复太多` : `${label}最多填写 120 段`;
    case 'POSITIVE':
      return `${label}必须大于 0`;
    case 'TOO_BIG':
      return `${label}超出合理范围`;
    case 'AGE':
      return `${label}只能是 ${ORIGINAL_RETIREMENT_AGES.join('、')}（岁）`;
  }
  if (issue.code === 'invalid_value' && last && ALLOWED_VALUES[last]) {
    return `${label}只能是 ${ALLOWED_VALUES[last]}`;
  }
  if (issue.code === 'invalid_type') {
    const missing = valueAt(input, issue.path) === undefined;
    if (missing) return `缺少${label}`;
    return wrongTypeMessage(label, issue.expected);
  }
  return `${label}填写有误`;
}

/** The value at a path of the raw input (zod's issues do not carry it), undefined when absent. */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** What a value of each JSON type is called in a message ("城市应为文字", "是否补缴应为 true 或 false"). */
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: ' true 或 false',
  array: '列表',
  object: '对象',
};

function wrongTypeMessage(label: string, expected: string): string {
  return `${label}应为${TYPE_NAMES[expected] ?? '正确的类型'}`;
}

export type Validated = { ok: true; situation: Situation & { asOf: string } } | { ok: false; error: EvaluateError };

function invalid(field: string, message: string): { ok: false; error: EvaluateError } {
  return { ok: false, error: { error: { code: 'INVALID_INPUT', field, message } } };
}

/**
 * The sane range of every month and date (documented in docs/functions.md § evaluate): the policy tables start in
 * 2000-01, so neither the query date nor a resident year may be earlier; contribution records start in 1980 at
 * the earliest; nothing runs further ahead than what can be paid ahead (resident insurance: the next calendar year);
 * a birth month is at most 120 years back. Keeping every month in range also bounds the work of evaluate().
 */
export const DATE_BOUNDS = {
  tablesFrom: '2000-01',
  asOfTo: '2100-12',
  periodsFrom: '1980-01',
  maxAgeYears: 120,
  residentYearsAhead: 1,
} as const;

function checkDateBounds(situation: Situation & { asOf: string }, asOfMonth: number) {
  const tablesFrom = toMonthIndex(DATE_BOUNDS.tablesFrom);
  const residentYears = new Map<number, number>();
  for (let i = 0; i < situation.periods.length; i++) {
    const period = situation.periods[i];
    if (period.scheme !== 'resident') continue;
    if (toMonthIndex(period.from) < tablesFrom) {
      return invalid(
        `periods[${i}].from`,
        `第 ${i + 1} 段居民医保的年度太早：政策数据从 ${DATE_BOUNDS.tablesFrom.slice(0, 4)} 年开始`,
      );
    }
    const lastYear = Math.floor(asOfMonth / 12) + DATE_BOUNDS.residentYearsAhead;
    if (period.to !== null && toMonthIndex(period.to) > lastYear * 12 + 11) {
      return invalid(`periods[${i}].to`, `第 ${i + 1} 段居民医保的结束月份太远，最多到 ${lastYear} 年 12 月`);
    }
    // Resident insurance is paid per calendar year: one year, one record (copies only multiply the work).
    const to = period.to === null ? asOfMonth : toMonthIndex(period.to);
    for (let year = Math.floor(toMonthIndex(period.from) / 12); year <= Math.floor(to / 12); year++) {
      const other = residentYears.get(year);
      if (other !== undefined) {
        return invalid(
          `periods[${i}].from`,
          `第 ${i + 1} 段与第 ${other + 1} 段居民医保的年度重叠（${year} 年），同一年只能有一段`,
        );
      }
      residentYears.set(year, i);
    }
  }
  if (situation.birth && toMonthIndex(situation.birth) < asOfMonth - DATE_BOUNDS.maxAgeYears * 12) {
    return invalid('birth', `出生年月太早，最多 ${DATE_BOUNDS.maxAgeYears} 年前`);
  }
  if (situation.plannedBirth && toMonthIndex(situation.plannedBirth) < tablesFrom) {
    return invalid('plannedBirth', `预产期太早（最早 ${DATE_BOUNDS.tablesFrom}）`);
  }
  for (let i = 0; i < situation.periods.length; i++) {
    const period = situation.periods[i];
    if (period.paidOn && period.paidOn < `${DATE_BOUNDS.periodsFrom}-01`) {
      return invalid(`periods[${i}].paidOn`, `第 ${i + 1} 段的缴费日期太早（最早 ${DATE_BOUNDS.periodsFrom}-01）`);
    }
  }
  return null;
}

/** Checks shape, then the rules that span fields (order of months, overlaps, dates against asOf). */
export function validateSituation(input: unknown, today: string): Validated {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return invalid('', '请求内容必须是一个 JSON 对象');
  }
  const parsed = situationSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(formatPath(issue.path), messageFor(issue, input));
  }
  const situation = Object.assign({}, parsed.data, { asOf: parsed.data.asOf ?? today }) as Situation & { asOf: string };
  const asOfMonth = monthOfDate(situation.asOf);
  if (asOfMonth < toMonthIndex(DATE_BOUNDS.tablesFrom) || asOfMonth > toMonthIndex(DATE_BOUNDS.asOfTo)) {
    return invalid('asOf', '查询日期超出支持范围（2000 年至 2100 年）');
  }
  const outOfBounds = checkDateBounds(situation, asOfMonth);
  if (outOfBounds) return outOfBounds;
  if (situation.birth && toMonthIndex(situation.birth) > asOfMonth) {
    return invalid('birth', '出生年月不能晚于查询日期');
  }

  // Which record pays each month (a table, not a hash map: up to 120 records of many months each).
  const contributionMonths = new MonthTable<number>();
  for (let i = 0; i < situation.periods.length; i++) {
    const period = situation.periods[i];
    const at = (field: string) => `periods[${i}].${field}`;
    const from = toMonthIndex(period.from);
    const to = period.to === null ? null : toMonthIndex(period.to);
    if (from < toMonthIndex(DATE_BOUNDS.periodsFrom))
      return invalid(at('from'), `第 ${i + 1} 段缴费记录的开始月份太早（最早 ${DATE_BOUNDS.periodsFrom}）`);
    if (to !== null && to < from) return invalid(at('from'), `第 ${i + 1} 段缴费记录的开始月份晚于结束月份`);
    if (period.scheme === 'resident') {
      if (to === null) return invalid(at('to'), `第 ${i + 1} 段居民医保按年度缴费，请填写结束月份（通常为当年 12 月）`);
      if (to % 12 !== 11)
        return invalid(at('to'), `第 ${i + 1} 段居民医保按年交（1月到12月），结束月份应为某年的 12 月`);
      const newbornStart = situation.specialGroup === 'newborn';
      if (from % 12 !== 0 && !newbornStart) {
        return invalid(at('from'), `第 ${i + 1} 段居民医保按年交（1月到12月），开始月份应为某年的 1 月`);
      }
      if (from > asOfMonth + 14) return invalid(at('from'), `第 ${i + 1} 段居民医保的年度太远，最多只能预缴下一年度`);
    } else {
      if (from > asOfMonth) return invalid(at('from'), `第 ${i + 1} 段缴费记录的开始月份晚于查询日期`);
      if (to !== null && to > asOfMonth + 12)
        return invalid(at('to'), `第 ${i + 1} 段缴费记录的结束月份太远，最多预缴 12 个月`);
      const end = to ?? asOfMonth;
      for (let m = from; m <= end; m++) {
        const other = contributionMonths.get(m);
        if (other !== undefined) {
          return invalid(
            at('from'),
            `第 ${i + 1} 段与第 ${other + 1} 段职工医保缴费记录的月份重叠，同一个月只能有一段`,
          );
        }
        contributionMonths.set(m, i);
      }
    }
    if (period.paidOn) {
      if (period.paidOn > situation.asOf) return invalid(at('paidOn'), `第 ${i + 1} 段的缴费日期晚于查询日期`);
      if (period.backPaid && monthOfDate(period.paidOn) < from) {
        return invalid(at('paidOn'), `第 ${i + 1} 段是补缴，补缴日期应在所补月份开始之后`);
      }
    } else if (period.paidOnEstimated) {
      return invalid(at('paidOnEstimated'), `第 ${i + 1} 段没有缴费日期，不能标为估算`);
    }
    if (period.backPaid && period.scheme !== 'resident' && !period.paidOn) {
      return invalid(at('paidOn'), `第 ${i + 1} 段是补缴，请填写补缴日期（年-月-日）`);
    }
  }
  if (situation.plan) {
    const { stopAfter, resumeFrom } = situation.plan;
    if (toMonthIndex(stopAfter) < asOfMonth - 1) return invalid('plan.stopAfter', '最后缴费月份不能早于上个月');
    if (toMonthIndex(stopAfter) > asOfMonth + 120)
      return invalid('plan.stopAfter', '最后缴费月份太远，最多填写十年以内');
    if (resumeFrom !== null && toMonthIndex(resumeFrom) <= toMonthIndex(stopAfter))
      return invalid('plan.resumeFrom', '恢复缴费月份应晚于最后缴费月份');
  }
  if (situation.plannedBirth && toMonthIndex(situation.plannedBirth) > asOfMonth + 24) {
    return invalid('plannedBirth', '预产期太远，最多填两年以内');
  }
  if (situation.originalRetirementAge !== undefined && situation.gender) {
    const allowed = situation.gender === 'male' ? [60] : [50, 55];
    if (!allowed.includes(situation.originalRetirementAge))
      return invalid(
        'originalRetirementAge',
        situation.gender === 'male' ? '男职工原法定退休年龄是 60 岁' : '女职工原法定退休年龄只能是 50 或 55 岁',
      );
  }
  if (
    situation.plan?.resumeFrom &&
    toMonthIndex(situation.plan.resumeFrom) > toMonthIndex(situation.plan.stopAfter) + 60
  )
    return invalid('plan.resumeFrom', '恢复缴费月份太远，最多填写停缴后 5 年以内');
  return { ok: true, situation };
}
