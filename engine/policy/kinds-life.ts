// Rule kinds of what a gap touches beyond cover: medical retirement years, maternity, housing, 落户, school, car.
// Part of RULE_KINDS (./schema.ts), which keeps the kinds in this order.
import { z } from 'zod';
import { f, kind } from './schema-fields';

export const LIFE_KINDS = {
  'medical.retirementYears': kind({
    label: '医保退休缴费年限',
    description: '退休后不再缴费、继续享受职工医保需要的累计缴费年限。',
    category: 'medicalRetirement',
    schema: z
      .object({
        maleYears: f(z.number().positive(), '男', '男职工需要的累计缴费年限', '年'),
        femaleYears: f(z.number().positive(), '女', '女职工需要的累计缴费年限', '年'),
        localYears: f(z.number().positive().optional(), '本地实际缴费', '其中需在本地实际缴费的年限', '年'),
        targetYear: f(z.number().int().optional(), '达到年份', '这些年限是某年起的统一目标时，写那一年', '年'),
      })
      .strict(),
  }),
  'maternity.qualifying': kind({
    label: '生育津贴连续缴费要求',
    description: '领取生育津贴需要的连续缴费月数（含生育当月）。',
    category: 'maternity',
    schema: z
      .object({
        qualifyingMonths: f(z.number().int().positive().max(24), '连续缴费月数', '生育当月已连续缴费的月数', '月'),
        toleratedGapMonths: f(
          z.number().int().min(0).max(6),
          '可容忍的中断',
          '及时补缴的中断不超过这么多个月仍算连续',
          '月',
        ),
      })
      .strict(),
  }),
  'housing.nonlocal': kind({
    label: '非户籍购房社保年限',
    description: '非本地户籍家庭购房需要的连续社保（或个税）缴纳时间。',
    category: 'housing',
    schema: z
      .object({
        months: f(z.number().int().positive(), '连续月数', '要求最严的区域（第一套）需要的连续缴纳月数', '月'),
        zones: f(
          z
            .array(
              z
                .object({
                  label: f(z.string().min(1), '区域', '例如 五环内'),
                  months: f(z.number().int().positive(), '连续月数', '这一区域需要的连续缴纳月数', '月'),
                })
                .strict(),
            )
            .optional(),
          '分区域要求',
          '不同区域的要求',
        ),
        backPaidMonthsTolerated: f(
          z.number().int().min(0).max(12),
          '可认可的补缴月数',
          '换工作或单位整体补缴的月数不超过这么多个月时仍算连续；0 表示补缴都不算',
          '月',
        ),
        taxAlternative: f(z.boolean().optional(), '个税可替代', 'true 表示连续缴纳个人所得税也可以（北京 F49、F50）'),
        backPaidBy: f(
          z.literal('employer').optional(),
          '补缴须由单位',
          'employer 表示只认单位整体补缴或换工作时新老单位补缴，个人以灵活就业身份补缴的不算（北京 F48）',
        ),
      })
      .strict(),
  }),
  'hukou.points': kind({
    label: '落户社保年限',
    description: '积分落户或居转户需要的社保缴纳时间。',
    category: 'hukou',
    schema: z
      .object({
        months: f(z.number().int().positive(), '月数', '需要缴纳社保的月数', '月'),
        backPaidMonthsTolerated: f(
          z.number().int().min(0).max(12),
          '可认可的补缴月数',
          '补缴不超过这么多个月仍算连续',
          '月',
        ),
        continuous: f(
          z.boolean().optional(),
          '须连续',
          'false 表示只要求累计满（上海居转户），不写或 true 表示要求连续（北京）',
        ),
        backPaidByYearEnd: f(
          z.boolean().optional(),
          '补缴须在上年底前',
          'true 表示补缴记录要在申报前一年的 12 月 31 日前形成才算（北京积分落户 F54）',
        ),
        whilePermitHeld: f(
          z.boolean().optional(),
          '只算持证期间',
          'true 表示只算持居住证期间的社保，另有其他条件（上海居转户 F55）',
        ),
      })
      .strict(),
  }),
  'school.nonlocal': kind({
    label: '非户籍子女入学',
    description: '非本地户籍子女入学对社保的要求（各区不同，只能文字说明）。',
    category: 'school',
    schema: z.object({ note: f(z.string().min(1), '说明', '给用户看的要求说明') }).strict(),
  }),
  'car.quota': kind({
    label: '购车指标社保年限',
    description: '非户籍个人申请小汽车增量指标需要的连续医保缴纳时间。',
    category: 'car',
    schema: z
      .object({
        months: f(z.number().int().positive(), '连续月数', '需要连续缴纳的月数', '月'),
        lateMonthsCount: f(z.boolean(), '逾期补缴算连续', 'false 表示逾期补缴的月份不算'),
        newEnergyExempt: f(z.boolean().optional(), '新能源不要求', 'true 表示新能源车指标没有这个要求（深圳 F57）'),
      })
      .strict(),
  }),
} as const;
