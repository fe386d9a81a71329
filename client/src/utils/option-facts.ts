// The facts of one remedy as the remedies card writes them (wait, benefits date, deadline), from the option's own
// fields only: the engine decides each (a past deadline is `deadlinePassed`, a benefits time without a date is
// `benefitsWhen`); nothing here compares dates.
import type { Option } from '../types/contract';
import { fmtDate } from './dates';

/** When an employer's option runs benefits, where it has no date (the engine's `benefitsWhen`). */
const BENEFITS_WHEN: Record<NonNullable<Option['benefitsWhen']>, string> = {
  now: '现在照常报销',
  onPayment: '单位的钱到账后恢复',
  monthAfterPayment: '单位补齐欠费的次月起恢复',
};

/** 约 before a date counted from a payment day the user estimated (the engine's `estimated`, copy review H14). */
const about = (o: Option) => (o.estimated ? '约' : '');

export const waitText = (o: Option) =>
  o.waitingDays
    ? `缴费后 ${o.waitingDays} 天`
    : typeof o.waitingMonths !== 'number'
      ? '要问当地'
      : o.waitingMonths > 0
        ? `${o.waitingMonths} 个月${reduced(o.waitingRate)}`
        : '不用等';

/** A wait during which part of each bill is paid (福建 50 %, the engine's `waitingRate`; copy review 3 N13). */
const reduced = (rate: number | undefined) =>
  typeof rate === 'number' ? `（期间按 ${Math.round(rate * 100)}% 报销）` : '';

/**
 * A date that holds only for paying today says so, with the deadline's date when that differs (engine fields); an
 * employer's option without a date says when benefits run (`benefitsWhen`).
 */
export const benefitsText = (o: Option) =>
  !o.benefitsFrom
    ? o.benefitsWhen
      ? BENEFITS_WHEN[o.benefitsWhen]
      : '要问当地'
    : !o.assumingPaidOn
      ? about(o) + fmtDate(o.benefitsFrom)
      : `今天缴费则 ${fmtDate(o.benefitsFrom)}` +
        (o.deadline && o.benefitsFromAtDeadline
          ? `；${fmtDate(o.deadline)}才缴则 ${fmtDate(o.benefitsFromAtDeadline)}`
          : '');

/**
 * Without a deadline a later payment still works, but a wait starts later: 越早越好. A closed gap an employer may
 * still back-pay has no deadline ahead: the engine's `deadlinePassed` says when the rule's own one passed.
 */
export const deadlineText = (o: Option) =>
  o.deadline
    ? about(o) + fmtDate(o.deadline)
    : o.deadlinePassed
      ? `${fmtDate(o.deadlinePassed)}已过${o.who === 'employer' ? '（单位还能不能补缴，请问单位）' : ''}`
      : o.waitingDays
        ? '越早越好（晚一天交，报销也晚一天）'
        : o.waitingMonths
          ? '越早越好（晚一个月交，报销也晚一个月）'
          : '越早越好';
