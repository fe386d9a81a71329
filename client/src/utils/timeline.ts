// Month-by-month picture of medical cover: one row per year, twelve cells, each month one kind.
import type { Report, Situation } from '../types/contract';
import { addMonths, monthIndex, monthOf } from './dates';

export type CellKind =
  | 'paid' // contributions paid, bills are reimbursed
  | 'hole' // nobody pays medical bills this month
  | 'fixable' // a hole that back-paying before the deadline still fills (retroactive)
  | 'waiting' // paid, but inside the waiting period
  | 'restored' // reimbursed again after a hole
  | 'none' // not insured, before any record
  | 'future' // not yet known
  | 'blank'; // outside the picture

export interface Cell {
  month: string;
  kind: CellKind;
  today: boolean;
}

export interface TimelineRow {
  year: number;
  cells: Cell[];
}

export const KIND_LABEL: Record<Exclude<CellKind, 'blank'>, string> = {
  paid: '能报销',
  restored: '恢复报销',
  hole: '断缴，不能报销',
  fixable: '现在补缴，能补报',
  waiting: '等待期，不能报销',
  none: '没有参保',
  future: '还没到',
};

const MAX_MONTHS = 48;

export function buildTimeline(report: Report, situation: Situation | null): { rows: TimelineRow[]; kinds: CellKind[] } {
  const asOfM = monthOf(report.asOf);
  const holes = new Set(report.medical.holeMonths ?? []);
  const periods = situation?.periods ?? [];
  const gaps = report.medical.gaps ?? [];
  const waiting = report.medical.waiting;

  // Without the situation (a shared snapshot holds only the report), contributions are inferred: the waiting
  // months were paid, other months up to today were covered unless the person has no insurance at all.
  const waitingMonths = new Set<string>();
  if (waiting) {
    const first = addMonths(monthOf(waiting.benefitsFrom), -waiting.months);
    for (let i = 0; i < waiting.months; i++) waitingMonths.add(addMonths(first, i));
  }
  const inPeriod = situation
    ? (m: string) => periods.some((p) => m >= p.from && m <= (p.to ?? (m > asOfM ? '0000-00' : asOfM)))
    : (m: string) =>
        waitingMonths.has(m) ||
        (!holes.has(m) &&
          (m <= asOfM ? report.medical.status !== 'none' : !!waiting && m >= monthOf(waiting.benefitsFrom)));
  const firstFrom = periods.length ? periods.map((p) => p.from).sort()[0] : null;

  // what to show: around the holes and gaps, through today and the day benefits come back
  const marks: string[] = [asOfM, ...holes];
  for (const g of gaps) marks.push(g.from, g.to);
  if (waiting) marks.push(monthOf(waiting.benefitsFrom));
  marks.sort();
  let start = holes.size || gaps.length ? addMonths(marks[0], -3) : addMonths(asOfM, -11);
  const end = addMonths(marks[marks.length - 1], 2);
  if (firstFrom && start < firstFrom && monthIndex(firstFrom) - monthIndex(start) <= 3) start = firstFrom;
  if (monthIndex(end) - monthIndex(start) + 1 < 12) start = addMonths(end, -11);
  if (monthIndex(end) - monthIndex(start) + 1 > MAX_MONTHS) start = addMonths(end, -(MAX_MONTHS - 1));
  // whole rows read better: start in January unless that reaches far before the first record
  const january = `${start.slice(0, 4)}-01`;
  if (!firstFrom || january >= addMonths(firstFrom, -2)) start = january;

  const backPay = (report.options ?? []).find(
    (o) => o.key === 'backPay' && o.feasible === 'yes' && o.retroactive && (!o.deadline || o.deadline >= report.asOf),
  );
  const lastGap = gaps[gaps.length - 1];
  const fixable = (m: string) => !!backPay && !!lastGap && m >= lastGap.from && m <= lastGap.to;

  const firstHole = holes.size ? [...holes].sort()[0] : null;
  const kindOf = (m: string): CellKind => {
    const hole = holes.has(m);
    const paid = inPeriod(m);
    if (hole) return paid ? 'waiting' : fixable(m) ? 'fixable' : 'hole';
    if (paid) return firstHole && m > firstHole ? 'restored' : 'paid';
    if (m > asOfM) return 'future';
    if (!situation || !firstFrom || m < firstFrom) return 'none';
    return gaps.some((g) => m >= g.from && m <= g.to) ? 'hole' : 'paid';
  };

  const rows: TimelineRow[] = [];
  const used = new Set<CellKind>();
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
    const cells: Cell[] = [];
    for (let mm = 1; mm <= 12; mm++) {
      const m = `${y}-${mm < 10 ? '0' : ''}${mm}`;
      const kind: CellKind = m < start || m > end ? 'blank' : kindOf(m);
      if (kind !== 'blank') used.add(kind);
      cells.push({ month: m, kind, today: m === asOfM });
    }
    rows.push({ year: y, cells });
  }
  const order: CellKind[] = ['paid', 'hole', 'fixable', 'waiting', 'restored', 'none', 'future'];
  return { rows, kinds: order.filter((k) => used.has(k)) };
}
