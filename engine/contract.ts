// Types of the evaluate contract (../shared/contract.md, v2 = v1 plus its "v2 additions"). Fields may be added, never
// renamed or dropped.
import type { OptionKey } from './rules/remedies/table';

export type Scheme = 'employee' | 'flexible' | 'resident';
export type GapReason = 'employer' | 'jobChange' | 'personal';
export type Concern = 'medical' | 'pension' | 'housing' | 'hukou' | 'school' | 'maternity' | 'car';
export type SpecialGroup = 'newborn' | 'lowIncome' | 'student' | 'disabled' | 'elderlyLowIncome';

export interface Period {
  scheme: Scheme;
  from: string;
  to: string | null;
  backPaid?: boolean;
  paidOn?: string;
  /**
   * The day of `paidOn` is an estimate (added field): the user knew the month, not the day, and the intake put in
   * the 15th (or today in the current month). Dates counted from it are said with 约 (copy review H14).
   */
  paidOnEstimated?: boolean;
}

export interface Situation {
  asOf?: string;
  city: string;
  hukou?: 'local' | 'nonlocal';
  gender?: Gender;
  birth?: string;
  specialGroup?: SpecialGroup;
  periods: Period[];
  gapReason?: GapReason;
  concerns?: Concern[];
  plannedBirth?: string;
  monthlyBase?: number;
  /** The statutory retirement age before 2025 (v2): men 60; women 50 (工人岗位) or 55 (管理和技术岗位). */
  originalRetirementAge?: number;
  /** A what-if plan (v2): the last month paid before a planned stop, when paying resumes, what bridges the gap. */
  plan?: PlanInput;
}

export type BridgeKey = 'none' | 'flexible' | 'resident';

export interface PlanInput {
  stopAfter: string;
  resumeFrom: string | null;
  bridge: BridgeKey;
}

export type RulesLevel = 'city' | 'province' | 'national';
export type MedicalStatus = 'covered' | 'suspended' | 'waiting' | 'none';
export type Feasible = 'yes' | 'no' | 'depends';
export type Gender = 'male' | 'female';
export type Outcome = 'kept' | 'reset' | 'atRisk' | 'notApplicable' | 'unknown';
export type Confidence = 'high' | 'medium' | 'low';

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

export interface Cost {
  amount: number;
  lateFee: number;
  basis: string;
  /** What the amount is for (added field): one month, one year; absent = the total to pay. */
  per?: 'month' | 'year';
  /** The numbers `basis` works with (added field), so every number it states is a field. */
  terms?: CostTerms;
}

/** The terms of a price (added field of Cost). */
export interface CostTerms {
  months?: number;
  years?: number;
  /** The base priced on (yuan a month): the given one, kept within the local band, or the band's minimum. */
  base?: number;
  /** The base the person gave, when the band rule moved it. */
  givenBase?: number;
  /** True when no base was given and the local minimum base is used. */
  atMinimum?: boolean;
  rate?: number;
  /** A fixed monthly add-on (e.g. 武汉 大额医疗 7 元). */
  monthlyExtra?: number;
  /** One month's contribution (the base of the late fee). */
  perMonth?: number;
  lateFeeDays?: number;
  /** A resident year's individual contribution. */
  price?: number;
}

export type Who = 'employer' | 'individual' | 'office';

/** The remedies' keys, from their table (engine/rules/remedies/table.ts): one row per remedy. */
export type { OptionKey };

