// Rule kinds of 职工医保 and 灵活就业: resuming after a gap, rates, late fees, employer arrears, first enrolment.
// Part of RULE_KINDS (./schema.ts), which keeps the kinds in this order.
import { z } from 'zod';
import { f, kind, restartFrom, resumeBand } from './schema-fields';

export const EMPLOYEE_KINDS = {
  'employee.resume': kind({
    label: '职工医保断缴后恢复',
    description:
      '职工医保（单位或灵活就业）断缴若干个月后恢复缴费时：能否补缴、是否追溯、等待多久。按断缴月数分档，从短到长排列。',
    category: 'interruption',
    schema: z.array(resumeBand).min(1),
  }),
  'employee.rates': kind({
    label: '职工医保费率',
    description: '用于估算补缴和续保费用的医保费率。',
    category: 'contribution',
    schema: z
      .object({
        employeeTotal: f(
          z.number().positive().max(0.2).optional(),
          '单位+个人费率',
          '单位和个人合计的医保费率',
          '比例',
        ),
        flexible: f(
          z.number().positive().max(0.2).optional(),
          '灵活就业费率',
          '灵活就业人员按所选基数缴纳的医保费率',
          '比例',
        ),
        flexibleMonthlyExtra: f(
          z.number().min(0).max(100).optional(),
          '每月附加费',
          '灵活就业人员每月另缴的固定金额（例如武汉大额医疗 7 元）',
          '元',
        ),
      })
      .strict(),
  }),
  'employee.lateFeePerDay': kind({
    label: '单位欠缴滞纳金',
    description: '用人单位欠缴社保费时，按日加收的滞纳金比例（社会保险法第八十六条）。',
    category: 'contribution',
    schema: f(z.number().positive().max(0.01), '每日滞纳金比例', '欠缴金额每天加收的比例，万分之五写作 0.0005', '比例'),
  }),
  'employer.arrears': kind({
    label: '单位欠缴后的待遇',
    description: '用人单位欠缴、本人仍在职时：单位补缴后欠费期间的医疗费是否报销，待遇何时恢复。',
    category: 'interruption',
    schema: z
      .object({
        retroactive: f(z.boolean(), '补缴后追溯报销', '单位按期补足后，欠费期间发生的医疗费是否由基金报销'),
        resumes: f(
          z.enum(['onPayment', 'nextMonth']),
          '待遇恢复时间',
          'onPayment 补缴到账时恢复，nextMonth 补缴的次月起恢复',
        ),
        maxArrearsMonths: f(
          z.number().int().positive().max(12).optional(),
          '可补缴的最长欠缴月数',
          '欠缴超过这么多个月就不能再补缴、按停保处理（东莞 3 个月）；不写表示未见上限',
          '月',
        ),
        retroactiveMaxMonths: f(
          z.number().int().positive().max(12).optional(),
          '按期补缴的最长欠缴月数',
          '只有单位及时补缴才追溯报销时，欠缴超过这么多个月按逾期处理：不追溯，欠费期间的医疗费由单位承担（浙江：税务机关限期一般不超过 60 日，按 2 个月估算；岳阳 3 个月含）；不写表示不论欠缴多久都按 retroactive',
          '月',
        ),
      })
      .strict(),
  }),
  'employee.reducedCap': kind({
    label: '连续缴费不足时的支付限额',
    description: '连续按月缴费不满若干个月时，统筹基金只在较低的限额内支付；补缴的月份不算连续（佛山）。',
    category: 'interruption',
    schema: z
      .object({
        months: f(z.number().int().positive().max(12), '连续缴费月数', '连续按月缴费满这么多个月后恢复正常限额', '月'),
        capYuan: f(z.number().positive(), '期间最高支付限额', '连续缴费不满时，这段时间累计最高支付的金额', '元'),
        normalCapYuan: f(z.number().positive(), '正常最高支付限额', '连续缴费满后的年度最高支付限额', '元'),
      })
      .strict(),
  }),
  'flexible.openToNonlocal': kind({
    label: '非户籍灵活就业可参加职工医保',
    description: '没有本地户籍的灵活就业人员能否在本地以个人身份参加职工医保。',
    category: 'enrolment',
    schema: f(z.boolean(), '是否放开', 'true 表示不限户籍'),
  }),
  'flexible.firstEnrolmentWaitingMonths': kind({
    label: '灵活就业首次参保等待期',
    description: '第一次以灵活就业身份参加职工医保时，连续缴费多少个月后才能报销。',
    category: 'interruption',
    schema: f(z.number().int().min(0).max(12), '等待月数', '首次参保后不能报销的月数（含缴费当月）', '月'),
  }),
  'flexible.firstEnrolmentCountsFrom': kind({
    label: '首次参保等待期起算月',
    description: '灵活就业首次参保的等待期从缴费当月（默认）还是缴费次月开始数（苏州）。',
    category: 'interruption',
    schema: f(restartFrom, '起算月', 'paymentMonth 缴费当月，nextMonth 缴费次月'),
  }),
  'flexible.firstEnrolmentExemptAfterGapMonths': kind({
    label: '失去保障后及时参保免等待期',
    description:
      '中断职工医保或居民医保待遇后这么多个月内以灵活就业身份参加职工医保的，不受首次参保等待期限制（上海 F33）。',
    category: 'interruption',
    schema: f(z.number().int().min(0).max(12), '月数', '失去保障后在这么多个月内参保即免等待期', '月'),
  }),
  'flexible.cumulativeInterruption': kind({
    label: '灵活就业一年内累计断缴',
    description:
      '灵活就业人员一年内累计断缴达到这么多个月，不论每次多短，都按最长一档（视同首次参保）处理（武汉 F34）。',
    category: 'interruption',
    schema: z
      .object({
        months: f(z.number().int().min(2).max(12), '累计月数', '一个自然年内累计断缴达到的月数', '月'),
        within: f(z.literal('calendarYear'), '统计区间', 'calendarYear：按自然年统计'),
      })
      .strict(),
  }),
} as const;
