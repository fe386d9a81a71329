// The Chinese of the remedies (options): each function phrases one remedy from its structured facts. Every number
// is a parameter (computed or read from the policy table), never typed into the text.
import { day, month, monthRange, percent } from './format';
import { cumulativeReason } from './readings';

export interface YearCapFacts {
  year: number;
  months: number;
  limit: number;
  until: string;
}

export function yearCapNote(c: YearCapFacts): string {
  return `${c.year} 年内已断缴 ${c.months} 个月，当地规定一年内累计断缴满 ${c.limit} 个月当作第一次参保，所以最晚${day(c.until)}。`;
}

/** The employer has not paid the current month yet, and it is not overdue. */
export function arrearsNotDueSummary(f: { month: number; due: string }): string {
  return (
    `单位还没缴${month(f.month)}的医保费，但这个月还没到期，不算欠缴，现在照常报销：单位在${day(f.due)}前缴上就没有影响；` +
    '到期还没缴的，从下个月起暂停报销，要等单位补缴。'
  );
}

export function arrearsSummary(f: {
  from: number;
  /** Null before the late-fee rule collected (2011-07, security probe 3 P54). */
  lateFeePerDay: number | null;
  resumesNextMonth: boolean;
  retroactive: boolean;
  /** Only arrears of at most this many months are covered when paid (浙江, 岳阳): say the condition. */
  retroactiveMaxMonths?: number;
}): string {
  const fee = f.lateFeePerDay !== null ? `按每天 ${percent(f.lateFeePerDay)} ` : '按当时的规定';
  const limit = f.retroactiveMaxMonths;
  return (
    `单位从${month(f.from)}起欠缴：应由单位补缴（不用你自己交），单位要补足欠费并${fee}加收滞纳金；` +
    (f.resumesNextMonth ? '补齐后的次月起恢复报销。' : '钱到账后恢复报销。') +
    (f.retroactive && limit !== undefined
      ? `单位及时补缴的（按当地规定，约为欠缴不超过 ${limit} 个月），欠费期间看病的钱可以补报；补缴晚了的不补报，由单位承担，请保留好票据。`
      : f.retroactive
        ? '欠费期间看病的钱可以补报。'
        : limit !== undefined
          ? `单位欠缴已超过 ${limit} 个月，补缴也晚了：欠费期间看病的钱，医保一般不补报，应由单位承担，请保留好票据。`
          : '欠费期间看病的钱，医保一般不补报；这部分损失可以要求单位承担，请保留好票据。')
  );
}

export function arrearsTooLongSummary(f: { months: number; limit: number }): string {
  return `单位已欠缴 ${f.months} 个月，超过当地可以补缴的 ${f.limit} 个月，不能再补缴，医保按断缴处理；欠费期间看病的钱，这部分损失可以要求单位承担，请保留好票据。`;
}

export function backPayOpenSummary(f: {
  months: number;
  from: number;
  to: number;
  deadline: string | null;
  retroactive: boolean;
  benefitsFrom: string | null;
  /** The benefits date when back-paying on the deadline instead of today. */
  benefitsFromAtDeadline?: string;
  asOf: string;
  capNote?: string;
  askOffice: boolean;
  /** A wait that remains after back-paying (福建 C05: 3 months at 50 %). */
  waitAfter?: { months: number; rate?: number };
  /** A wait written in days after back-paying (岳阳 F35: 30 days). */
  waitDays?: number;
}): string {
  const by = f.deadline ? `最晚${day(f.deadline)}（当天也可以）` : '尽快';
  const what = `${monthRange(f.from, f.to)}没有缴`;
  const effect = f.waitDays
    ? backPayDayWait(f.waitDays, f.benefitsFrom)
    : f.waitAfter
      ? `补缴后仍有 ${f.waitAfter.months} 个月等待期${f.waitAfter.rate ? `（期间按 ${Math.round(f.waitAfter.rate * 100)}% 报销）` : ''}，断缴期间看病的钱不能补报${
          f.benefitsFrom ? `，今天补缴则${day(f.benefitsFrom)}起全额报销` : ''
        }。`
      : f.retroactive
        ? '补缴后连续参保能接上，断缴期间看病的钱也能补报。'
        : `补缴后连续参保能接上，但断缴期间看病的钱不能补报${
            f.benefitsFrom && f.benefitsFrom > f.asOf ? paidTodayOrLater('补缴', f.benefitsFrom, f) : ''
          }。`;
  return (
    `${what}，${by}补缴（以灵活就业身份或由新单位补缴）。${effect}` +
    (f.capNote ?? '') +
    (f.askOffice ? '当地对能否补缴没有写明，请先问医保局。' : '')
  );
}

