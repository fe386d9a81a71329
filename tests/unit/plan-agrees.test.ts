// Property (f), issue 18: a plan's medical limit is what `evaluate` itself says about the situation as it would
// stand if the person resumed in that month (the months between back-paid on its first day) — nothing lost — and in
// the month after — something lost: a month of the gap without cover, continuity reset, or a wait the same history
// paid through would not have. Built from the public API only, so the planner cannot answer by a path of its own.
import fc from 'fast-check';
import { evaluate, isEvaluateError, type Period, type Report, type Situation } from '../../engine';
import { historyUntil, MAX_GAP_MONTHS } from '../../engine/plan/history';
import { firstDay, formatMonth, toMonthIndex } from '../../engine/time';

const RUNS = Math.max(2000, Number(process.env.PROPERTY_RUNS ?? 2000) / 5);
const CITIES = [
  '武汉',
  '长沙',
  '上海',
  '南京',
  '杭州',
  '深圳',
  '广州',
  '北京',
  '青岛',
  '厦门',
  '福州',
  '合肥',
  '昆明',
  '东莞',
];

const planArb = fc.record({
  city: fc.constantFrom(...CITIES),
  asOf: fc.integer({ min: toMonthIndex('2025-01'), max: toMonthIndex('2027-12') }).map((m) => `${formatMonth(m)}-10`),
  startYearsBack: fc.integer({ min: 1, max: 12 }),
  scheme: fc.constantFrom('employee', 'flexible'),
  stopIn: fc.integer({ min: -1, max: 12 }),
  gapReason: fc.constantFrom('jobChange', 'personal'),
});

type S = Situation & { asOf: string };

function run(s: S): Report {
  const r = evaluate(s, { today: '2026-11-23' });
  if (isEvaluateError(r)) throw new Error(`${JSON.stringify(r)} for ${JSON.stringify(s)}`);
  return r;
}

/** The situation on the first day of `resume`, as the plan describes it: history to the stop, back-pay, resume. */
function at(
  base: S,
  history: Period[],
  stop: number,
  resume: number,
  scheme: 'employee' | 'flexible',
  paidThrough: boolean,
): S {
  const periods: Period[] = [...history];
  if (paidThrough) {
    const last = periods[periods.length - 1];
    periods[periods.length - 1] = Object.assign({}, last, { to: null });
  } else {
    if (resume > stop + 1)
      periods.push({
        scheme,
        from: formatMonth(stop + 1),
        to: formatMonth(resume - 1),
        backPaid: true,
        paidOn: firstDay(resume),
      });
    periods.push({ scheme, from: formatMonth(resume), to: null });
  }
  return Object.assign({}, base, { asOf: firstDay(resume), periods, concerns: ['medical' as const], plan: undefined });
}

function lost(
  base: S,
  history: Period[],
  stop: number,
  resume: number,
  scheme: 'employee' | 'flexible',
): string | null {
  const r = run(at(base, history, stop, resume, scheme, false));
  const ref = run(at(base, history, stop, resume, scheme, true));
  const hole = r.medical.holeMonths.find((m) => toMonthIndex(m) > stop && toMonthIndex(m) < resume);
  if (hole) return `hole ${hole}`;
  if (r.items.find((i) => i.key === 'medicalContinuity')?.outcome === 'reset') return 'reset';
  if (r.medical.waiting && r.medical.waiting.benefitsFrom !== ref.medical.waiting?.benefitsFrom)
    return `wait to ${r.medical.waiting.benefitsFrom}`;
  return null;
}

it(`${RUNS} random plans: the medical latestResume loses nothing and the month after loses something, as evaluate says`, () => {
  fc.assert(
    fc.property(planArb, (p) => {
      const asOfMonth = toMonthIndex(p.asOf.slice(0, 7));
      const stop = asOfMonth + p.stopIn;
      const from = formatMonth(asOfMonth - p.startYearsBack * 12);
      const base: S = {
        asOf: p.asOf,
        city: p.city,
        hukou: 'local',
        periods: [{ scheme: p.scheme, from, to: null }],
        gapReason: p.gapReason,
        concerns: ['medical'],
      };
      const report = run(
        Object.assign({}, base, { plan: { stopAfter: formatMonth(stop), resumeFrom: null, bridge: 'none' as const } }),
      );
      const limit = report.plan!.limits.find((l) => l.key === 'medical')!;
      const history = historyUntil(base.periods, stop);
      const wrong: string[] = [];
      if (limit.latestResume !== null) {
        const latest = toMonthIndex(limit.latestResume);
        const atLatest = lost(base, history, stop, latest, p.scheme);
        if (atLatest) wrong.push(`resume ${limit.latestResume}: ${atLatest}`);
        if (latest < stop + 1 + MAX_GAP_MONTHS && !lost(base, history, stop, latest + 1, p.scheme))
          wrong.push(`resume ${formatMonth(latest + 1)}: nothing lost`);
      } else if (!lost(base, history, stop, stop + 2, p.scheme)) {
        wrong.push(`no limit, yet a one-month gap (resume ${formatMonth(stop + 2)}) loses nothing`);
      }
      expect(wrong).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});
