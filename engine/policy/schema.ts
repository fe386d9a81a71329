// The schema every policy file must satisfy (checked by `npm run policies:check` and in `npm test`).
// RULE_VALUE_SCHEMAS is also the list of rule keys the engine reads: an unknown key is an error.
import { z } from 'zod';

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const dayText = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]|end)$/);
const confidence = z.enum(['high', 'medium', 'low']);

const resumeBand = z
  .object({
    maxGapMonths: z.number().int().positive().nullable(),
    appliesTo: z
      .array(z.enum(['employee', 'flexible']))
      .min(1)
      .optional(),
    backPay: z.enum(['yes', 'no', 'depends']),
    retroactive: z.boolean(),
    waitingMonths: z.number().int().min(0).max(6),
    waitingIsUpperBound: z.boolean().optional(),
    benefitsStart: z.enum(['paymentMonth', 'nextMonth']).optional(),
  })
  .strict();

export const RULE_VALUE_SCHEMAS = {
  'employee.resume': z.array(resumeBand).min(1),
  'employee.rates': z
    .object({
      employeeTotal: z.number().positive().max(0.2).optional(),
      flexible: z.number().positive().max(0.2).optional(),
      flexibleMonthlyExtra: z.number().min(0).max(100).optional(),
    })
    .strict(),
  'employee.lateFeePerDay': z.number().positive().max(0.01),
  'employer.arrears': z
    .object({
      retroactive: z.boolean(),
      resumes: z.enum(['onPayment', 'nextMonth']),
    })
    .strict(),
  'flexible.openToNonlocal': z.boolean(),
  'flexible.firstEnrolmentWaitingMonths': z.number().int().min(0).max(6),
  // Whether that waiting period counts from the payment month (default) or from the month after it (苏州).
  'flexible.firstEnrolmentCountsFrom': z.enum(['paymentMonth', 'nextMonth']),
  // Interruptions of a flexible worker adding up to `months` within one calendar year are judged like the longest
  // band (a new first enrolment), however short each one was (武汉 F34).
  'flexible.cumulativeInterruption': z
    .object({
      months: z.number().int().min(2).max(12),
      within: z.literal('calendarYear'),
    })
    .strict(),
  'resident.window': z
    .object({
      opens: dayText,
      closes: dayText,
      closesInInsuredYear: z.boolean().optional(),
      extensionUntil: dayText.optional(),
    })
    .strict(),
  'resident.waiting': z
    .object({
      fixedMonths: z.number().int().min(0).max(6),
      variablePerGapYear: z.number().int().min(0).max(3),
      firstGapYearFree: z.boolean(),
      gapYearsCountFrom: z.number().int().min(1990).max(2100).nullable(),
      floorAfterGapYears: z.number().int().positive(),
      floorMonths: z.number().int().min(0).max(12),
      repairable: z.boolean(),
    })
    .strict(),
  'resident.individualContribution': z.number().positive().max(5000),
  // Individual contribution per group where the place publishes several (R10 北京): yuan a year.
  'resident.individualByGroup': z
    .object({
      elderly: z.number().positive().max(5000),
      student: z.number().positive().max(5000),
      workingAge: z.number().positive().max(5000),
    })
    .strict(),
  'resident.newbornGraceDays': z.number().int().positive().max(366),
  'resident.switch': z
    .object({
      maxGapMonths: z.number().int().min(0).max(12),
      priorYears: z.number().int().min(0).max(10),
      retroactive: z.boolean(),
    })
    .strict(),
  'resident.incentive': z
    .object({
      continuousYears: z.number().int().positive(),
      raisePerYear: z.number().positive().nullable(),
      penaltyAfterGap: z.number().nonnegative().nullable(),
    })
    .strict(),
  'pension.minimumYears': z.number().min(10).max(25),
  // 渐进式延迟退休 (F23): the statutory age by group; the delay grows by one month per `stepMonths` months between
  // `countFrom` and the month the person would have retired under the original age, up to `maxDelayMonths`.
  'pension.retirementAge': z
    .object({
      countFrom: monthText,
      groups: z
        .array(
          z
            .object({
              gender: z.enum(['male', 'female']),
              label: z.string().min(1),
              originalAge: z.number().int().min(40).max(70),
              stepMonths: z.number().int().positive(),
              maxDelayMonths: z.number().int().min(0).max(120),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
  // 基本养老金计发基数 (P20–P40): the province's (or 深圳's) monthly base for retirements in `year`; `monthly` yuan.
  'pension.calcBase': z
    .object({ monthly: z.number().positive().max(50000), year: z.number().int().min(2000).max(2100) })
    .strict(),
  // 计发月数 by whole retirement age (P03); non-whole ages interpolate linearly between neighbours (P04).
  'pension.payoutMonths': z.record(z.string().regex(/^\d{2}$/), z.number().positive().max(300)),
  // Share of the own contribution base paid into the personal pension account (P05: 8 %).
  'pension.accountRate': z.number().positive().max(0.2),
  // The band a flexible worker chooses a contribution base in (P06: 60 %–300 % of the province's average wage), yuan.
  'employee.baseBand': z
    .object({ lower: z.number().positive(), upper: z.number().positive(), year: z.number().int().min(2000).max(2100) })
    .strict(),
  'medical.retirementYears': z
    .object({
      maleYears: z.number().positive(),
      femaleYears: z.number().positive(),
      localYears: z.number().positive().optional(),
      targetYear: z.number().int().optional(),
    })
    .strict(),
  'maternity.qualifying': z
    .object({
      qualifyingMonths: z.number().int().positive().max(24),
      toleratedGapMonths: z.number().int().min(0).max(6),
    })
    .strict(),
  'housing.nonlocal': z
    .object({
      months: z.number().int().positive(),
      zones: z.array(z.object({ label: z.string().min(1), months: z.number().int().positive() }).strict()).optional(),
      backPaidMonthsTolerated: z.number().int().min(0).max(12),
    })
    .strict(),
  'hukou.points': z
    .object({
      months: z.number().int().positive(),
      backPaidMonthsTolerated: z.number().int().min(0).max(12),
    })
    .strict(),
  'school.nonlocal': z.object({ note: z.string().min(1) }).strict(),
  'car.quota': z
    .object({
      months: z.number().int().positive(),
      lateMonthsCount: z.boolean(),
    })
    .strict(),
} as const;

export type RuleKey = keyof typeof RULE_VALUE_SCHEMAS;
export type RuleValueOf<K extends RuleKey> = z.infer<(typeof RULE_VALUE_SCHEMAS)[K]>;

const ruleValue = z
  .object({
    from: monthText,
    to: monthText.nullable(),
    value: z.unknown(),
    source: z.string().min(1),
    confidence,
    note: z.string().optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    title: z.string().min(1),
    docNo: z.string(),
    url: z.string().regex(/^https?:\/\//),
    confidence,
    verified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    facts: z.array(z.string().regex(/^F\d{2}$/)).optional(),
  })
  .strict();

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

export const regionsFileSchema = z
  .object({
    provinces: z
      .array(
        z
          .object({
            code: z.string().regex(/^\d{2}0000$/),
            name: z.string().min(2),
            short: z.string().min(2),
            municipality: z.boolean().optional(),
          })
          .strict(),
      )
      .length(31),
    cities: z
      .array(
        z
          .object({
            code: z.string().regex(/^\d{6}$/),
            name: z.string().min(2),
            short: z.string().min(1),
            province: z.string().regex(/^\d{2}0000$/),
            level: z.literal('county').optional(),
            municipality: z.boolean().optional(),
            aliases: z.array(z.string().min(1)).optional(),
          })
          .strict(),
      )
      .min(31),
  })
  .strict();