/** Back-pay followed by a wait written in days (岳阳 F35 "缴费后 30 天"), from the payment day. */
/** A benefits date that depends on the day of payment: today's, and the deadline's when it differs (issue 9 c2). */
function paidTodayOrLater(
  verb: string,
  benefitsFrom: string,
  f: { deadline: string | null; benefitsFromAtDeadline?: string },
): string {
  // Without a later date, paying by the deadline gives the same one; without a deadline, later means later.
  const later =
    f.deadline && f.benefitsFromAtDeadline
      ? `；${day(f.deadline)}才${verb}则${day(f.benefitsFromAtDeadline)}起`
      : f.deadline
        ? ''
        : '，晚缴则相应推后';
  return `；今天${verb}则${day(benefitsFrom)}起恢复报销${later}`;
}

function backPayDayWait(days: number, benefitsFrom: string | null): string {
  const from = benefitsFrom ? `；按今天缴费，${day(benefitsFrom)}起能报销` : '';
  return `补缴后要等缴费后 ${days} 天才恢复报销，断缴期间看病的钱不能补报${from}。`;
}

/** Enrolling as a flexible worker under a wait written in days (岳阳 F35), counted from the payment day. */
function flexibleDayWait(days: number, benefitsFrom: string): string {
  return `现在以灵活就业身份参保，要等缴费后 ${days} 天才能报销；按今天缴费，${day(benefitsFrom)}起能报销，晚一天缴就晚一天报销。`;
}

/** Back-pay no longer keeps continuity: say when the deadline was, and who may still pay. */
export function backPayClosedSummary(f: {
  from: number;
  missed: number;
  deadline: string | null;
  tolerance: number | null;
  cumulative?: { year: number; months: number; limit: number };
  employerMayPay: boolean;
}): string {
  if (f.cumulative) return `${cumulativeReason(f.cumulative)}，现在补缴也接不上连续参保了。`;
  const start = `断缴从${monthRange(f.from, f.from)}开始`;
  const rule =
    f.deadline && f.tolerance
      ? `，按规定断缴不超过 ${f.tolerance} 个月、最晚${day(f.deadline)}前补缴才能接上连续参保，这个期限已经过了`
      : '，已经超过当地规定补缴能接上的时间';
  if (f.employerMayPay)
    return `${start}${rule}。新单位或原单位也许还能按当地规定为你补缴，请问单位；单位不能补的，连续参保重新计算。`;
  return `${start}${rule}，现在补缴也接不上了。`;
}

export function flexibleSummary(f: {
  deadline: string | null;
  waitingMonths: number;
  /** A wait written in days (岳阳 F35), instead of months. */
  waitingDays?: number;
  retroactive: boolean;
  benefitsFrom: string;
  /** The benefits date when enrolling on the deadline instead of today. */
  benefitsFromAtDeadline?: string;
  upperBoundNote?: string;
  nextMonth: boolean;
  /** Share of benefits paid during the wait (福建 C05). */
  rate?: number;
  cumulativeNote?: string;
  capNote?: string;
  askOffice: boolean;
}): string {
  const by = f.deadline ? `最晚${day(f.deadline)}` : '现在';
  const main = f.waitingDays
    ? flexibleDayWait(f.waitingDays, f.benefitsFrom)
    : f.waitingMonths === 0
      ? `${by}以灵活就业身份参加职工医保${f.retroactive ? '并补缴断缴的月份，不用等待，断缴期间看病的钱也能补报' : `，不用等待${paidTodayOrLater('缴费', f.benefitsFrom, f)}`}。`
      : `现在以灵活就业身份参保，要先连续缴费 ${f.waitingMonths} 个月（等待期${f.nextMonth ? '从缴费的次月起算' : ''}${f.upperBoundNote ? `，${f.upperBoundNote}` : ''}）；按今天缴费估算，${day(f.benefitsFrom)}起才能${f.rate ? `全额报销（等待期内按 ${Math.round(f.rate * 100)}% 报销）` : '报销'}，晚一个月缴就晚一个月报销。`;
  return (
    (f.cumulativeNote ? `${f.cumulativeNote}。` : '') +
    main +
    (f.capNote ?? '') +
    (f.askOffice ? '外地户籍能否以灵活就业身份参保，请先问医保局。' : '')
  );
}

