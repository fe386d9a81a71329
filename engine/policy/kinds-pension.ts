// Rule kinds of the pension and the contribution bases (minimum years, retirement age, base bands, group rates).
// Part of RULE_KINDS (./schema.ts), which keeps the kinds in this order.
import { z } from 'zod';
import { f, kind, monthText } from './schema-fields';

export const PENSION_KINDS = {
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
} as const;
