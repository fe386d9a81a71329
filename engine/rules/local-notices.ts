// Local rules that change what the months mean without changing their state, as facts: 佛山's reduced cap until 3
// consecutive months are paid (C10), and a first flexible enrolment where no level records the wait (M19).
// engine/explain/notices.ts phrases them (engine/index.ts joins the two).
import type { ReducedCap } from '../contract';
import type { LocalRuleFacts } from '../explain/notices';
import type { PolicyContext } from '../policy/resolve';
import type { MedicalPicture } from './medical';
import type { Timeline } from './timeline';

export function localRuleFacts(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  regionName: string,
  cap: ReducedCap | undefined,
): LocalRuleFacts {
  const { asOfMonth } = timeline;
  // The reduced cap is news only while it applies to a person who is covered.
  const underReducedCap = cap && cap.paidMonths < cap.months && picture.status === 'covered' ? cap : undefined;
  // A first flexible enrolment in the last 6 months where no level has a first-enrolment rule: the wait is unknown.
  const firstFlexible = timeline.employeeMonths.find((p) => p.scheme === 'flexible');
  const firstEnrolmentWaitUnknown =
    firstFlexible !== undefined &&
    firstFlexible === timeline.employeeMonths.first() &&
    asOfMonth - firstFlexible < 6 &&
    !ctx.find('flexible.firstEnrolmentWaitingMonths', firstFlexible);
  return { region: regionName, reducedCap: underReducedCap, firstEnrolmentWaitUnknown };
}
