// The one definition of every policy rule kind: its Chinese label, what each field means, its unit and allowed
// values (zod schemas with metadata). The compiler checks the YAML against it, RULES.md is generated from it, and
// the TypeScript types in ./types.ts are inferred from it. An unknown rule key or field is an error.
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
function f<S extends z.ZodType>(schema: S, label: string, description: string, unit?: Unit): S {
  return schema.meta({ label, description, ...(unit ? { unit } : {}) }) as S;
}

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '格式应为 YYYY-MM');
const dayText = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]|end)$/, '格式应为 MM-DD 或 MM-end');
const confidence = z.enum(['high', 'medium', 'low']);
const scheme = z.enum(['employee', 'flexible']);
const restartFrom = z.enum(['paymentMonth', 'nextMonth']);

const resumeBand = z
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
function daysBandIssues(band: {
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

interface RuleKind<S extends z.ZodType> {
  label: string;
  description: string;
  category: RuleCategory;
  schema: S;
}
function kind<S extends z.ZodType>(def: RuleKind<S>): RuleKind<S> {
  return def;
}

export const RULE_KINDS = {
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
  'pension.minimumYears': kind({
    label: '养老金最低缴费年限',
    description: '按月领取基本养老金需要的最低累计缴费年限。',
    category: 'pension',
    schema: f(z.number().min(10).max(25), '年限', '最低累计缴费年限', '年'),
  }),
  'pension.retirementAge': kind({
    label: '法定退休年龄（渐进式延迟）',
    description: '按原退休年龄分组：从 countFrom 起每 stepMonths 个月延迟一个月，最多延迟 maxDelayMonths 个月（F23）。',
    category: 'pension',
    schema: z
      .object({
        countFrom: f(monthText, '起算月', '延迟月数从这个月之后开始计算，YYYY-MM'),
        groups: f(
          z
            .array(
              z
                .object({
                  gender: f(z.enum(['male', 'female']), '性别', 'male 男，female 女'),
                  label: f(z.string().min(1), '名称', '这一组的中文名称'),
                  originalAge: f(z.number().int().min(40).max(70), '原退休年龄', '改革前的法定退休年龄', '年'),
                  stepMonths: f(z.number().int().positive(), '步长', '每这么多个月延迟一个月', '月'),
                  maxDelayMonths: f(z.number().int().min(0).max(120), '最多延迟', '最多延迟的月数', '月'),
                })
                .strict(),
            )
            .min(1),
          '分组',
          '每个原退休年龄一组',
        ),
      })
      .strict(),
  }),
  'pension.calcBase': kind({
    label: '基本养老金计发基数',
    description:
      '本省（深圳单列）公布的基本养老金计发基数，即上年度职工月平均工资；用于按今天的参数估算断缴让养老金每月少领多少（P01、P20–P40）。',
    category: 'pension',
    schema: z
      .object({
        monthly: f(z.number().positive().max(50000), '计发基数', '每月的计发基数', '元'),
        year: f(z.number().int().min(2000).max(2100), '适用年度', '这个基数适用于哪一年退休的人', '年'),
      })
      .strict(),
  }),
  'pension.payoutMonths': kind({
    label: '个人账户养老金计发月数',
    description:
      '按退休时的整岁年龄查表（国发〔2005〕38号 附件，P03）；非整岁按相邻两个整岁线性插值到月（P04）。键是年龄（两位数）。',
    category: 'pension',
    schema: f(
      z.record(
        z.string().regex(/^\d{2}$/, '键应为两位数的年龄'),
        f(z.number().positive().max(300), '计发月数', '个人账户储存额除以这个月数为每月个人账户养老金', '月'),
      ),
      '计发月数表',
      '退休整岁年龄 → 计发月数',
    ),
  }),
  'pension.accountRate': kind({
    label: '养老个人账户记账比例',
    description: '本人缴费工资计入养老保险个人账户的比例（2006 年起 8%，P05）。',
    category: 'pension',
    schema: f(z.number().positive().max(0.2), '记账比例', '每月计入个人账户的缴费工资比例', '比例'),
  }),
  'employee.baseBand': kind({
    label: '灵活就业缴费基数范围',
    description:
      '灵活就业人员可选择的缴费基数范围：上年度全口径城镇单位就业人员平均工资的 60%–300%（国办发〔2019〕13号，P06）；用于没有填写缴费基数时按最低基数估价。',
    category: 'contribution',
    schema: z
      .object({
        lower: f(z.number().positive(), '下限', '每月缴费基数下限（平均工资的 60%）', '元'),
        upper: f(z.number().positive(), '上限', '每月缴费基数上限（平均工资的 300%）', '元'),
        year: f(z.number().int().min(2000).max(2100), '年度', '这个范围适用的缴费年度', '年'),
      })
      .strict(),
  }),
  'resident.individualByGroup': kind({
    label: '居民医保分人群个人缴费',
    description: '当地按人群公布的居民医保个人缴费（北京 2026：老年人、学生儿童、劳动年龄内居民，R10）。',
    category: 'contribution',
    schema: z
      .object({
        elderly: f(z.number().positive().max(5000), '城乡老年人', '60 岁及以上居民每人每年个人缴费', '元'),
        student: f(z.number().positive().max(5000), '学生儿童', '学生和未成年人每人每年个人缴费', '元'),
        workingAge: f(z.number().positive().max(5000), '劳动年龄内居民', '其他居民每人每年个人缴费', '元'),
      })
      .strict(),
  }),
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

export type RuleKey = keyof typeof RULE_KINDS;
export type RuleValueOf<K extends RuleKey> = z.infer<(typeof RULE_KINDS)[K]['schema']>;

/** The value schema of each rule kind (kept for callers that only need validation). */
export const RULE_VALUE_SCHEMAS = Object.fromEntries(Object.entries(RULE_KINDS).map(([key, k]) => [key, k.schema])) as {
  [K in RuleKey]: (typeof RULE_KINDS)[K]['schema'];
};

export { resumeBand };

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

// ---- Reading the definitions (RULES.md, the checks) ---------------------------------------------------------------

export interface FieldDoc extends FieldMeta {
  /** Dotted path inside the value ("" for a scalar rule, "[].maxGapMonths" for an item of a list). */
  path: string;
  /** Allowed values in words: an enum's members, a number's bounds, a format. */
  allowed: string;
  optional: boolean;
  isNumber: boolean;
}

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Every documented field of a value schema, depth first. Fields without metadata are reported with an empty label. */
export function describeFields(schema: z.ZodType, path = ''): FieldDoc[] {
  const out: FieldDoc[] = [];
  const walk = (s: z.ZodType, p: string, optional: boolean, meta?: FieldMeta) => {
    const own = (s.meta() as FieldMeta | undefined) ?? meta;
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        return walk(def.innerType as z.ZodType, p, optional || def.type !== 'nullable', own);
      case 'pipe':
        return walk(def.in as z.ZodType, p, optional, own);
      case 'object': {
        if (own && p) out.push(doc(s, p, optional, own, '见下列字段'));
        const shape = def.shape as Record<string, z.ZodType>;
        for (const [k, v] of Object.entries(shape)) walk(v, p ? `${p}.${k}` : k, false);
        return;
      }
      case 'array': {
        const element = def.element as z.ZodType;
        const elementDef = defOf(element);
        if (elementDef.type === 'object' || elementDef.type === 'pipe') {
          if (own && p) out.push(doc(s, p, optional, own, '列表，每项见下列字段'));
          walk(element, `${p}[]`, false);
        } else out.push(doc(s, p, optional, own, `列表，每项：${allowedOf(element)}`));
        return;
      }
      default:
        out.push(doc(s, p, optional, own, allowedOf(s)));
    }
  };
  walk(schema, path, false);
  return out;
}

function doc(s: z.ZodType, path: string, optional: boolean, meta: FieldMeta | undefined, allowed: string): FieldDoc {
  return {
    path,
    label: meta?.label ?? '',
    description: meta?.description ?? '',
    unit: meta?.unit,
    allowed,
    optional,
    isNumber: defOf(unwrap(s)).type === 'number',
  };
}

function unwrap(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  return ['optional', 'nullable', 'default'].includes(def.type) ? unwrap(def.innerType as z.ZodType) : s;
}

type CheckDef = { check?: string; value?: number; inclusive?: boolean; pattern?: unknown };
const checksOf = (s: z.ZodType) =>
  ((defOf(s).checks as Array<{ _zod: { def: CheckDef } }> | undefined) ?? []).map((c) => c._zod.def);

function allowedOf(schema: z.ZodType): string {
  const s = unwrap(schema);
  const def = defOf(s);
  const nullable =
    defOf(schema).type === 'nullable' ||
    (defOf(schema).type === 'optional' && defOf(defOf(schema).innerType as z.ZodType).type === 'nullable');
  const tail = nullable ? '，或 null' : '';
  switch (def.type) {
    case 'enum':
      return `${Object.values(def.entries as Record<string, string>).join(' / ')}${tail}`;
    case 'literal':
      return `${(def.values as unknown[]).join(' / ')}`;
    case 'boolean':
      return 'true / false';
    case 'string': {
      const patterns = checksOf(s)
        .map((c) => c.pattern)
        .filter((r): r is RegExp => r instanceof RegExp);
      return patterns.length ? `文字，格式 ${patterns.map((r) => r.source).join(' ')}` : `文字${tail}`;
    }
    case 'number': {
      const parts = [(s as z.ZodNumber).isInt ? '整数' : '数'];
      for (const c of checksOf(s)) {
        if (c.check === 'greater_than') parts.push(`${c.inclusive ? '≥' : '>'} ${c.value}`);
        if (c.check === 'less_than') parts.push(`${c.inclusive ? '≤' : '<'} ${c.value}`);
      }
      return `${parts.join('，')}${tail}`;
    }
    default:
      return def.type;
  }
}

/**
 * Problems in the rule definitions themselves: a rule kind without label or description, a field without a label or
 * description, a number without a unit. `policies:check` fails on any.
 */
export function checkRuleDefinitions(kinds: Record<string, RuleKind<z.ZodType>> = RULE_KINDS): string[] {
  const problems: string[] = [];
  for (const [key, k] of Object.entries(kinds)) {
    if (!k.label || !k.description) problems.push(`规则 ${key}：缺少中文名称或说明`);
    if (!(k.category in RULE_CATEGORIES)) problems.push(`规则 ${key}：未知类别 ${k.category}`);
    for (const field of describeFields(k.schema)) {
      const name = field.path || '（取值本身）';
      if (!field.label || !field.description) problems.push(`规则 ${key} 字段 ${name}：缺少中文名称或说明`);
      if (field.isNumber && !field.unit)
        problems.push(`规则 ${key} 字段 ${name}：数字缺少单位（应为 ${UNITS.join(' / ')} 之一）`);
    }
  }
  return problems;
}
