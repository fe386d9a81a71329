// One item of the report (what resets and what is kept) and what every item builder reads. Apart from items.ts so
// that items.ts and items-continuity.ts both use it without importing each other (no import cycle).
import type { Item, ItemKey, Situation } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import type { MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import type { Timeline } from './timeline';
import { unique } from '../unique';

export interface ItemContext {
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  situation: Situation & { asOf: string };
  /** Nobody reads this run's sentences (the planner's hypotheticals): builders may leave a summary empty. */
  quiet?: boolean;
}

type Extra = Pick<
  Item,
  'restartFrom' | 'eligibleFrom' | 'action' | 'due' | 'shortMonths' | 'paidMonths' | 'months' | 'eligibleByZone'
>;

export function item(
  key: ItemKey,
  outcome: Item['outcome'],
  summary: string,
  sources: string[],
  extra: Extra = {},
): Item {
  return Object.assign({ key, outcome }, extra, { summary, sources: unique(sources) });
}

/** Whether the person has any 职工 month (employee or flexible): what the 职工 items speak of. */
export const hasEmployee = (t: Timeline) => t.employeeMonths.size > 0;
