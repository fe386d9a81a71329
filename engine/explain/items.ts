// The Chinese of the items (what is kept, reset or at risk). Each function phrases one structured result; every
// number is a parameter read from the result or the policy value.
import { day, duration, month, monthRange, years } from './format';
import { cumulativeReason } from './readings';

export const PENSION_ACCOUNT_KEPT =
  '养老保险个人账户里的钱一直在，不会清零；断缴期间只是不再存入新钱，换地方时随你转移。';
export const PENSION_NONE = '没有职工养老的缴费记录，不涉及职工养老累计缴费年限。';
export const PENSION_ACCOUNT_NONE = '没有职工养老缴费记录，不涉及个人账户。';
export const MEDICAL_ACCOUNT_KEPT =
  '医保个人账户里的钱不会清零，断缴期间仍可按当地规定使用，只是不再存入新钱；换地方时随你转移。';
export const MEDICAL_ACCOUNT_NONE = '居民医保没有个人账户（个人账户属于职工医保）。';
/** No records at all (copy review L18): nothing to lose, no 居民医保 to speak of. */
export const MEDICAL_ACCOUNT_NO_RECORDS = '还没有参保记录，不涉及医保个人账户（只有职工医保有个人账户）。';

export function pensionYearsSummary(f: {
  paidMonths: number;
  minimumYears: number;
  retirement: string;
  transfer: string;
  schedule?: { from: number; step: number; final: number };
}) {
  const rising = f.schedule
    ? `（${f.schedule.from} 年起每年加 ${years(f.schedule.step)}，加到 ${years(f.schedule.final)}）`
    : '';
  const rule = f.retirement || `按月领养老金，要累计缴费满 ${years(f.minimumYears)}${rising}。`;
  return `职工养老累计缴费年限不清零，已累计约 ${duration(f.paidMonths)}。断缴的月份不算，以后接着缴就接着累加。${rule}${f.transfer}`;
}

/** The retirement verdict in short sentences (copy review M17): when, the years needed then, enough or short. */
export function retirementSentence(f: {
  ageMonths: number;
  month: number;
  past: boolean;
  minimumYears: number;
  projectedMonths: number;
  shortMonths: number;
}): string {
  const age = `${Math.floor(f.ageMonths / 12)} 岁${f.ageMonths % 12 ? ` ${f.ageMonths % 12} 个月` : ''}`;
  const when = f.past
    ? `你已于${month(f.month)}到法定退休年龄（${age}），当时要累计满 ${years(f.minimumYears)}。`
    : `你约${month(f.month)}到法定退休年龄（${age}），那时要累计满 ${years(f.minimumYears)}。`;
  if (f.shortMonths === 0)
    return f.past
      ? `${when}你已经满足。`
      : `${when}从现在起不再断缴，到时约累计 ${duration(f.projectedMonths)}，能满足要求。`;
  return `${when}${f.past ? '现在' : '一直缴到退休，也'}只有约 ${duration(f.projectedMonths)}，还差 ${duration(f.shortMonths)}。可以延长缴费，或按规定一次性补缴。`;
}

/** A woman whose original retirement age was not given: the assumed group's verdict, then what the other changes. */
export function assumedRetirement(f: {
  assumedAge: number;
  verdict: string;
  otherAge: number;
  otherPast: boolean;
  otherShort: boolean;
}): string {
  const when = f.otherPast ? '你已经到退休年龄' : '你会更早到退休年龄';
  const enough = f.otherShort
    ? f.otherPast
      ? '累计年限还不够，要延长缴费或一次性补缴'
      : '照现在缴到那时，累计年限还不够'
    : f.otherPast
      ? '累计年限已经够了'
      : '照现在缴到那时，累计年限也够';
  return (
    `没填原来的退休年龄，按原 ${f.assumedAge} 岁退休估算（管理、技术岗位或灵活就业）。${f.verdict}` +
    `如果原来是 ${f.otherAge} 岁退休（工人岗位），${when}。${enough}。填写原来的退休年龄可以算准。`
  );
}

export function transferSentence(f: { ageThreshold?: number }): string {
  const base = '换省工作，养老保险跟着你转，年限合并计算。在哪里领养老金，看户籍和各地缴费年限，到时社保局会告诉你。';
  return f.ageThreshold
    ? `${base}你已满 ${f.ageThreshold} 岁。到外省新地方参保，一般先单独记账（临时缴费账户），退休时再把年限合在一起。`
    : base;
}

export function continuityOpen(f: { months: number; deadline: string; employerStillPaying: boolean }): string {
  return `连续参保还没有断：最晚${day(f.deadline)}把断缴的月份补缴上，前后就能接上；过了这一天就要重新计算。`;
}

export function continuityAskOffice(f: { deadline: string }): string {
  return `连续参保还没有断：最晚${day(f.deadline)}前补缴就能接上。当地对能否补缴没有写明，请先问医保局；过了这一天就要重新计算。`;
}

export const CONTINUITY_ASK_OFFICE_NO_DEADLINE =
  '断缴的月份补缴后连续参保能接上，但当地没有写明能不能补、最晚哪天补：请尽快问医保局。补不上的，连续参保从重新缴费的月份算起（累计缴费年限不受影响）。';

export const CONTINUITY_ASK_EMPLOYER =
  '个人补缴的期限已过，但新单位或原单位也许还能按当地规定为你补缴：请尽快问单位。单位补不上的，连续参保从重新缴费的月份算起（累计缴费年限不受影响）。';

export const CONTINUITY_EMPLOYER_ARREARS =
  '单位欠缴是单位的责任：单位补缴欠费和滞纳金后，连续参保一般能接上。请尽快要求单位补缴。';

