// Property tests of the advice (issue 18, contract v3): over random situations with a 职工医保 history, a last gap,
// resident years, ages near retirement and maternity questions, (a) nothing asks for a payment for months another
// scheme already covers, (b) the headline's date is a to-do's and headline.action names it, (c) the leading remedy
// loses nothing another open remedy keeps unless headline.tradeOff says so; and remedies that pay for the same
// months are never two to-dos.
import fc from 'fast-check';
import { dayBetween } from './support/arbitraries';
import { evaluate, isEvaluateError, type Period, type Report, type Situation } from '../../engine';
import { excludes, remedy } from '../../engine/rules/remedies/table';
import { formatMonth, toMonthIndex } from '../../engine/time';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
const CITIES = [
  '武汉',
  '长沙',
  '岳阳',
  '上海',
  '杭州',
  '宁波',
  '深圳',
  '广州',
  '东莞',
  '北京',
  '青岛',
  '厦门',
  '福州',
  '成都',
];

const dateArb = dayBetween('2023-01', '2027-12');

const situationArb: fc.Arbitrary<Situation & { asOf: string }> = fc
  .record({
    asOf: dateArb,
    city: fc.constantFrom(...CITIES),
    workedYears: fc.integer({ min: 1, max: 35 }),
    lastScheme: fc.constantFrom('employee', 'flexible'),
    /** Months since the last paid month (0 = paid through asOf's month). */
    gapMonths: fc.integer({ min: 0, max: 30 }),
    /** Back in 职工医保 after the gap, still paying. */
    resumedFor: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    /** A resident year paid for asOf's year (possibly a duplicate). */
    residentThisYear: fc.boolean(),
    gapReason: fc.option(fc.constantFrom('employer', 'jobChange', 'personal'), { nil: undefined }),
    hukou: fc.option(fc.constantFrom('local', 'nonlocal'), { nil: undefined }),
    gender: fc.option(fc.constantFrom('male', 'female'), { nil: undefined }),
    age: fc.integer({ min: 22, max: 64 }),
    concerns: fc.option(
      fc.subarray(['medical', 'pension', 'housing', 'hukou', 'maternity', 'car'] as const, { minLength: 1 }),
      { nil: undefined },
    ),
    plannedIn: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })
  .map((r) => {
    const asOfMonth = toMonthIndex(r.asOf.slice(0, 7));
    const periods: Period[] = [];
    const resumed = r.resumedFor !== undefined && r.gapMonths > r.resumedFor;
    const lastPaid = asOfMonth - r.gapMonths;
    const start = lastPaid - r.workedYears * 12;
    periods.push({ scheme: r.lastScheme, from: formatMonth(start), to: formatMonth(lastPaid) });
    if (resumed) periods.push({ scheme: 'employee', from: formatMonth(asOfMonth - r.resumedFor! + 1), to: null });
    else if (r.gapMonths === 0) periods[0].to = null;
    if (r.residentThisYear) {
      const year = Math.floor(asOfMonth / 12);
      periods.push({ scheme: 'resident', from: `${year}-01`, to: `${year}-12`, paidOn: `${year - 1}-12-10` });
    }
    const birth = formatMonth(asOfMonth - r.age * 12);
    const s: Situation & { asOf: string } = { asOf: r.asOf, city: r.city, periods };
    if (r.gapReason) s.gapReason = r.gapReason;
    if (r.hukou) s.hukou = r.hukou;
    if (r.gender) Object.assign(s, { gender: r.gender, birth });
    if (r.concerns) s.concerns = [...r.concerns];
    if (r.plannedIn !== undefined && r.gender === 'female' && r.age < 45)
      s.plannedBirth = formatMonth(asOfMonth + r.plannedIn);
    return s;
  });

const isOpen = (o: Report['options'][number], asOf: string) =>
  o.feasible !== 'no' && (!o.deadline || o.deadline >= asOf);

