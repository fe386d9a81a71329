// The building blocks of the rule kinds (./schema.ts): units, categories, a field's metadata (label, description,
// unit), the value types several kinds share (months, days, confidence, the resume band) and the kind record.
import { z } from 'zod';

/** Units a number may carry. Every number field declares one (checked by `checkRuleDefinitions`). */
export const UNITS = ['月', '天', '元', '比例', '年'] as const;
export type Unit = (typeof UNITS)[number];

/** What kind of local rule a rule kind is (the city list and 「政策依据」 group by it). */
export const RULE_CATEGORIES = {
  interruption: '断缴/等待期',
  window: '居民参保期',
  contribution: '缴费标准',
  enrolment: '参保条件',
  incentive: '连续参保激励',
  pension: '养老',
  medicalRetirement: '医保退休年限',
  maternity: '生育',
  housing: '购房',
  hukou: '落户',
  school: '入学',
  car: '购车',
} as const;
export type RuleCategory = keyof typeof RULE_CATEGORIES;

export interface FieldMeta {
  /** Short Chinese name of the field. */
  label: string;
  /** What the field means, in plain words. */
  description: string;
  unit?: Unit;
}

/** Attaches a field's label, description and (for numbers) unit. */
export function f<S extends z.ZodType>(schema: S, label: string, description: string, unit?: Unit): S {
  return schema.meta({ label, description, ...(unit ? { unit } : {}) }) as S;
}

export const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '格式应为 YYYY-MM');
export const dayText = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]|end)$/, '格式应为 MM-DD 或 MM-end');
export const confidence = z.enum(['high', 'medium', 'low']);
export const scheme = z.enum(['employee', 'flexible']);
export const restartFrom = z.enum(['paymentMonth', 'nextMonth']);

export const resumeBand = z
  .object({
    minGapMonths: f(
      z.number().int().min(2).optional(),
      '最短断缴月数',
      '这一档从断缴这么多个月起才适用（含）；更短的断缴按上一级（省、国家）的规定（岳阳只规定了超过 3 个月的一档，写 4）；不写表示从 1 个月起',
      '月',
    ),
    maxGapMonths: f(
      z.number().int().positive().nullable(),
      '最长断缴月数',
      '这一档适用的断缴月数上限（含）；null 表示更长的断缴都按这一档',
      '月',
    ),
    appliesTo: f(
      z.array(scheme).min(1).optional(),
      '恢复方式',
      '这一档适用于怎样恢复缴费：employee 新单位参保，flexible 以灵活就业身份缴费；不写表示两种都适用',
    ),
    after: f(
      z.array(scheme).min(1).optional(),
      '断缴前身份',
      '这一档只适用于断缴前是这种身份的人（employee 单位职工，flexible 灵活就业）；不写表示不限',
    ),
    backPay: f(
      z.enum(['yes', 'no', 'depends']),
      '能否补缴',
      '断缴的月份能否补缴以保持连续：yes 可以，no 不可以，depends 视情况（须向当地核实）',
    ),
    retroactive: f(z.boolean(), '补缴后追溯报销', '补齐断缴月份后，断缴期间发生的医疗费是否由基金报销'),
    waitingMonths: f(
      z.number().int().min(0).max(24),
      '等待月数',
      '恢复缴费后不能享受（或只能部分享受）待遇的月数；0 表示没有等待期',
      '月',
    ),
    waitingDays: f(
      z.number().int().positive().max(366).optional(),
      '等待天数',
      '规定按天写的等待期（岳阳“缴费后 30 天”）：从缴费当天起数这么多天，到那天起恢复待遇；写了它 waitingMonths 应为 0；不写表示没有按天计的等待期',
      '天',
    ),
    waitingMonthsIfBackPaid: f(
      z.number().int().min(0).max(24).optional(),
      '补缴后的等待月数',
      '补齐断缴月份（但不追溯）时的等待月数，比不补缴短（福建：补缴 3 个月，不补缴 6 个月）；不写表示与 waitingMonths 相同',
      '月',
    ),
    waitingIsUpperBound: f(
      z.boolean().optional(),
      '等待期只是上限',
      'true 表示规定只写了“不超过”这么多个月（例如 43号 的 6 个月），按上限估算并提示',
    ),
    waitingCountsFrom: f(
      restartFrom.optional(),
      '等待期起算月',
      '有等待期时从哪个月开始数：paymentMonth 缴费当月（默认），nextMonth 缴费次月',
    ),
    benefitsStart: f(
      restartFrom.optional(),
      '无等待期时的待遇起始月',
      '没有等待期、也不追溯时，待遇从哪个月开始：paymentMonth 缴费当月（默认），nextMonth 缴费次月',
    ),
    countsPaymentMonth: f(
      z.boolean().optional(),
      '缴费当月算断缴',
      'true 表示“含办理当月”：缴费的那个月本身也算中断（武汉 F34）；不写表示当月到期前不算断缴',
    ),
    waitingRate: f(
      z.number().gt(0).lt(1).optional(),
      '等待期内待遇比例',
      '等待期内按连续参保人员待遇的这个比例报销（福建 50%）；不写表示等待期内不报销',
      '比例',
    ),
  })
  .strict()
  .superRefine((band, ctx) => {
    if (band.waitingMonths > 0 && band.benefitsStart)
      ctx.addIssue({
        code: 'custom',
        path: ['benefitsStart'],
        message: '有等待期时不用 benefitsStart，应写 waitingCountsFrom（等待期起算月）',
      });
    if (band.waitingMonths === 0 && (band.waitingCountsFrom || band.waitingRate || band.waitingIsUpperBound))
      ctx.addIssue({
        code: 'custom',
        path: ['waitingMonths'],
        message:
          '没有按月计的等待期（waitingMonths 为 0）时不能写 waitingCountsFrom、waitingRate 或 waitingIsUpperBound',
      });
    daysBandIssues(band).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
  });

/** A wait written in days is its own meaning: not together with a wait in months, a start month or a back-pay wait. */
export function daysBandIssues(band: {
  minGapMonths?: number;
  maxGapMonths: number | null;
  waitingMonths: number;
  waitingDays?: number;
  waitingMonthsIfBackPaid?: number;
  benefitsStart?: string;
}): Array<{ path: string[]; message: string }> {
  const issues: Array<{ path: string[]; message: string }> = [];
  if (band.minGapMonths !== undefined && band.maxGapMonths !== null && band.minGapMonths > band.maxGapMonths)
    issues.push({
      path: ['minGapMonths'],
      message: '最短断缴月数（minGapMonths）不能大于最长断缴月数（maxGapMonths）',
    });
  if (band.waitingDays === undefined) return issues;
  if (band.waitingMonths > 0)
    issues.push({
      path: ['waitingDays'],
      message: '等待期按天（waitingDays）和按月（waitingMonths 大于 0）只能写一种：按天写时 waitingMonths 应为 0',
    });
  if (band.benefitsStart || band.waitingMonthsIfBackPaid !== undefined)
    issues.push({
      path: ['waitingDays'],
      message: '按天计的等待期从缴费当天起数，不能再写 benefitsStart 或 waitingMonthsIfBackPaid',
    });
  return issues;
}

export interface RuleKind<S extends z.ZodType> {
  label: string;
  description: string;
  category: RuleCategory;
  schema: S;
}
export function kind<S extends z.ZodType>(def: RuleKind<S>): RuleKind<S> {
  return def;
}
