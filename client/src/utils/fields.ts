// Which intake step shows an error the engine reported about one field of the Situation (e.g. "periods[1].paidOn"),
// so the user lands on the question whose answer was refused.
import type { Answers, StepKey } from './intake';

/** Which step shows a server-side error about `field` (e.g. "periods[1].paidOn"). */
export function stepForField(field: string | undefined, a: Answers): StepKey | null {
  if (!field) return null;
  if (field === 'city') return 'city';
  if (field === 'hukou') return 'hukou';
  if (field === 'birth') return a.event === 'newborn' ? 'birth' : 'concerns';
  if (field === 'gender' || field === 'originalRetirementAge') return 'concerns';
  if (field === 'concerns') return 'concerns';
  const m = /^periods\[(\d+)\]\.?(\w*)/.exec(field);
  if (!m) return null;
  const i = Number(m[1]);
  const f = m[2];
  switch (a.event) {
    case 'newborn':
      return f === 'paidOn' ? 'resPaid' : 'birth';
    case 'residentGap':
      if (i === 0) return f === 'to' ? 'resTo' : 'resFrom';
      return f === 'paidOn' ? 'resPaid' : 'resYear';
    case 'toResident':
      if (i === 1) return f === 'paidOn' ? 'resPaid' : 'resYear';
      return f === 'to' ? 'to' : 'from';
    default:
      if (i === 1) return 'resumed';
      return f === 'to' ? 'to' : 'from';
  }
}
