// Types of the evaluate contract (../shared/contract.md, v1). Fields may be added, never renamed or dropped.

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
  months: number;
  benefitsFrom: string;
  /** Which scheme's rule set the wait (added field). */
  scheme?: Scheme;
  /** The reading of ambiguous rules that was used (added field), e.g. how gap years were counted. */
  reading?: string;
}

export interface Cost {
  amount: number;
  lateFee: number;
  basis: string;
}

export type OptionKey = 'backPay' | 'flexible' | 'resident' | 'repair';

export interface Option {
  key: OptionKey;
  feasible: Feasible;
  deadline?: string | null;
  retroactive?: boolean;
  waitingMonths?: number;
  benefitsFrom?: string | null;
  cost?: Cost;
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
  summary: string;
  sources: string[];
}

export interface Action {
  key: string;
  title: string;
  due: string | null;
  remindable: boolean;
  sources?: string[];
}

export interface SourceRef {
  id: string;
  title: string;
  docNo: string;
  url: string;
  confidence: Confidence;
  verified: string;
  /** Ids of the researched facts (shared/notes/policy-facts.md) this source stands for (added field). */
  facts?: string[];
}

export interface Report {
  asOf: string;
  region: { name: string; adcode: string; rulesLevel: RulesLevel; province?: string };
  medical: {
    status: MedicalStatus;
    gaps: Gap[];
    holeMonths: string[];
    waiting: Waiting | null;
  };
  options: Option[];
  items: Item[];
  actions: Action[];
  sources: SourceRef[];
  notices: string[];
}

export type ErrorCode = 'INVALID_INPUT' | 'UNKNOWN_CITY' | 'INTERNAL';

export interface EvaluateError {
  error: { code: ErrorCode; field?: string; message: string; suggestions?: string[] };
}

export type EvaluateResult = Report | EvaluateError;

export function isEvaluateError(result: EvaluateResult): result is EvaluateError {
  return (result as EvaluateError).error !== undefined;
}
