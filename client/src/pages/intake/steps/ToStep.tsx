// The last month paid before the gap.
import { MonthGrid } from '../../../components/MonthGrid';
import { thisMonth, thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

export function ToStep({ a, answer }: StepProps) {
  return (
    <MonthGrid
      id="to"
      value={a.to}
      defaultYear={thisYear()}
      maxYear={thisYear()}
      now={thisMonth()}
      onPick={(m) => answer({ to: m })}
    />
  );
}
