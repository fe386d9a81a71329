// The headline: the one thing to know first. Decided from the structured report (status, waiting, options,
// months); the client, the share title and the history entry all show it and none recomputes it.
import type { Action, GapReason, Headline, MonthCell, Option, OptionKey, Report, TradeOff } from '../contract';
import type { Choice } from '../rules/remedies/choose';
import { aboutDay, day, month } from './format';
import { ITEM_WORDS, listWords, REMEDY_WORDS } from './words';

/** A headline before the to-do carrying its date is known (index.ts links `action` once the to-dos are built). */
type Draft = Omit<Headline, 'option' | 'action' | 'tradeOff'> & { option?: OptionKey | null };

export interface HeadlineInput {
  asOf: string;
  medical: Pick<Report['medical'], 'status' | 'waiting' | 'holeMonths' | 'reducedCap'> & { months: MonthCell[] };
  /** The latest waiting period ending after asOf, even when it has not started (e.g. next year's). */
  waitingAhead: { benefitsFrom: string; estimated?: boolean } | null;
  options: Option[];
  gapReason?: GapReason;
  /** The current month's contribution is not paid yet and not overdue: the last day to pay it on time. */
  dueThisMonth?: string;
  /** The last month paid was paid as a flexible worker: the person pays the current month themselves. */
  paysOwnContribution?: boolean;
  /** A newborn not yet enrolled (copy review M25). */
  newborn?: boolean;
  /** The decision: the recommended remedy and its trade-off (rules/remedies/choose.ts). */
  choice: Choice;
  /** The year the resident option enrols in. */
  residentYear?: number;
  /** The employer's arrears are past the local limit: no back-pay, the person must enrol again (东莞 C09, N6). */
  arrearsClosed?: { months: number; limit: number };
}

const open = (o: Option | undefined, asOf: string): o is Option =>
  o !== undefined && o.feasible !== 'no' && (!o.deadline || o.deadline >= asOf);

function backPayHeadline(backPay: Option, asOf: string, suspended: boolean): Draft {
  const due = backPay.deadline ?? null;
  const by = due ? `${day(due)}前` : '尽快';
  const prefix = suspended ? '医保已断缴。' : '医保现在能报销。';
  if (backPay.feasible === 'depends') {
    const text =
      backPay.who === 'employer'
        ? `${prefix}请尽快问单位能否为你补缴断缴的月份`
        : `${prefix}${by}补缴能接上连续参保；当地对能否补缴没有写明，请先问医保局`;
    return { key: 'backPayAsk', text, due, option: 'backPay' };
  }
  if (backPay.retroactive) {
    return {
      key: suspended ? 'backPayNow' : 'coveredRepairable',
      text: `${prefix}${by}补缴，断缴期间看病的钱也能补报`,
      due,
      option: 'backPay',
    };
  }
  // The benefits date holds only for a payment made today (issue 9 c2): said so, and marked in the fields.
  const paidToday = backPay.benefitsFrom && backPay.benefitsFrom > asOf ? backPay.benefitsFrom : undefined;
  const later = backPay.benefitsFromAtDeadline ? '，晚缴则相应推后' : '';
  const from = paidToday ? `；今天补缴则${day(paidToday)}起恢复报销${later}` : '';
  const text = `${prefix}${by}补缴，连续参保能接上，断缴期间看病的钱不能补报${from}`;
  return { key: 'backPayNow', text, due, option: 'backPay', ...(paidToday ? { assumingPaidOn: asOf } : {}) };
}

/** When the leading remedy brings cover back, in words. */
function whenCovered(o: Option, asOf: string): string {
  if (!o.benefitsFrom || o.benefitsFrom <= asOf)
    return o.retroactive && o.benefitsFrom ? `${month(o.benefitsFrom.slice(0, 7))}起看病的钱都能报` : '缴费后就能报销';
  // Only a date that depends on the day of payment is an estimate (an in-window resident year is not; N44).
  return o.assumingPaidOn ? `按今天缴费估算，${day(o.benefitsFrom)}起能报销` : `${day(o.benefitsFrom)}起能报销`;
}