export function continuityReset(f: {
  from: number;
  missed: number;
  restartFrom: number;
  cumulative?: { year: number; months: number; limit: number };
  ongoing: boolean;
}): string {
  const why = f.cumulative ? `${cumulativeReason(f.cumulative)}` : `${month(f.from)}起断缴，已经过了补缴能接上的期限`;
  const restart = f.ongoing
    ? `要从重新缴费的那个月算起（最早${month(f.restartFrom)}）`
    : `从${month(f.restartFrom)}重新算起`;
  return `${why}。连续参保${restart}，以前的累计缴费年限不受影响。`;
}

export function continuityBackPaid(f: { from: number; to: number; retroactive: boolean }): string {
  return f.retroactive
    ? '断缴的月份已按规定补缴，连续参保没有中断，断缴期间看病的钱也能补报。'
    : `断缴的月份已按规定补缴，连续参保没有中断；但按当地规定，${month(f.from)}至${month(f.to)}看病的钱不能补报。`;
}

export function continuityLateBackPaid(f: { from: number; to: number; restartFrom: number }): string {
  return `${monthRange(f.from, f.to)}是过了期限才补缴的，补缴只算累计缴费年限，连续参保从${month(f.restartFrom)}重新算起。`;
}

export function continuitySwitch(f: { interruption: number; holeFrom: number | null; holeTo: number | null }): string {
  const hole =
    f.holeFrom !== null && f.holeTo !== null ? `但${monthRange(f.holeFrom, f.holeTo)}看病的钱不能报销。` : '';
  if (f.interruption === 0) return `从职工医保接着转到居民医保，中间没有断缴，仍算连续参保。${hole}`;
  return `从职工医保转到居民医保，中间停了 ${f.interruption} 个月，在允许范围内，仍算连续参保。${hole}`;
}

export const CONTINUITY_RESIDENT_KEPT = '居民医保每年都按时缴了，没有断缴。';
export const CONTINUITY_ALWAYS = '医保一直连续缴纳，没有中断。';
export const CONTINUITY_NONE = '还没有参保记录，参保后从第一个月起计算连续参保。';

export function continuityResidentReset(f: { restartFrom: number }): string {
  return `断缴后重新参加居民医保，连续参保从${month(f.restartFrom)}重新算起。`;
}

export function continuityResidentLapsed(f: { lastYear: number; years: number; restartFrom: number }): string {
  return `${f.lastYear + 1} 年起没有交居民医保，一直断缴到现在。重新参保后，连续参保从${month(f.restartFrom)}重新算起。`;
}

export function incentiveReset(f: { restartYear: number; penalty: number | null }): string {
  const penalty = f.penalty ? `，重新参保那一年大病保险一年最多能报的钱还会少 ${f.penalty} 元` : '';
  return `断缴后居民医保的连续参保年数清零，从 ${f.restartYear} 年重新算，已经攒下的连续参保和没报销过的奖励额度不再有效${penalty}。`;
}

export function incentiveKept(f: {
  years: number;
  need: number;
  raise: number | null;
  countFrom: number | null;
}): string {
  const raise = f.raise ? `每年至少多 ${f.raise} 元（各地不同）` : '逐年提高';
  const since = f.countFrom !== null ? `从 ${f.countFrom} 年起` : '';
  return f.years >= f.need
    ? `${since}已连续参加居民医保 ${f.years} 年；满 ${f.need} 年后每多连续 1 年，大病保险一年最多能报的钱${raise}。每年按时缴就能保住。`
    : `${since}连续参加居民医保 ${f.years} 年，没有断缴；连续满 ${f.need} 年后，大病保险一年最多能报的钱${raise}，断缴会清零。`;
}

export function medicalRetirementUnknown(f: { paidMonths: number }): string {
  return `职工医保累计缴费约 ${duration(f.paidMonths)}，不清零；退休后不再缴费也能用医保需要的年限由各地规定，本地数值没有收录，请问医保局。`;
}

export function medicalRetirementSummary(f: {
  paidMonths: number;
  requiredYears: string;
  targetYear: number | null;
  localYears: number | null;
  projectedMonths: number | null;
  shortMonths: number;
  retirementMonth: number | null;
  past: boolean;
  /** The original retirement age assumed for a woman who did not give hers. */
  assumedAge: number | null;
}): string {
  const assumed = f.assumedAge !== null ? `（按原 ${f.assumedAge} 岁退休估算）` : '';
  const target = f.targetYear ? `（${f.targetYear} 年起的标准）` : '';
  const local = f.localYears ? `，其中在本地实际缴费满 ${f.localYears} 年` : '';
  const head = `职工医保累计缴费约 ${duration(f.paidMonths)}，断缴不清零，但断缴的月份不算。退休后不再缴费也能用医保，需要累计满 ${f.requiredYears}${target}${local}`;
  if (f.retirementMonth === null || f.projectedMonths === null) return `${head}，不够的可以一次性补足。`;
  if (f.shortMonths === 0)
    return `${head}；${f.past ? `你已到退休年龄${assumed}，已经满足` : `照现在一直缴到${month(f.retirementMonth)}退休${assumed}，约累计 ${duration(f.projectedMonths)}，能满足要求`}。`;
  return `${head}；${f.past ? `你已到退休年龄${assumed}，` : `即使一直缴到${month(f.retirementMonth)}退休${assumed}，`}也只有约 ${duration(f.projectedMonths)}，还差约 ${duration(f.shortMonths)}。不补足的话，退休后还要继续交医保费才能用医保；可以继续按月缴，或一次性补足，请到医保窗口问清当地年限。`;
}

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

export function requiredYears(f: { required: number | null; male: number; female: number }): string {
  if (f.required !== null) return `${f.required} 年`;
  return f.male === f.female ? `${f.male} 年（男女相同）` : `男 ${f.male} 年、女 ${f.female} 年`;
}
