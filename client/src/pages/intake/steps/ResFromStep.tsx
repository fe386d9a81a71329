// 居民医保 history: the first year paid.
import { YearGrid } from '../../../components/MonthGrid';
import { thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

export function ResFromStep({ a, answer }: StepProps) {
  return <YearGrid id="resFrom" value={a.resFrom} maxYear={thisYear()} onPick={(y) => answer({ resFrom: y })} />;
}