/** The headline that leads with a remedy other than back-pay: it names which insurance (copy review N15). */
function enrolHeadline(lead: string, o: Option, asOf: string, residentYear?: number): Draft {
  const when = whenCovered(o, asOf);
  const by = o.deadline ? `最晚${day(o.deadline)}` : '现在';
  const what =
    o.key === 'resident'
      ? `${by}缴纳 ${residentYear ?? ''} 年居民医保`.replace('  ', ' ')
      : o.key === 'flexible'
        ? '建议以灵活就业身份接着交职工医保'
        : `${by}${REMEDY_WORDS[o.key]}`;
  const assumed = o.assumingPaidOn && o.benefitsFrom && o.benefitsFrom > asOf ? { assumingPaidOn: asOf } : {};
  return { key: 'enrolNow', text: `${lead}。${what}：${when}`, due: o.deadline ?? null, option: o.key, ...assumed };
}

/** The one sentence the headline adds when the leading remedy loses something another open one keeps. */
export function tradeOffText(f: { versus: OptionKey; loses: string[] }): string {
  return `${REMEDY_WORDS[f.versus]}能保住${listWords(f.loses)}，但报销要晚一些或花费更多`;
}

/** Suspended because of the employer: arrears past the local limit, or arrears the employer can still pay. */
function employerHeadline(h: HeadlineInput, backPay: Option | undefined): Draft | undefined {
  const { asOf, medical } = h;
  const lead = h.choice.lead;
  const suspended = medical.status === 'suspended' || medical.status === 'none';
  if (suspended && h.arrearsClosed) {
    const stop = `单位欠缴已超过当地可以补缴的 ${h.arrearsClosed.limit} 个月，不能再补缴，医保已停`;
    if (lead && lead.key !== 'backPay') {
      const next = enrolHeadline(stop, lead, asOf, h.residentYear);
      return Object.assign(next, {
        key: 'employerArrears' as const,
        text: `${next.text}；欠缴期间的损失可以向单位追讨`,
      });
    }
    return { key: 'employerArrears', text: `${stop}：请先重新参保，再向单位追讨损失`, due: null, option: null };
  }
  if (suspended && h.gapReason === 'employer' && backPay) {
    return {
      key: 'employerArrears',
      // A local limit (东莞 C09) dates it: after that day the employer can no longer pay (N30).
      text: backPay.deadline
        ? `单位没有按时缴医保，医保暂停了：请要求单位最晚${day(backPay.deadline)}补缴，补齐后恢复报销；过了这天就不能再补`
        : '单位没有按时缴医保，医保暂停了：请要求单位补缴，补齐后恢复报销',
      due: backPay.deadline ?? null,
      option: 'backPay',
    };
  }
  return undefined;
}

