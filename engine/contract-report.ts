// The contract's Report: the medical picture month by month, the waiting period, the headline, the pension and the
// planner's answer (../shared/contract.md; re-exported by contract.ts). Fields may be added, never renamed or dropped.
import type { Action, Cost, Item, ItemKey, Option, OptionKey, SourceRef } from './contract-remedies';
import type { BridgeKey, Concern, MedicalStatus, RulesLevel, Scheme } from './contract-situation';

export interface Gap {
  from: string;
  to: string;
  months: number;
  ongoing: boolean;
}

export interface Waiting {
  /** The wait's length in months; 0 when the rule writes it in days (`days`). */
  months: number;
  /** A wait written in days ("缴费后 30 天", 岳阳 F35; added field): counted in days from the payment day. */
  days?: number;
  /** The day full benefits start (a waiting period ends the day before). */
  benefitsFrom: string;
  /** Share of benefits paid during the wait when it is reduced rather than nil (福建: 0.5); absent = nothing paid. */
  rate?: number;
  /** Which scheme's rule set the wait (added field). */
  scheme?: Scheme;
  /** The reading of ambiguous rules that was used (added field), e.g. how gap years were counted. */
  reading?: string;
  /**
   * `benefitsFrom` is counted from a payment day that is an estimate (added field): a day the user did not know
   * (`periods[].paidOnEstimated`), or one the history does not state; the report says 约 before it.
   */
  estimated?: boolean;
}

export interface PensionReport {
  retirement: {
    month: string;
    age: string;
    /** Age in months at retirement (added field). */
    ageMonths: number;
    /** The original statutory age the schedule was taken from (added field). */
    originalAge: number;
    /** True when the original age was not given and 55 was assumed for a woman (added field). */
    assumed: boolean;
    minimumYears: number;
    /** The statutory age is reached in asOf's month or before (added field, copy review 3 N9). */
    reached: boolean;
  } | null;
  years: {
    paid: number;
    projected: number | null;
    shortMonths: number | null;
    /** The same in whole months (added fields, copy review 3 N20): what sentences print, so all agree. */
    paidMonths: number;
    projectedMonths: number | null;
  };
  gapEffect: GapEffect | null;
  sources: string[];
}

export interface GapEffect {
  months: number;
  perMonth: number;
  basic: number;
  account: number;
  basis: string;
  sources: string[];
  /** The parameters used (added fields). */
  calcBase: number;
  calcBaseYear: number;
  index: number;
  payoutMonths: number;
}

/**
 * A newborn's grace period when the birth day decides the answer (added field). The engine counts the grace period
 * from `countedFrom` (the 1st of the birth month: the birth day is not asked), and `paidOn` is after its end; a
 * child born on `bornOnOrAfter` or later is still within `graceDays` of birth on `paidOn`, so cover would start at
 * birth instead of what the report shows.
 */
export interface NewbornGrace {
  rule: 'resident.newbornGraceDays';
  graceDays: number;
  countedFrom: string;
  /** The payment day judged: the recorded one, or asOf when the birth year is not paid yet (`paid: false`). */
  paidOn: string;
  paid: boolean;
  bornOnOrAfter: string;
}

/** One month of the cover picture (v2): what the client paints, never recomputes. */
export type MonthState = 'covered' | 'hole' | 'repairable' | 'waiting' | 'reduced' | 'upcoming';

/**
 * Months under a reduced total cap (佛山 C10; added field): covered, but the fund pays at most `capYuan` in total for
 * them, until `months` consecutive regular months are paid; back-paid months do not count, so a gap restarts it.
 */
export interface ReducedCap {
  rule: 'employee.reducedCap';
  /** First and last month under the reduced cap (the last may lie ahead of asOf). */
  from: string;
  to: string;
  /** First month at the normal cap, when paying on without a break. */
  normalFrom: string;
  /** Consecutive regular months paid up to asOf. */
  paidMonths: number;
  months: number;
  capYuan: number;
  normalCapYuan: number;
  source: string;
}

