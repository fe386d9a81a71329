// Rule kinds of 居民医保: the enrolment window, the waiting period, contributions, switching, incentives.
// Part of RULE_KINDS (./schema.ts), which keeps the kinds in this order.
import { z } from 'zod';
import { dayText, f, kind } from './schema-fields';

export const RESIDENT_KINDS = {
  'resident.window': kind({
    label: '居民医保集中参保期',
    description: '为下一参保年度缴纳居民医保的集中期：期内缴费且连续参保的，从 1 月 1 日起享受、无等待期。',
    category: 'window',
    schema: z
      .object({
        opens: f(dayText, '开始日', '参保年度前一年的开始日，MM-DD'),
        closes: f(dayText, '截止日', '截止日，MM-DD 或 02-end（2 月最后一天）'),
        closesInInsuredYear: f(
          z.boolean().optional(),
          '截止日在参保年度内',
          'true 表示截止日在参保年度当年（江西：次年 2 月 28 日）',
        ),
        extensionUntil: f(
          dayText.optional(),
          '延长缴费期截止日',
          '参保年度当年的延长缴费期截止日（福建：2 月底），期内缴费从缴费之日起享受',
        ),
      })
      .strict(),
  }),
  'resident.waiting': kind({
    label: '居民医保待遇等待期',
    description:
      '未在集中参保期参保或未连续参保的居民的等待期（国办发〔2024〕38号）：固定部分 + 每断保一年的变动部分，可缴费修复。',
    category: 'interruption',
    schema: z
      .object({
        fixedMonths: f(z.number().int().min(0).max(6), '固定等待期', '未连续参保或期外参保时的固定等待月数', '月'),
        variablePerGapYear: f(z.number().int().min(0).max(3), '每断保一年增加', '每多断保一年增加的变动等待月数', '月'),
        firstGapYearFree: f(z.boolean(), '第一年不计', 'true 表示断保一年不增加变动等待期（青岛口径）'),
        gapYearsCountFrom: f(
          z.number().int().min(1990).max(2100).nullable(),
          '断保年份起算年',
          '这一年之前的断保年份不计入变动等待期，也不算未连续参保（厦门：2025）；null 表示都计入',
          '年',
        ),
        floorAfterGapYears: f(
          z.number().int().positive(),
          '长期断保年数',
          '连续断保达到这么多年时适用最低等待期',
          '年',
        ),
        floorMonths: f(z.number().int().min(0).max(12), '最低等待期', '长期断保时修复后等待期之和的下限', '月'),
        repairable: f(z.boolean(), '可缴费修复', '能否按当年个人缴费标准多缴一年减少一个月变动等待期'),
      })
      .strict(),
  }),
  'resident.individualContribution': kind({
    label: '居民医保个人缴费标准',
    description: '一个参保年度居民医保的个人缴费金额，用于估算参保和修复等待期的费用。',
    category: 'contribution',
    schema: f(
      z.number().positive().max(5000),
      '个人缴费',
      '每人每年的个人缴费；全国数字是“不低于”的最低额，note 里写明',
      '元',
    ),
  }),
  'resident.newbornGraceDays': kind({
    label: '新生儿参保期限',
    description: '新生儿出生后这么多天内参保缴费的，从出生之日起享受、不设等待期。',
    category: 'window',
    schema: f(z.number().int().positive().max(366), '天数', '出生后可参保并从出生起享受的天数', '天'),
  }),
  'resident.switch': kind({
    label: '职工医保转居民医保',
    description: '因就业状态变化从职工医保转为居民医保时的接续规则（医保办发〔2021〕43号）。',
    category: 'interruption',
    schema: z
      .object({
        maxGapMonths: f(z.number().int().min(0).max(12), '最长中断月数', '中断不超过这么多个月视为连续', '月'),
        priorYears: f(
          z.number().int().min(0).max(10),
          '此前连续参保年数',
          '需要此前连续参保满这么多年；0 表示不要求',
          '年',
        ),
        retroactive: f(z.boolean(), '中断期间追溯', '中断期间的医疗费是否追溯享受'),
      })
      .strict(),
  }),
  'resident.incentive': kind({
    label: '居民医保连续参保激励',
    description: '连续参加居民医保满若干年后，大病保险最高支付限额逐年提高；断保后重新计算。',
    category: 'incentive',
    schema: z
      .object({
        continuousYears: f(z.number().int().positive(), '起始年数', '连续参保满这么多年后开始提高', '年'),
        raisePerYear: f(
          z.number().positive().nullable(),
          '每年提高',
          '之后每连续参保一年提高的限额；null 表示只知道“逐年提高”',
          '元',
        ),
        penaltyAfterGap: f(
          z.number().nonnegative().nullable(),
          '断保后降低',
          '断保后再参保降低的限额；null 表示未见具体金额',
          '元',
        ),
      })
      .strict(),
  }),
} as const;
