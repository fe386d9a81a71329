// 居民医保 history: the last year paid before the gap.
import { YearGrid } from '../../../components/MonthGrid';
import { thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

export function ResToStep({ a, answer }: StepProps) {
  return <YearGrid id="resTo" value={a.resTo} maxYear={thisYear()} onPick={(y) => answer({ resTo: y })} />;
}
