// Shapes of the policy tables. The YAML files in /policies are the source; scripts/build-policies.ts checks them
// against the zod schema in ./schema.ts and writes tables.generated.json, which is what the engine reads.
import type { Confidence } from '../contract';

export type JurisdictionLevel = 'national' | 'province' | 'city';

export interface PolicySource {
  id: string;
  title: string;
  docNo: string;
  url: string;
  confidence: Confidence;
  verified: string;
  facts?: string[];
}

/** One dated value of a rule. `from`/`to` are months, inclusive; `to: null` = still in force. */
export interface RuleValue<T = unknown> {
  from: string;
  to: string | null;
  value: T;
  source: string;
  confidence: Confidence;
  /** Conflicts between sources, readings chosen, caveats: shown to reviewers, never to users. */
  note?: string;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  rules: Record<string, RuleValue[]>;
}

export interface Region {
  code: string;
  name: string;
  short: string;
  province: string;
  level?: 'county';
  municipality?: boolean;
  aliases?: string[];
}

export interface Province {
  code: string;
  name: string;
  short: string;
  municipality?: boolean;
}

export interface PolicyTables {
  provinces: Province[];
  cities: Region[];
  jurisdictions: Record<string, Jurisdiction>;
  sources: Record<string, PolicySource>;
}

// ---- Values of the individual rules ------------------------------------------------------------------------------

/** What happens when 职工医保 contributions restart after a gap of N months (bands sorted by maxGapMonths). */
export interface ResumeBand {
  /** Upper bound of the gap (months, inclusive); null = any longer gap. */
  maxGapMonths: number | null;
  /** Which way of restarting the band applies to; absent = both. */
  appliesTo?: Array<'employee' | 'flexible'>;
  /** Whether the missed months may still be paid so that continuity is kept. */
  backPay: 'yes' | 'no' | 'depends';
  /** Whether bills incurred during the gap are paid once the missed months are paid. */
  retroactive: boolean;
  waitingMonths: number;
  /** True where the rule only sets a maximum (national: "不超过6个月"). */
  waitingIsUpperBound?: boolean;
  /** When benefits start if no waiting and not retroactive; with a waiting period, the month it starts counting. */
  benefitsStart?: 'paymentMonth' | 'nextMonth';
}

export interface ResidentWindow {
  /** Opening day in the year before the insured year, "MM-DD". */
  opens: string;
  /** Closing day, "MM-DD" or "02-end". */
  closes: string;
  /** True when `closes` falls in the insured year itself (e.g. Jiangxi: until 28 Feb). */
  closesInInsuredYear?: boolean;
  /** Optional extension in the insured year, "MM-DD" or "02-end": cover from the payment day. */
  extensionUntil?: string;
}

export interface ResidentWaitingRule {
  fixedMonths: number;
  variablePerGapYear: number;
  /** Qingdao reading: a single gap year adds no variable month (first year free). */
  firstGapYearFree: boolean;
  /** Gap years before this year are ignored (Xiamen: 2025); null = all years count. */
  gapYearsCountFrom: number | null;
  /** Gap of at least this many years: total wait after repair stays ≥ floorMonths. */
  floorAfterGapYears: number;
  floorMonths: number;
  /** Whether the variable part can be bought back with extra years at the current individual rate. */
  repairable: boolean;
}

/** Tolerance when switching between employee and resident insurance (医保办发〔2021〕43号 and local rules). */
export interface SwitchRule {
  maxGapMonths: number;
  /** Continuous prior cover required (years); 0 = no condition. */
  priorYears: number;
  retroactive: boolean;
}