export interface MonthCell {
  month: string;
  state: MonthState;
  /** `reduced`: the share of benefits paid. */
  rate?: number;
  /**
   * Cover (or full benefits) starts within this month, on this day after the 1st (added field): the month is painted
   * by its start, and the days before this one are not covered (copy review 3 N14).
   */
  coveredFrom?: string;
}

export interface Headline {
  key: HeadlineKey;
  text: string;
  due: string | null;
  /** Set when a date in `text` holds only for a payment made that day (asOf, "今天缴费则…"; added field). */
  assumingPaidOn?: string;
  /** v3: the remedy the headline leads with (a key in options), or null. */
  option: OptionKey | null;
  /** v3: the to-do that carries `due` (a key in actions), or null when `due` is null; 关怀模式 shows exactly it. */
  action: string | null;
  /** v3: null unless another open remedy keeps something the leading one loses. */
  tradeOff: TradeOff | null;
}

/** v3: what the headline's remedy gives up against another open one, said in one sentence. */
export interface TradeOff {
  versus: OptionKey;
  /** Items the leading remedy loses and `versus` keeps. */
  loses: ItemKey[];
  /** Items the leading remedy keeps and `versus` loses. */
  gains: ItemKey[];
  text: string;
}

export type HeadlineKey =
  | 'covered'
  | 'coveredWithHoles'
  | 'coveredRepairable'
  | 'coveredWaitingAhead'
  | 'backPayNow'
  | 'backPayAsk'
  | 'employerArrears'
  | 'waiting'
  | 'enrolNow'
  | 'none';

export interface Report {
  asOf: string;
  region: {
    name: string;
    adcode: string;
    rulesLevel: RulesLevel;
    province?: string;
    /**
     * True when the place given was a province, not a city (added field): the answer is the province's rules (or
     * the national ones where it has none), not any city's.
     */
    provinceOnly?: true;
  };
  /** The one thing to know first (v2). */
  headline: Headline;
  medical: {
    status: MedicalStatus;
    gaps: Gap[];
    holeMonths: string[];
    waiting: Waiting | null;
    /** Month by month (v2). */
    months: MonthCell[];
    /** The current run's months under a reduced cap, when the place has one (佛山). */
    reducedCap?: ReducedCap;
    /** When a newborn's answer hinges on the birth day, which is not asked (added field). */
    newbornGrace?: NewbornGrace;
  };
  options: Option[];
  items: Item[];
  actions: Action[];
  sources: SourceRef[];
  notices: string[];
  /** How an ambiguous rule was read, with the result under the other reading (F07: gap years of resident cover). */
  readings?: GapYearReading[];
  /** When `concerns` holds `pension` (v2). */
  pension?: PensionReport;
  /** When the Situation has a `plan` (v2). */
  plan?: PlanReport;
}

export interface GapYearReading {
  rule: 'resident.waiting';
  /** The insured year whose enrolment the reading concerns. */
  year: number;
  gapYears: number;
  /** firstGapYearFree: the first gap year adds nothing (the one official worked example); everyGapYear: each adds. */
  used: 'firstGapYearFree' | 'everyGapYear';
  perGapYear: number;
  waitingMonths: number;
  otherReadingMonths: number;
}

export interface PlanLimit {
  key: Concern;
  /** The last month to resume with nothing lost; null when any gap loses it (or it cannot be known). */
  latestResume: string | null;
  /** The last day of that month (added field), for the dated action. */
  due: string | null;
  ifLater: string;
  /** True when the local rule is not recorded (added field). */
  unknown: boolean;
  sources: string[];
}

export interface PlanBridge {
  key: 'flexible' | 'resident';
  cost: Cost | null;
  keeps: Concern[];
  summary: string;
  /** The last day to pay the bridge so that it bridges (added field; the resident year's switch or window day). */
  due?: string | null;
  sources: string[];
}

export interface PlanReport {
  stopAfter: string;
  resumeFrom: string | null;
  bridge: BridgeKey;
  limits: PlanLimit[];
  outcome: {
    asOf: string;
    medical: Report['medical'];
    items: Item[];
    /** The pension section as it would stand then (when `concerns` holds `pension`; added field). */
    pension?: PensionReport;
  } | null;
  bridges: PlanBridge[];
  actions: Action[];
}
