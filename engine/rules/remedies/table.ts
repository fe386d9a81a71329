// The remedies, one row each: what months a remedy pays for, which remedies it excludes (they pay for the same
// months: alternatives, never both) and whether it may lead the headline. OptionKey, the client's labels, the
// headline's choice and the to-do list all read this table; the builders are in ./index.ts, one file each.
// Adding a remedy = one row here + one builder file + its cases (README "Where a change goes").

export const REMEDIES = [
  // 补缴 the months of the current gap (职工医保); continuing to pay afterwards is part of it.
  { key: 'backPay', pays: 'gap', scheme: 'worker', excludes: ['resident'], mayLead: true },
  // 灵活就业 from now on, without the gap's months (职工医保).
  { key: 'flexible', pays: 'fromNow', scheme: 'worker', excludes: ['resident'], mayLead: true },
  // A year of 居民医保 (the months 职工医保 would otherwise pay for).
  { key: 'resident', pays: 'residentYear', scheme: 'resident', excludes: ['backPay', 'flexible'], mayLead: true },
  // Extra resident years that only shorten a waiting period (缴费修复): never the main advice.
  { key: 'repair', pays: 'extraYears', scheme: 'resident', excludes: [], mayLead: false },
] as const;

export type RemedyRow = (typeof REMEDIES)[number];
export type OptionKey = RemedyRow['key'];

export const REMEDY_KEYS: readonly OptionKey[] = REMEDIES.map((r) => r.key);

const BY_KEY = new Map<OptionKey, RemedyRow>(REMEDIES.map((r) => [r.key, r]));

export function remedy(key: OptionKey): RemedyRow {
  return BY_KEY.get(key)!;
}

/** Whether two remedies pay for the same months (alternatives: one to-do with 二选一, never two). */
export function excludes(a: OptionKey, b: OptionKey): boolean {
  return (remedy(a).excludes as readonly OptionKey[]).includes(b);
}