export function buildHeadline(h: HeadlineInput): Draft {
  const { asOf, medical, options } = h;
  const backPay = options.find((o) => o.key === 'backPay');
  const suspended = medical.status === 'suspended' || medical.status === 'none';
  const lead = h.choice.lead;
  const employer = employerHeadline(h, backPay);
  if (employer) return employer;
  // A flexible worker who has not paid this month yet: not a gap before the month ends (contract v2).
  // The month is read as paid on time (status covered, rules/timeline.ts pendingMonth), so the status may be either.
  const ownMonthDue = medical.status === 'suspended' || medical.status === 'covered';
  if (ownMonthDue && h.gapReason !== 'employer' && h.paysOwnContribution && h.dueThisMonth) {
    const text = `本月的医保费还没缴：${day(h.dueThisMonth)}前缴上就不算断缴，连续参保不受影响`;
    return { key: 'backPayNow', text, due: h.dueThisMonth };
  }
  if (medical.status === 'suspended' && open(backPay, asOf) && backPay.deadline && lead === backPay) {
    return backPayHeadline(backPay, asOf, true);
  }
  if (medical.status === 'waiting' && medical.waiting) {
    const w = medical.waiting;
    // 约 when the wait counts from a payment day the user estimated (copy review H14).
    const from = aboutDay(w.benefitsFrom, w.estimated);
    // "全额" only where part is paid during the wait (福建 50 %); elsewhere nothing is (copy review 3 N12).
    const text =
      w.rate !== undefined
        ? `医保在等待期，${from}起才能全额报销，在此之前按 ${Math.round(w.rate * 100)}% 报销`
        : `医保在等待期：${from}起才能报销，在这之前看病要自己付钱`;
    return { key: 'waiting', text, due: w.benefitsFrom };
  }
  const resident = options.find((o) => o.key === 'resident');
  // A newborn's birth year still payable within the grace period, also when a later year is paid (copy review 3 N1).
  const birthYearOpen = h.newborn && resident?.retroactive && resident.deadlineCountedFrom;
  if ((medical.status === 'none' || birthYearOpen) && h.newborn && resident?.deadline && open(resident, asOf)) {
    const estimate = resident.deadlineCountedFrom ? '（从出生月第一天算起的估算）' : '';
    const who = medical.status === 'none' ? '宝宝还没参保' : '宝宝出生那年的居民医保还没交';
    const text = `${who}：最晚${day(resident.deadline)}缴上${estimate}，从出生那天起看病的钱都能报销`;
    return { key: 'enrolNow', text, due: resident.deadline, option: 'resident' };
  }
  if (suspended) {
    const state = medical.status === 'none' ? '目前没有医保' : '医保已断缴';
    if (lead && lead.key === 'backPay') return backPayHeadline(lead, asOf, true);
    if (lead && lead.key !== 'repair') return enrolHeadline(state, lead, asOf, h.residentYear);
    return { key: 'none', text: `${state}，看病暂时不能报销`, due: null, option: null };
  }
  // Covered today.
  if (h.gapReason === 'employer' && h.dueThisMonth && medical.status === 'covered') {
    const text = `医保现在能报销；单位还没缴本月的医保费，要在${day(h.dueThisMonth)}前缴上，否则下个月起暂停`;
    return { key: 'employerArrears', text, due: h.dueThisMonth };
  }
  if (open(backPay, asOf) && backPay.deadline && backPay.who !== 'employer' && lead === backPay) {
    return backPayHeadline(backPay, asOf, false);
  }
  if (h.waitingAhead) {
    return {
      key: 'coveredWaitingAhead',
      text: `医保现在能报销；之后有等待期，${aboutDay(h.waitingAhead.benefitsFrom, h.waitingAhead.estimated)}起才能再报销`,
      due: h.waitingAhead.benefitsFrom,
    };
  }
  const holes = medical.holeMonths.length;
  const cap = capClause(medical.reducedCap, asOf);
  if (holes > 0)
    return { key: 'coveredWithHoles', text: `医保现在能报销${cap}；以前有 ${holes} 个月看病不能报销`, due: null };
  return { key: 'covered', text: cap ? `医保现在能报销${cap}` : '医保能正常报销，没有断缴', due: null };
}

/** 佛山's reduced cap while it runs (C10, copy review 3 N31): covered, but the fund pays at most so much in all. */
function capClause(cap: Report['medical']['reducedCap'], asOf: string): string {
  if (!cap || cap.to < asOf.slice(0, 7)) return '';
  return `，但${month(cap.to)}底前医保最多一共报 ${cap.capYuan} 元（连续缴满 ${cap.months} 个月后恢复到 ${cap.normalCapYuan} 元）`;
}

/**
 * The headline as shown: its remedy, the to-do that carries its date (关怀模式 shows exactly that one), and the
 * trade-off sentence when the leading remedy loses something another open one keeps. A headline that leads with a
 * remedy but names no date takes the date of that remedy's to-do (H9: the headline and the first to-do agree).
 */
export function finishHeadline(draft: Draft, choice: Choice, actions: Action[]): Headline {
  const option = draft.option ?? null;
  const carrying = option ? actions.find((a) => a.option === option || a.alternatives?.includes(option)) : undefined;
  // The remedy's own to-do carries the date; else (a headline about no remedy) the to-do with the headline's date.
  const due = carrying?.due ?? draft.due;
  const action = carrying?.due ? carrying : due ? (actions.find((a) => a.due === due) ?? null) : null;
  let tradeOff: TradeOff | null = null;
  let text = draft.text;
  const t = choice.tradeOff;
  if (t && option && choice.lead?.key === option) {
    const sentence = tradeOffText({ versus: t.versus.key, loses: t.loses.map((k) => ITEM_WORDS[k]) });
    tradeOff = { versus: t.versus.key, loses: t.loses, gains: t.gains, text: sentence };
    text = `${text}。${sentence}`;
  }
  return Object.assign({}, draft, { text, due: action ? due : null, option, action: action?.key ?? null, tradeOff });
}
