// Shapes of the policy tables, inferred from the zod definitions in ./schema.ts (the one place a field is defined).
// The YAML files in /policies are the source; scripts/build-policies.ts checks them and writes
// tables.generated.json, which is what the engine reads.
import type { z } from 'zod';
import type { PolicySourceData, ProvinceData, RegionData, resumeBand, RuleValueData, RuleValueOf } from './schema';

export type JurisdictionLevel = 'national' | 'province' | 'city';

export type PolicySource = PolicySourceData;
export type Region = RegionData;
export type Province = ProvinceData;

/** One dated value of a rule. `from`/`to` are months, inclusive; `to` absent (or null) = in force until replaced. */
export type RuleValue<T = unknown> = Omit<RuleValueData, 'value'> & { value: T };

export interface Jurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  rules: Record<string, RuleValue[]>;
}

export interface PolicyTables {
  provinces: Province[];
  cities: Region[];
  jurisdictions: Record<string, Jurisdiction>;
  sources: Record<string, PolicySource>;
}

// The rule values the engine's rules name by type.
export type ResumeBand = z.infer<typeof resumeBand>;
export type ResidentWaitingRule = RuleValueOf<'resident.waiting'>;
export type ResidentWindow = RuleValueOf<'resident.window'>;
export type SwitchRule = RuleValueOf<'resident.switch'>;
