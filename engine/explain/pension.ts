// Chinese sentences of the pension section. Every number printed here is passed in from the computed result;
// nothing is typed into the text.
import { money, percent } from './format';

export function ageLabel(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m ? `${y}岁${m}个月` : `${y}岁`;
}

export interface GapEffectWords {
  province: string;
  calcBase: number;
  calcBaseYear: number;
  index: number;
  indexFromBase: boolean;
  indexClamped: boolean;
  age: string;
  payoutMonths: number;
  interpolated: boolean;
  months: number;
  basic: number;
  account: number;
  accountRate: number;
}

export function gapEffectBasis(w: GapEffectWords): string {
  const index = w.indexFromBase
    ? `缴费指数 ${w.index}（按填写的缴费基数 ÷ 计发基数${w.indexClamped ? '，限在 0.6 至 3 之间' : ''}）`
    : `缴费指数 1.0（没有填写缴费基数，按社平工资缴费假设）`;
  const months = w.interpolated
    ? `${w.age}计发月数 ${w.payoutMonths}（非整岁按相邻整岁插值到月）`
    : `${w.age}计发月数 ${w.payoutMonths}`;
  return (
    `按${w.province} ${w.calcBaseYear} 年计发基数 ${money(w.calcBase)} 元、${index}、${months}估算：` +
    `基础养老金 ${money(w.calcBase)} × (1 + ${w.index}) ÷ 2 × ${w.months} ÷ 12 × 1% ≈ ${money(w.basic)} 元；` +
    `个人账户 ${w.months} × ${money(w.calcBase)} × ${w.index} × ${percent(w.accountRate)} ÷ ${w.payoutMonths} ≈ ${money(w.account)} 元。` +
    `未计个人账户利息、以后的工资增长和过渡性养老金（断缴不影响过渡性养老金），是按今天参数的估算。`
  );
}

export function unknownBaseNotice(province: string): string {
  return `${province}的养老金计发基数没有收录到有出处的数值，所以不估算断缴让养老金少领多少；可向当地社保部门（12333）查询。`;
}

export function lowConfidenceBaseNotice(province: string, year: number): string {
  return `${province} ${year} 年的养老金计发基数来自推算或二手资料，养老金估算仅供参考，请以当地社保部门公布的为准。`;
}

export function assumedAgeNotice(): string {
  return '没有填写原法定退休年龄，女职工按原 55 岁（管理、技术岗位或灵活就业）估算；原为 50 岁（工人岗位）的，退休时间会更早。';
}

export function needAgeNotice(): string {
  return '填写性别和出生年月后，可以估算退休时间和断缴让养老金每月少领多少。';
}

/** Retirement age reached before the first minimum-years rule collected (security probe 3 P52). */
export function earlyMinimumNotice(): string {
  return '你到法定退休年龄时的最低缴费年限规定没有收录，这里按收录到的最早规定估算，请向社保局核实。';
}
