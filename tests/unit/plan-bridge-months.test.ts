// The resident bridge's months (issue 18 N11): the plan's outcome paints a bridged month covered only when the
// resident purchase the plan asks for — on the day its to-do says, never after work resumes — covers it, exactly as
// `evaluate` paints the situation on the resume day with those purchases. Built from the public API only.
import fc from 'fast-check';
import { evaluate, isEvaluateError, type Period, type Report, type Situation } from '../../engine';
import { historyUntil } from '../../engine/plan/history';
import { firstDay, formatMonth, lastDay, toMonthIndex } from '../../engine/time';

const RUNS = Math.max(300, Number(process.env.PROPERTY_RUNS ?? 2000) / 10);
// 兰州 and 山西: a switch that covers from the day of payment (F42); the rest: the national retroactive switch.
const CITIES = ['兰州', '太原', '长沙', '北京', '南昌', '福州', '武汉', '济宁'];

type S = Situation & { asOf: string };

function run(s: S): Report {
  const r = evaluate(s, { today: '2026-11-23' });
  if (isEvaluateError(r)) throw new Error(`${JSON.stringify(r)} for ${JSON.stringify(s)}`);
  return r;
}

const planArb = fc.record({
  city: fc.constantFrom(...CITIES),
  asOf: fc.integer({ min: toMonthIndex('2026-01'), max: toMonthIndex('2027-10') }).map((m) => `${formatMonth(m)}-10`),
  stopIn: fc.integer({ min: 0, max: 10 }),
  gap: fc.integer({ min: 1, max: 16 }),
});

it(`${RUNS} random resident bridges: the outcome's months are evaluate's with the purchases on the to-dos' days`, () => {
  fc.assert(
    fc.property(planArb, (p) => {
      const asOfMonth = toMonthIndex(p.asOf.slice(0, 7));
      const stop = asOfMonth + p.stopIn;
      const resume = stop + 1 + p.gap;
      const base: S = {
        asOf: p.asOf,
        city: p.city,
        hukou: 'local',
        periods: [{ scheme: 'employee', from: formatMonth(asOfMonth - 60), to: null }],
        gapReason: 'jobChange',
        concerns: ['medical'],
      };
      const plan = { stopAfter: formatMonth(stop), resumeFrom: formatMonth(resume), bridge: 'resident' as const };
      const report = run(Object.assign({}, base, { plan }));
      const first = report.plan!.actions.find((a) => a.key === 'plan-bridge-resident');
      if (!first) return; // no date bridges (said in the summary); nothing is bought
      const firstYear = Number(/(\d{4}) 年居民医保/.exec(first.title)![1]);
      const before = lastDay(resume - 1);
      const periods: Period[] = [...historyUntil(base.periods, stop)];
      for (let y = firstYear; y <= Number(formatMonth(resume - 1).slice(0, 4)); y++) {
        const todo = y === firstYear ? first : report.plan!.actions.find((a) => a.key === `plan-bridge-resident-${y}`);
        if (!todo) return; // a later year's window already closed today: not a plan the to-dos describe
        const on = todo.due! < before ? todo.due! : before;
        periods.push({ scheme: 'resident', from: `${y}-01`, to: `${y}-12`, paidOn: on });
      }
      periods.push({ scheme: 'employee', from: formatMonth(resume), to: null });
      const then = run(Object.assign({}, base, { asOf: firstDay(resume), periods }));
      expect(report.plan!.outcome!.medical.months).toEqual(then.medical.months);
    }),
    { numRuns: RUNS },
  );
});
