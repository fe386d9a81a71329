// The one line a family member sees first (onShareAppMessage title): the report's own headline (the engine
// decides it; the result page, the history entry and this title all show it), cut to at most 30 characters.
import type { Report } from '../../engine/contract';
import { shorten } from '../shared/text';

export const SHARE_TITLE_MAX = 30;

export function shareTitle(report: Report): string {
  return shorten(report.headline.text, SHARE_TITLE_MAX);
}
