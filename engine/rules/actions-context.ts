// What every part of the to-do list reads (actions.ts and its actions-*.ts parts): the decision so far and the
// recommended remedy, the option of a kind, and the next resident year a switch this year also needs.
import type { Option, OptionKey, Situation } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import { yearOf } from '../time';
import type { MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import { residentWindow } from './resident';
import type { Timeline } from './timeline';

export interface ActionContext {
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  situation: Situation & { asOf: string };
  /** The recommended remedy (rules/remedies/choose.ts). */
  lead?: OptionKey;
}

export const byKey = (o: OptionsResult, key: Option['key']) => o.options.find((x) => x.key === key);

/** The resident deadline is only the national pattern's usual closing day, not a local notice's (issue 19). */
export function usualWindow(a: ActionContext, resident: Option, year: number): boolean {
  const window = residentWindow(a.ctx, year);
  return window.pattern && resident.deadline === window.closes;
}

/** Switching for this year late in the year: the next year's window, which the resident branch also needs. */
export function nextYearAfterSwitch(a: ActionContext): { year: number; closes: string } | undefined {
  const thisYear = yearOf(a.timeline.asOfMonth);
  if (a.options.proposedResident?.year !== thisYear || a.timeline.residentYears.has(thisYear + 1)) return undefined;
  const window = residentWindow(a.ctx, thisYear + 1);
  return window.closes >= a.situation.asOf ? { year: thisYear + 1, closes: window.closes } : undefined;
}
