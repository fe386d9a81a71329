// The Chinese of the items a continuous chain qualifies for: 生育津贴, non-hukou housing, 落户, car quota, school.
import { day, duration, month } from './format';

export const MATERNITY_NONE = '生育津贴只发给参加职工医保（生育保险）的人；居民医保可以报销生育医疗费，没有生育津贴。';
export const MATERNITY_UNKNOWN =
  '领生育津贴要求生育前连续缴费多少个月由各地规定，本地规定没有收录；断缴可能影响领取，请问医保局。';

export function maternityReset(f: {
  qualifying: number;
  tolerated: number;
  restartFrom: number;
  eligibleFrom: number;
}): string {
  return `生育津贴要求生育当月已连续缴费满 ${f.qualifying} 个月；现在断缴了，重新缴费后从头算（断缴 ${f.tolerated} 个月以内并及时补缴的仍算连续），最早${month(f.restartFrom)}起算，${month(f.eligibleFrom)}才满。`;
}

export function maternityBackPay(f: { qualifying: number; deadline: string }): string {
  return `生育津贴要求生育当月已连续缴费满 ${f.qualifying} 个月：最晚${day(f.deadline)}把断缴的月份补缴上，仍算连续；过期不补就要从头算。`;
}

export function maternityProjection(f: { shortMonths: number; qualifying: number }): string {
  return f.shortMonths === 0
    ? `按时缴到生育当月，连续缴费能满 ${f.qualifying} 个月的要求；不要断缴。`
    : `到生育当月连续缴费还差 ${f.shortMonths} 个月才满 ${f.qualifying} 个月：津贴要等缴满后补发，期间断缴会影响领取。`;
}

export const HOUSING_LOCAL = '本地户籍买房一般不看社保连续缴纳年限。';
export const HOUSING_UNKNOWN =
  '本市非户籍买房对社保连续缴纳的要求没有收录（不少城市已放开限购），请向当地住建部门核实。';

export const TAX_ROUTE = '；这里只核对了社保，个税一直连续缴纳的也可以';

export function housingTolerance(tolerated: number): string {
  return tolerated ? `换工作等原因补缴累计不超过 ${tolerated} 个月的，仍算连续` : '补缴的月份不算连续';
}

export function cumulativeRequirement(f: { what: string; months: number; total: number }): string {
  // The running total is in no field: only the shortfall (the item's shortMonths) is stated.
  return `${f.what}要求参加本市社保累计满 ${duration(f.months)}（没有写“连续”，断缴不清零）${
    f.total >= f.months ? '，已满足。' : `；还差 ${duration(f.months - f.total)}。`
  }`;
}

export function continuousRequirement(f: {
  what: string;
  /** 北京 F49/F50: 社保 or 个税 (only 社保 is checked here). */
  orTax?: boolean;
  zones: string;
  tolerance: string;
  shortMonths: number;
}): string {
  return f.shortMonths > 0
    ? `${f.what}要求连续缴纳社保${f.orTax ? '或个人所得税' : ''}（${f.zones}）；现在还差 ${duration(f.shortMonths)}，期间不能断缴（${f.tolerance}）。`
    : `已连续缴纳社保满${f.what}要求的 ${f.zones}（${f.tolerance}）。`;
}

export function continuousBackPay(f: {
  what: string;
  zones: string;
  months: number;
  deadline: string;
  tolerance: string;
}) {
  return `还来得及：最晚${day(f.deadline)}把断缴的月份补缴上，${f.what}仍算连续缴纳（${f.tolerance}，要求 ${f.zones}）。过期不补，连续年限从重新缴费的月份算起。`;
}

export function continuousReset(f: {
  what: string;
  orTax?: boolean;
  zones: string;
  restartFrom: number;
  eligibleFrom: number;
  tolerance: string;
}) {
  return `${f.what}要求连续缴纳社保${f.orTax ? '或个人所得税' : ''}（${f.zones}）；现在断缴了，连续年限从重新缴费的月份算起（最早${month(f.restartFrom)}，${month(f.eligibleFrom)}才满），${f.tolerance}。`;
}

export const HUKOU_LOCAL = '已是本地户籍，不涉及积分落户。';
export const HUKOU_UNKNOWN = '本市积分落户/居转户对社保连续缴纳的要求没有收录，请向当地人社部门（12333）核实。';
export const SCHOOL_LOCAL = '本地户籍孩子上学一般不看父母社保。';
export const SCHOOL_UNKNOWN = '本市非户籍孩子上学对社保的要求没有收录，各区要求不同，请向区教委核实。';

/** A policy note as prose: number ranges with 至, not a dash older readers miss (copy review L15). */
function prose(note: string): string {
  return note.replace(/(\d)\s*[–—]\s*(\d)/g, '$1 至 $2');
}

export function schoolNote(f: { note: string; covered: boolean }): string {
  const note = prose(f.note);
  return f.covered
    ? `${note}。保持不断缴最稳妥，具体请向孩子要上学的区教委确认。`
    : `${note}。现在断缴了，是否影响请向孩子要上学的区教委确认。`;
}

export const CAR_LOCAL = '本地户籍申请购车指标不看社保年限。';
export const CAR_UNKNOWN = '本市购车指标对社保的要求没有收录，请向当地交通部门核实。';

export function carTolerance(lateMonthsCount: boolean): string {
  return lateMonthsCount ? '补缴的月份也算' : '过了期限才补缴的月份不算';
}
export { duration } from './format';

export const WHAT_HOUSING = '非户籍买房';
export const WHAT_HUKOU = '落户';
export const WHAT_CAR = '申请购车指标';

export function carZones(months: number): string {
  return `近期连续缴纳本市医保 ${duration(months)}`;
}