/** A 职工医保 period pays for asOf's month or runs on (to: null). */
function workerPaysNow(s: Situation & { asOf: string }): boolean {
  const m = toMonthIndex(s.asOf.slice(0, 7));
  return s.periods.some(
    (p) => p.scheme !== 'resident' && toMonthIndex(p.from) <= m && (p.to === null || toMonthIndex(p.to) >= m),
  );
}

function adviceProblems(s: Situation & { asOf: string }, r: Report): string[] {
  const wrong: string[] = [];
  const actions = new Map(r.actions.map((a) => [a.key, a]));
  const optionKeys = new Set(r.options.map((o) => o.key));
  // (a) no payment for months another scheme covers: while 职工医保 pays, nothing asks for resident insurance.
  if (workerPaysNow(s)) {
    if (optionKeys.has('resident')) wrong.push('(a) resident option while 职工医保 pays');
    for (const a of r.actions)
      if (a.option === 'resident' || a.alternatives?.includes('resident') || /^resident-/.test(a.key))
        wrong.push(`(a) to-do ${a.key} asks for resident insurance while 职工医保 pays`);
    if (r.headline.option === 'resident') wrong.push('(a) headline leads with resident insurance while 职工医保 pays');
  }
  // (b) the headline's date is a to-do's, and headline.action names it.
  const h = r.headline;
  if ((h.due === null) !== (h.action === null)) wrong.push(`(b) due ${h.due} with action ${h.action}`);
  if (h.action !== null && actions.get(h.action)?.due !== h.due)
    wrong.push(`(b) headline due ${h.due} but to-do ${h.action} due ${actions.get(h.action)?.due}`);
  const carried = h.action ? actions.get(h.action) : undefined;
  if (h.option && carried && carried.option !== h.option && !carried.alternatives?.includes(h.option))
    wrong.push(`(b) headline leads with ${h.option} but its to-do ${h.action} carries ${carried.option}`);
  // Exactly one open option is recommended; the headline's remedy is it.
  const open = r.options.filter((o) => isOpen(o, s.asOf));
  const recommended = r.options.filter((o) => o.recommended);
  if (recommended.length !== (open.length ? 1 : 0)) wrong.push(`${recommended.length} recommended of ${open.length}`);
  const lead = recommended[0];
  if (lead && !isOpen(lead, s.asOf)) wrong.push(`recommended ${lead.key} is not open`);
  if (h.option && h.option !== lead?.key) wrong.push(`headline ${h.option} is not the recommended ${lead?.key}`);
  // (c) the leading remedy loses nothing another open remedy keeps, unless the trade-off names it.
  if (lead && h.option === lead.key) {
    const others = open.filter((o) => o !== lead && remedy(o.key).mayLead);
    const unsaid = others.some((o) => (lead.loses ?? []).some((k) => o.keeps?.includes(k)));
    if (unsaid && !h.tradeOff) wrong.push(`(c) ${lead.key} loses what another keeps, no tradeOff`);
    if (h.tradeOff && !h.tradeOff.loses.every((k) => lead.loses?.includes(k))) wrong.push('(c) tradeOff.loses');
  }
  // Remedies that pay for the same months are one 二选一 to-do, never two.
  const carriedBy = r.actions.filter((a) => a.option);
  for (const a of carriedBy)
    for (const b of carriedBy)
      if (a !== b && excludes(a.option!, b.option!) && !a.alternatives?.includes(b.option!))
        wrong.push(`two to-dos for alternatives: ${a.key} (${a.option}) and ${b.key} (${b.option})`);
  for (const a of r.actions)
    for (const k of a.alternatives ?? []) if (!optionKeys.has(k)) wrong.push(`${a.key} alternative ${k} not an option`);
  return wrong;
}

it(`${RUNS} random situations: no payment for covered months, the headline's to-do, trade-offs said`, () => {
  fc.assert(
    fc.property(situationArb, (s) => {
      const report = evaluate(s, { today: '2026-11-23' });
      if (isEvaluateError(report)) throw new Error(`${JSON.stringify(report)} for ${JSON.stringify(s)}`);
      expect(adviceProblems(s, report)).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});
