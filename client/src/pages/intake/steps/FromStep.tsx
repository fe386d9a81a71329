// The first month of the employee (or flexible) insurance history; a later `to` is cleared when it no longer fits.
import { MonthGrid } from '../../../components/MonthGrid';
import { thisMonth, thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

export function FromStep({ a, answer }: StepProps) {
  return (
    <MonthGrid
      id="from"
      value={a.from}
      defaultYear={a.from ? Number(a.from.slice(0, 4)) : thisYear()}
      maxYear={thisYear()}
      now={thisMonth()}
      onPick={(m) => answer({ from: m, to: a.to && a.to < m ? undefined : a.to })}
    />
  );
}
