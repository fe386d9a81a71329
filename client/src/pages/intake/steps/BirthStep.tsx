// Newborn: the baby's birth month (cover can reach back to it when enrolled in time).
import { MonthGrid } from '../../../components/MonthGrid';
import { thisMonth, thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

export function BirthStep({ a, answer }: StepProps) {
  const year = thisYear();
  return (
    <MonthGrid
      id="birth"
      value={a.birth}
      defaultYear={year}
      maxYear={year}
      minYear={year - 3}
      now={thisMonth()}
      onPick={(m) => answer({ birth: m })}
    />
  );
}
