// The Chinese of the medical items (accounts, continuity, the resident incentive): each function phrases one
// structured result; every number is a parameter read from the result or the policy value. Retirement items are
// items-retirement.ts, the chain's items (housing, 落户, car, maternity) items-eligibility.ts.
import { day, month, monthRange } from './format';
import { cumulativeReason } from './readings';

export const PENSION_ACCOUNT_KEPT =
  '养老保险个人账户里的钱一直在，不会清零；断缴期间只是不再存入新钱，换地方时随你转移。';
export const PENSION_ACCOUNT_NONE = '没有职工养老缴费记录，不涉及个人账户。';
export const MEDICAL_ACCOUNT_KEPT =
  '医保个人账户里的钱不会清零，断缴期间仍可按当地规定使用，只是不再存入新钱；换地方时随你转移。';
export const MEDICAL_ACCOUNT_NONE = '居民医保没有个人账户（个人账户属于职工医保）。';
/** No records at all (copy review L18): nothing to lose, no 居民医保 to speak of. */
export const MEDICAL_ACCOUNT_NO_RECORDS = '还没有参保记录，不涉及医保个人账户（只有职工医保有个人账户）。';

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
    : `断缴的月份已按规定补缴，连续参保没有中断；但按当地规定，${monthRange(f.from, f.to)}看病的钱不能补报。`;
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

/** Resident years without a break since `from` (N18): the first year says so; a late year says why it waited. */
export function continuityResidentKept(f: { from: number; year: number; waitedLate: boolean }): string {
  const run =
    f.from === f.year
      ? `${f.year} 年开始参加居民医保（第 1 年），没有断缴。`
      : `${f.from} 年起每年都交了居民医保，没有断缴。`;
  const late = f.waitedLate ? `${f.year} 年是过了集中参保期才交的，所以要等待；以后按时交就不用等。` : '';
  return run + late;
}
export const CONTINUITY_ALWAYS = '医保一直连续缴纳，没有中断。';
export const CONTINUITY_NONE = '还没有参保记录，参保后从第一个月起计算连续参保。';

export function continuityResidentReset(f: { restartFrom: number }): string {
  return `断缴后重新参加居民医保，连续参保从${month(f.restartFrom)}重新算起。`;
}

export function continuityResidentLapsed(f: { lastYear: number; years: number; restartFrom: number }): string {
  return `${f.lastYear + 1} 年起没有交居民医保，一直断缴到现在。重新参保后，连续参保从${month(f.restartFrom)}重新算起。`;
}

/** This year's resident year still payable on time (福建's extension, N34): nothing is lost yet. */
export function continuityResidentOnTime(f: { year: number; deadline: string; fromPayment: boolean }): string {
  return `${f.year} 年的居民医保还没交：最晚${day(f.deadline)}交上仍算连续参保${f.fromPayment ? '（交费当天起能报销）' : ''}，过期再交要重新算。`;
}

export const incentiveOnTime = (f: { year: number; deadline: string }) =>
  `最晚${day(f.deadline)}交上 ${f.year} 年的居民医保，连续参保年数不会清零。`;

export function incentiveReset(f: { restartYear: number; penalty: number | null }): string {
  const penalty = f.penalty ? `，重新参保那一年大病保险一年最多能报的钱还会少 ${f.penalty} 元` : '';
  return `断缴后居民医保的连续参保年数清零，从 ${f.restartYear} 年重新算，已经攒下的连续参保和没报销过的奖励额度不再有效${penalty}。`;
}

export function incentiveKept(f: {
  years: number;
  need: number;
  raise: number | null;
  countFrom: number | null;
  /** The first year of the unbroken run of resident years (it may be before the incentive's first year). */
  runFrom: number;
}): string {
  const raise = f.raise ? `每年至少多 ${f.raise} 元（各地不同）` : '逐年提高';
  // A run older than the incentive (38号: from 2025) is said as it is, and which years the reward counts (N18).
  const head =
    f.countFrom !== null && f.runFrom < f.countFrom
      ? `${f.runFrom} 年起一直参加居民医保；大病保险的连续参保奖励从 ${f.countFrom} 年起算，已满 ${f.years} 年`
      : `${f.countFrom !== null ? `${f.runFrom} 年起` : ''}${f.years >= f.need ? '已' : ''}连续参加居民医保 ${f.years} 年`;
  return f.years >= f.need
    ? `${head}；满 ${f.need} 年后每多连续 1 年，大病保险一年最多能报的钱${raise}。每年按时缴就能保住。`
    : `${head}，没有断缴；连续满 ${f.need} 年后，大病保险一年最多能报的钱${raise}，断缴会清零。`;
}
