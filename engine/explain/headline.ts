// The headline: the one thing to know first. Decided from the structured report (status, waiting, options,
// months); the client, the share title and the history entry all show it and none recomputes it.
import type { GapReason, Headline, MonthCell, Option, Report } from '../contract';
import { day } from './format';

export interface HeadlineInput {
  asOf: string;
  medical: Pick<Report['medical'], 'status' | 'waiting' | 'holeMonths'> & { months: MonthCell[] };
  /** The latest waiting period ending after asOf, even when it has not started (e.g. next year's). */
  waitingAhead: { benefitsFrom: string } | null;
  options: Option[];
  gapReason?: GapReason;
  /** The current month's contribution is not paid yet and not overdue: the last day to pay it on time. */
  dueThisMonth?: string;
  /** The last month paid was paid as a flexible worker: the person pays the current month themselves. */
  paysOwnContribution?: boolean;
  /** A newborn not yet enrolled (copy review M25). */
  newborn?: boolean;
}

const open = (o: Option | undefined, asOf: string): o is Option =>
  o !== undefined && o.feasible !== 'no' && (!o.deadline || o.deadline >= asOf);

/** The open remedy that brings benefits back soonest (the back-pay by its deadline first when it is retroactive). */
function soonest(options: Option[], asOf: string): Option | undefined {
  return options
    .filter((o) => o.key !== 'repair' && o.feasible === 'yes' && open(o, asOf) && o.benefitsFrom)
    .sort((a, b) => a.benefitsFrom!.localeCompare(b.benefitsFrom!))[0];
}

function backPayHeadline(backPay: Option, asOf: string, suspended: boolean): Headline {
  const due = backPay.deadline ?? null;
  const by = due ? `${day(due)}前` : '尽快';
  const prefix = suspended ? '医保已断缴。' : '医保现在能报销。';
  if (backPay.feasible === 'depends') {
    const text =
      backPay.who === 'employer'
        ? `${prefix}请尽快问单位能否为你补缴断缴的月份`
        : `${prefix}${by}补缴能接上连续参保；当地对能否补缴没有写明，请先问医保局`;
    return { key: 'backPayAsk', text, due };
  }
  if (backPay.retroactive) {
    return {
      key: suspended ? 'backPayNow' : 'coveredRepairable',
      text: `${prefix}${by}补缴，断缴期间看病的钱也能补报`,
      due,
    };
  }
  // The benefits date holds only for a payment made today (issue 9 c2): said so, and marked in the fields.
  const paidToday = backPay.benefitsFrom && backPay.benefitsFrom > asOf ? backPay.benefitsFrom : undefined;
  const later = backPay.benefitsFromAtDeadline ? '，晚缴则相应推后' : '';
  const from = paidToday ? `；今天补缴则${day(paidToday)}起恢复报销${later}` : '';
  const text = `${prefix}${by}补缴，连续参保能接上，断缴期间看病的钱不能补报${from}`;
  return { key: 'backPayNow', text, due, ...(paidToday ? { assumingPaidOn: asOf } : {}) };
}

export function buildHeadline(h: HeadlineInput): Headline {
  const { asOf, medical, options } = h;
  const backPay = options.find((o) => o.key === 'backPay');
  const suspended = medical.status === 'suspended' || medical.status === 'none';
  if (suspended && h.gapReason === 'employer' && backPay) {
    return {
      key: 'employerArrears',
      text: '单位没有按时缴医保，医保暂停了：请要求单位补缴，补齐后恢复报销',
      due: null,
    };
  }
  // A flexible worker who has not paid this month yet: not a gap before the month ends (contract v2).
  // The month is read as paid on time (status covered, rules/timeline.ts pendingMonth), so the status may be either.
  const ownMonthDue = medical.status === 'suspended' || medical.status === 'covered';
  if (ownMonthDue && h.gapReason !== 'employer' && h.paysOwnContribution && h.dueThisMonth) {
    const text = `本月的医保费还没缴：${day(h.dueThisMonth)}前缴上就不算断缴，连续参保不受影响`;
    return { key: 'backPayNow', text, due: h.dueThisMonth };
  }
  if (medical.status === 'suspended' && open(backPay, asOf) && backPay.deadline) {
    return backPayHeadline(backPay, asOf, true);
  }
  if (medical.status === 'waiting' && medical.waiting) {
    const w = medical.waiting;
    const share = w.rate !== undefined ? `，在此之前按 ${Math.round(w.rate * 100)}% 报销` : '';
    return { key: 'waiting', text: `医保在等待期，${day(w.benefitsFrom)}起才能全额报销${share}`, due: w.benefitsFrom };
  }
  const resident = options.find((o) => o.key === 'resident');
  // A newborn's birth year still payable within the grace period, also when a later year is paid (copy review 3 N1).
  const birthYearOpen = h.newborn && resident?.retroactive && resident.deadlineCountedFrom;
  if ((medical.status === 'none' || birthYearOpen) && h.newborn && resident?.deadline && open(resident, asOf)) {
    const estimate = resident.deadlineCountedFrom ? '（从出生月第一天算起的估算）' : '';
    const who = medical.status === 'none' ? '宝宝还没参保' : '宝宝出生那年的居民医保还没交';
    const text = `${who}：最晚${day(resident.deadline)}缴上${estimate}，从出生那天起看病的钱都能报销`;
    return { key: 'enrolNow', text, due: resident.deadline };
  }
  if (suspended) {
    const best = soonest(options, asOf);
    const lead = medical.status === 'none' ? '目前没有医保' : '医保已断缴';
    if (best?.benefitsFrom) {
      const when = best.benefitsFrom <= asOf ? '缴费后就能报销' : `按今天缴费估算，${day(best.benefitsFrom)}起能报销`;
      const assumed = best.benefitsFrom > asOf ? { assumingPaidOn: asOf } : {};
      return { key: 'enrolNow', text: `${lead}，现在参保：${when}`, due: best.deadline ?? null, ...assumed };
    }
    return { key: 'none', text: `${lead}，看病暂时不能报销`, due: null };
  }
  // Covered today.
  if (h.gapReason === 'employer' && h.dueThisMonth && medical.status === 'covered') {
    const text = `医保现在能报销；单位还没缴本月的医保费，要在${day(h.dueThisMonth)}前缴上，否则下个月起暂停`;
    return { key: 'employerArrears', text, due: h.dueThisMonth };
  }
  if (open(backPay, asOf) && backPay.deadline && backPay.who !== 'employer') {
    return backPayHeadline(backPay, asOf, false);
  }
  if (h.waitingAhead) {
    return {
      key: 'coveredWaitingAhead',
      text: `医保现在能报销；之后有等待期，${day(h.waitingAhead.benefitsFrom)}起才能再报销`,
      due: h.waitingAhead.benefitsFrom,
    };
  }
  const holes = medical.holeMonths.length;
  if (holes > 0)
    return { key: 'coveredWithHoles', text: `医保现在能报销；以前有 ${holes} 个月看病不能报销`, due: null };
  return { key: 'covered', text: '医保能正常报销，没有断缴', due: null };
}