/** What switching to resident insurance gives up (copy review H11). */
export const RESIDENT_TRADE_OFF = '注意：居民医保没有生育津贴，也没有个人账户，职工医保的连续参保会中断。';

/** How a newborn's deadline was counted without the birth day (issue 9 c3). */
export function newbornCountedFrom(countedFrom: string | undefined): string {
  return countedFrom
    ? `这个期限是从出生月的第一天（${day(countedFrom)}）算起的估算，按实际出生日算可能晚几天，以当地医保局为准。`
    : '';
}

export function residentSummary(f: {
  year: number;
  now: boolean;
  deadline: string | null;
  closes: string;
  exemptNewborn: boolean;
  /** A newborn's deadline counted from the 1st of the birth month (the birth day is not asked). */
  countedFrom?: string;
  switchApplied: boolean;
  switchMonths: number;
  retroactive: boolean;
  gapFrom: number | null;
  benefitsFrom: string;
  fixedMonths: number;
  variableMonths: number;
  gapYears: number;
  inWindow: boolean;
  fromEmployee: boolean;
  /** The window's date rests on a low-confidence pattern (copy review M4). */
  windowHedged: boolean;
  /** The window is the national pattern, no local notice (issue 19): the usual closing day, not the local one. */
  windowPattern?: boolean;
}): string {
  const year = `${f.year} 年居民医保`;
  const tradeOff = f.fromEmployee ? RESIDENT_TRADE_OFF : '';
  if (f.exemptNewborn && f.deadline) {
    return `新生儿不用等待：最晚${day(f.deadline)}（出生后规定天数内）缴纳 ${year}，从出生那天起看病的钱都能报销。${newbornCountedFrom(f.countedFrom)}`;
  }
  if (f.switchApplied) {
    const by = f.deadline ? `最晚${day(f.deadline)}` : '现在';
    const from =
      f.retroactive && f.gapFrom !== null ? `${monthRange(f.gapFrom, f.gapFrom)}起看病的钱都能报` : '缴费后就能报销';
    return `职工医保断缴不超过 ${f.switchMonths} 个月：${by}改交 ${year}，不用等待，${from}。${tradeOff}`;
  }
  const window = f.windowPattern
    ? '多数地方集中参保期的截止日，以当地通知为准'
    : f.windowHedged
      ? '集中参保期内，以当地通知为准'
      : '集中参保期内';
  const timing = f.now ? `现在缴纳 ${year}` : `最晚${day(f.closes)}（${window}）缴纳 ${year}`;
  if (f.fixedMonths + f.variableMonths === 0) return `${timing}，${day(f.benefitsFrom)}起能报销，不用等待。${tradeOff}`;
  const parts: string[] = [];
  if (f.fixedMonths)
    parts.push(`先等 ${f.fixedMonths} 个月（${f.inWindow ? '因为中间断缴了' : '因为不在集中参保期内缴费'}）`);
  if (f.variableMonths) parts.push(`因断缴 ${f.gapYears} 年再多等 ${f.variableMonths} 个月`);
  return `${timing}：${parts.join('，')}，共 ${f.fixedMonths + f.variableMonths} 个月，${day(f.benefitsFrom)}起才能报销。${tradeOff}`;
}