export interface Option {
  key: OptionKey;
  feasible: Feasible;
  deadline?: string | null;
  retroactive?: boolean;
  waitingMonths?: number;
  /** A wait written in days (added field): benefitsFrom is the payment day (today) plus these days. */
  waitingDays?: number;
  benefitsFrom?: string | null;
  /**
   * The payment day `benefitsFrom` assumes (added field): asOf, i.e. paying today. Absent when that date does not
   * depend on the day of payment (retroactive cover, an in-window resident year).
   */
  assumingPaidOn?: string;
  /** With `assumingPaidOn` and a `deadline`: the benefits date when paying on the deadline instead (added field). */
  benefitsFromAtDeadline?: string;
  /**
   * Its dates (`benefitsFrom`, `deadline`) are counted from a payment day the user estimated (added field,
   * `periods[].paidOnEstimated`): the report says 约 before them (copy review H14).
   */
  estimated?: boolean;
  /**
   * Share of benefits paid during this remedy's waiting period when it is reduced rather than nil (added field;
   * 福建 C05: 0.5), like `medical.waiting.rate`; absent = nothing is paid during the wait (copy review 3 N13).
   */
  waitingRate?: number;
  /**
   * This remedy also makes that option's payment (added field; copy review 3 N37): 灵活就业 within the back-pay band
   * back-pays the gap's months first, so its monthly price comes on top of the back-pay's, not instead of it.
   */
  alsoPays?: OptionKey;
  /**
   * The day `deadline` is counted from when it stands in for a day that is not asked (added field): the 1st of a
   * newborn's birth month, the earliest (strict) reading; the real deadline is the same or later.
   */
  deadlineCountedFrom?: string;
  cost?: Cost;
  /**
   * The day back-pay last kept continuity, already past (added field): set on a closed gap (`feasible` no, or
   * `depends` on an employer who may still pay under local rules), whose `deadline` is then null, since no day
   * ahead closes it. An option's `deadline` is never before asOf.
   */
  deadlinePassed?: string;
  /**
   * With `benefitsFrom` null on an employer's option (added field), when benefits run: `now` (the unpaid month is not
   * due yet, benefits go on as usual), `onPayment` (they resume when the employer's payment arrives),
   * `monthAfterPayment` (from the month after the arrears are paid in full).
   */
  benefitsWhen?: 'now' | 'onPayment' | 'monthAfterPayment';
  /** Why `cost` is absent (added field): the value the price needs is not recorded for the place. */
  costUnknown?: string;
  /** A resident waiting period's parts (added field): months for not enrolling on time, months per gap year. */
  waitingParts?: { fixed: number; variable: number; gapYears: number };
  /** With `feasible: "depends"`: on whom the answer hinges (v2). */
  who?: Who;
  /** v3: the one open remedy the report recommends (exactly one when any is open; false on the others). */
  recommended?: boolean;
  /** v3: remedies that pay for the same months: alternatives, never both. */
  excludes?: OptionKey[];
  /** v3: the concerned items this remedy keeps, and those it loses (where the choice of remedy decides them). */
  keeps?: ItemKey[];
  loses?: ItemKey[];
  /** Plain-language explanation (added field). */
  summary: string;
  sources: string[];
}

export type ItemKey =
  | 'pensionYears'
  | 'pensionAccount'
  | 'medicalAccount'
  | 'medicalContinuity'
  | 'residentIncentive'
  | 'maternity'
  | 'housing'
  | 'hukou'
  | 'school'
  | 'car'
  | 'medicalRetirement';

export interface Item {
  key: ItemKey;
  outcome: Outcome;
  /** `reset`: the month the new count runs from (v2). */
  restartFrom?: string;
  /** `reset`: when the required length is met again (month or date); null when it cannot be known (v2). */
  eligibleFrom?: string | null;
  /** `atRisk`: the key of the action in `actions` that saves it (v2). */
  action?: string;
  /** `atRisk`: the last day that action helps (v2). */
  due?: string;
  /** `atRisk` for a projection that falls short: how many months are missing (v2). */
  shortMonths?: number;
  /** The months the summary speaks of, when it names a span (e.g. an interruption back-paid late). */
  months?: { from: string; to: string };
  summary: string;
  sources: string[];
}

export interface Action {
  key: string;
  title: string;
  due: string | null;
  /**
   * True when `due` is not a deadline but "as soon as possible" (added field): `due` is then asOf, and nothing closes
   * that day. Without it a dated action's `due` is the last day it helps.
   */
  asap?: true;
  remindable: boolean;
  /** v3: the remedy this to-do carries out (a key in options), or null. */
  option?: OptionKey | null;
  /** v3: an 二选一 to-do names the excluded remedies it also covers (each with its own date and price in the title). */
  alternatives?: OptionKey[];
  /**
   * An 二选一 to-do in parts (added field; copy review 3 N16, N40): the head and each way with its remedy and its own
   * last day, in the order the title numbers them (① ②), so the client can show them in lines and remind of each.
   */
  choices?: { head: string; ways: ActionWay[] };
  sources?: string[];
}

/** One way of an 二选一 to-do (added field of Action). */
export interface ActionWay {
  option: OptionKey;
  /** The last day this way still works (null: any time). */
  due: string | null;
  text: string;
}

export interface SourceRef {
  id: string;
  title: string;
  docNo: string;
  url: string;
  confidence: Confidence;
  /** The day the source's text was opened and the value checked against it; null = never opened (typed from notes). */
  verified: string | null;
  /** The day the value was typed into the policy data (added field). */
  recorded: string;
  /** Where the text was actually read when not at `url`: a reprint, app data (added field). */
  via?: string;
  /** How the text was read: the official page, a reprint, or app / chatbot data (added field). */
  readAs: 'official' | 'reprint' | 'app';
  /** Ids of the researched facts (shared/notes/policy-facts.md) this source stands for (added field). */
  facts?: string[];
}

/** Pension section (v2): retirement under 渐进式延迟退休, years paid/projected, and what the gap months cost. */
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

export type ErrorCode = 'INVALID_INPUT' | 'UNKNOWN_CITY' | 'INTERNAL';

export interface EvaluateError {
  error: { code: ErrorCode; field?: string; message: string; suggestions?: string[] };
}

export type EvaluateResult = Report | EvaluateError;

export function isEvaluateError(result: EvaluateResult): result is EvaluateError {
  return (result as EvaluateError).error !== undefined;
}
