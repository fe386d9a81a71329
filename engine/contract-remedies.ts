// The contract's remedies, what a gap touches and the to-dos: Option with its Cost, Item, Action and the sources
// they cite (../shared/contract.md; re-exported by contract.ts). Fields may be added, never renamed or dropped.
import type { Confidence, Feasible, Outcome } from './contract-situation';
import type { OptionKey } from './rules/remedies/table';

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
  /** A requirement counted in total, not in a row (上海居转户): the months paid so far toward it (added field). */
  paidMonths?: number;
  /** The months the summary speaks of, when it names a span (e.g. an interruption back-paid late). */
  months?: { from: string; to: string };
  /** `reset` of a rule with zones (北京 五环内 / 五环外): when each zone's length is met again, soonest first (added). */
  eligibleByZone?: { label: string; eligibleFrom: string }[];
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
