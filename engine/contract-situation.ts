// The contract's input, the Situation, and the small enumerations every part of the Report shares
// (../shared/contract.md; re-exported by contract.ts). Fields may be added, never renamed or dropped.

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
