// What one run of the rules yields: the decision (facts: timeline, picture, remedies, items, the recommendation)
// and, for a shown report, its explanation. Types only, apart from engine/index.ts, so that the planner can name
// them without importing the entry point (no import cycle engine/index ↔ engine/plan).
import type { Report } from './contract';
import type { PolicyContext } from './policy/resolve';
import type { MedicalPicture } from './rules/medical';
import type { OptionsResult } from './rules/options';
import type { Choice } from './rules/remedies/choose';
import type { Timeline } from './rules/timeline';

/** decide(situation): the facts, and the decided part of the report (the medical state and the items). */
export interface Decision {
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  choice: Choice;
  report: Pick<Report, 'asOf' | 'medical' | 'items'>;
}

/** A decision's facts without its recommendation (decide.ts decideFacts: what the planner's runs need). */
export type Facts = Omit<Decision, 'choice'>;

/** A decision explained: the whole report, in Chinese. */
export interface RuleRun extends Decision {
  report: Report;
  /** Adds cited sources to the report's source list (the plan cites the rules its hypotheticals used). */
  cite: (ids: string[]) => void;
}

/**
 * What the planner reads of a hypothetical run. Only this is cached: every run stays cached until the plan is
 * done, and keeping whole runs (their timeline and month maps) alive made each young-generation GC during a plan
 * copy ten runs' worth of maps (~0.8 ms instead of ~0.15 ms; `npm run bench`, evaluate with a plan, p99).
 */
export interface PlanRun {
  report: Pick<Report, 'asOf' | 'medical' | 'items'>;
  picture: Pick<MedicalPicture, 'holeMonths' | 'waiting' | 'interruptions'>;
}
