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

/** The back-pay a chain accepts: any within N months, or only the employer's (北京 F48 ① ②). */
export function housingTolerance(tolerated: number, byEmployer = false): string {
  if (!tolerated) return '补缴的月份不算连续';
  return byEmployer
    ? `只认单位补缴，累计不超过 ${tolerated} 个月的仍算连续`
    : `换工作等原因补缴累计不超过 ${tolerated} 个月的，仍算连续`;
}

/** 落户 (北京 F54): back-paid months of any cause, on time, recorded by 31 December of the year before applying. */
export function hukouTolerance(tolerated: number, byYearEnd: boolean): string {
  if (!tolerated) return '补缴的月份不算连续';
  return byYearEnd
    ? `补缴记录累计不超过 ${tolerated} 个月、并在申报前一年的年底前补完的，仍算连续`
    : `及时补缴累计不超过 ${tolerated} 个月的，仍算连续`;
}

export function cumulativeRequirement(f: { what: string; months: number; total: number; whilePermitHeld: boolean }) {
  // 上海居转户 F55: 持证期间 social insurance, next to conditions the engine does not know: never "已满足" (N29).
  const short = f.total < f.months ? `还差 ${duration(f.months - f.total)}` : '';
  return f.whilePermitHeld
    ? `${f.what}要求持居住证期间在本市交社保累计满 ${duration(f.months)}（断缴不清零）。你交了约 ${duration(f.total)}${short && `，${short}`}；是否都在持证期间、其他条件是否满足，请问 12333。`
    : `${f.what}要求参加本市社保累计满 ${duration(f.months)}（没有写“连续”，断缴不清零）${short ? `；${short}。` : '，已满足。'}`;
}

interface ChainWords {
  what: string;
  /** 北京 F49/F50: 社保 or 个税 (only 社保 is checked here). */
  orTax?: boolean;
  /** Only the employer's back-pay counts (北京 F48). */
  byEmployer?: boolean;
  /** The requirement is months of 医保 (the zones say which), not 社保. */
  medical?: boolean;
  zones: string;
  tolerance: string;
}

/** What the chain asks for: 连续缴纳社保（…） or, for 医保 months, the zones' own words. */
const requirement = (f: ChainWords) =>
  f.medical ? f.zones : `连续缴纳社保${f.orTax ? '或个人所得税' : ''}（${f.zones}）`;

export function continuousRequirement(f: ChainWords & { shortMonths: number }): string {
  const tolerance = `${f.tolerance}${f.orTax ? TAX_ROUTE : ''}`;
  return f.shortMonths > 0
    ? `${f.what}要求${requirement(f)}；现在还差 ${duration(f.shortMonths)}，期间不能断缴（${tolerance}）。`
    : `连续缴纳${f.medical ? '本市医保' : '社保'}已满${f.what}要求的时间（${f.zones}；${tolerance}）。`;
}

export function continuousBackPay(f: ChainWords & { months: number; deadline: string }) {
  const tax = f.orTax ? '；个税一直连续缴纳的也可以' : '';
  if (f.byEmployer)
    return `还来得及：请原单位或新单位最晚${day(f.deadline)}补缴断缴的月份（养老保险也要补），${f.what}仍算连续。自己以灵活就业身份补缴的不算。要求 ${f.zones}${tax}。`;
  return `还来得及：最晚${day(f.deadline)}把断缴的月份补缴上，${f.what}仍算连续缴纳。${f.tolerance}，要求 ${f.zones}${tax}。过期不补，连续年限从重新缴费的月份算起。`;
}

/** Employer arrears within the chain's tolerance (N8): the employer's back-pay keeps it. */
export function continuousEmployerArrears(f: ChainWords & { months: number; tolerated: number }) {
  return `单位补缴欠费后（累计不超过 ${f.tolerated} 个月）${f.what}仍算连续（要求 ${f.zones}）；请尽快要求单位补缴。`;
}

export function continuousReset(
  f: ChainWords & {
    restartFrom: number;
    eligibleFrom: number;
    /** Per zone when zones differ, soonest first; empty: one date. */
    zoneDates: { label: string; eligibleFrom: number }[];
    /** No 职工 month at all: nothing broke, the count starts with the first payment. */
    never: boolean;
  },
) {
  const when = f.zoneDates.length
    ? `${f.zoneDates.map((z) => `${z.label}要到${month(z.eligibleFrom)}`).join('、')}才${f.never ? '满' : '再满足'}`
    : `${month(f.eligibleFrom)}才满`;
  const rule = f.tolerance ? `，${f.tolerance}` : '';
  const tax = f.orTax ? '个税一直连续缴纳的，可以用个税（这里只核对了社保）。' : '';
  const state = f.never ? '还没有缴费记录' : `${f.medical ? '' : '社保的'}连续缴纳断了`;
  return `${f.what}要求${requirement(f)}；${state}，从${f.never ? '' : '重新'}缴费的月份算起（最早${month(f.restartFrom)}，${when}）${rule}。${tax}`;
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

/** 深圳 F57: 医保 "不含逾期": no back-paid month counts; new-energy quotas dropped the requirement. */
export function carTolerance(lateMonthsCount: boolean, newEnergyExempt: boolean): string {
  const rule = lateMonthsCount ? '补缴的月份也算' : '补缴的月份不算';
  return newEnergyExempt ? `${rule}；新能源车指标不要求` : rule;
}
export { duration } from './format';

export const WHAT_HOUSING = '非户籍买房';
export const WHAT_HUKOU = '落户';
export const WHAT_CAR = '申请购车指标';
export const WHAT_CAR_FUEL = '申请燃油车增量指标';

export function carZones(months: number): string {
  return `近期连续按时缴纳本市医保 ${duration(months)}`;
}
