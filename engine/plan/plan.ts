// The what-if planner: "I stop paying after month S; until when can I resume without losing anything, what will
// stand when I resume, and what would bridging the gap cost?" Every answer comes from running the same rules on
// hypothetical Situations (history stopping at S, paying again from a candidate month R with the back-pay the
// rules allow), so the plan can never disagree with the report the person would get on that day.
import type {
  Action,
  Concern,
  Item,
  Period,
  PlanBridge,
  PlanInput,
  PlanLimit,
  PlanReport,
  Situation,
} from '../contract';
import type { Decision, PlanRun, RuleRun, RunDepth } from '../run';
import { PolicyContext } from '../policy/resolve';
import type { ResolvedRegion } from '../policy/regions';
import type { PolicyTables } from '../policy/types';
import { flexibleCost, monthsBetween, residentCost, round2 } from '../rules/costs';
import { buildPension, gapEffect, personalRetirement } from '../rules/pension';
import { residentWindow } from '../rules/resident';
import { buildTimeline } from '../rules/timeline';
import { firstDay, formatMonth, januaryOf, lastDay, monthOfDate, type MonthIndex, toMonthIndex, yearOf } from '../time';
import { NOTHING_TO_PAY } from '../explain/costs';
import {
  bridgeActionTitle,
  bridgeSummary,
  ifLaterText,
  residentBridgeSummary,
  limitActionTitle,
  NO_MONTH_BETWEEN,
  pensionIfLater,
  unknownLimitText,
} from '../explain/plan';

/** The longest gap searched; beyond it a limit is reported as "more than this". */
export const MAX_GAP_MONTHS = 24;

const CHAIN_CONCERNS: Concern[] = ['housing', 'hukou', 'car'];

type RunRules = (
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  depth?: RunDepth,
) => Decision;

export interface PlanArgs {
  tables: PolicyTables;
  region: ResolvedRegion;
  situation: Situation & { asOf: string };
  plan: PlanInput;
  /** Today's run (its items say which concerns apply and which are unknown for the place). */
  today: RuleRun;
  runRules: RunRules;
}

export interface PlanResult extends PlanReport {
  /** Every source the plan cites (added to the report's list). */
  sources: string[];
}

/** The history up to and including `stop`: later months dropped, open periods closed at `stop`. */
export function historyUntil(periods: Period[], stop: MonthIndex): Period[] {
  const out: Period[] = [];
  for (const p of periods) {
    const from = toMonthIndex(p.from);
    const to = p.to === null ? Number.POSITIVE_INFINITY : toMonthIndex(p.to);
    if (p.scheme === 'resident') {
      if (to <= stop) out.push(p);
      continue;
    }
    if (from > stop) continue;
    out.push(to > stop ? Object.assign({}, p, { to: formatMonth(stop) }) : p);
  }
  return out;
}

type Fill = 'backPay' | 'flexible' | 'resident' | 'none';

function planRun({ report, picture }: Decision): PlanRun {
  const { holeMonths, waiting, interruptions } = picture;
  return {
    report: { asOf: report.asOf, medical: report.medical, items: report.items },
    picture: { holeMonths, waiting, interruptions },
  };
}

class Planner {
  private readonly cache = new Map<string, PlanRun>();
  readonly history: Period[];
  readonly resumeScheme: 'employee' | 'flexible';

  /** The concerns the hypothetical runs build items for (the searched ones; medical for its continuity). */
  concerns: Concern[] = ['medical'];

  constructor(private readonly a: PlanArgs) {
    const stop = toMonthIndex(a.plan.stopAfter);
    this.history = historyUntil(a.situation.periods, stop);
    const last = [...this.history].reverse().find((p) => p.scheme !== 'resident');
    this.resumeScheme = last?.scheme === 'flexible' ? 'flexible' : 'employee';
  }

  get stop(): MonthIndex {
    return toMonthIndex(this.a.plan.stopAfter);
  }

  /** The Situation on the first day of `resume`: paying again that month, the months between filled by `fill`. */
  situationAt(resume: MonthIndex, fill: Fill): Situation & { asOf: string } {
    const stop = this.stop;
    const periods: Period[] = [...this.history];
    const paidOn = firstDay(resume);
    if (resume > stop + 1) {
      if (fill === 'backPay')
        periods.push({
          scheme: this.resumeScheme === 'employee' ? 'employee' : 'flexible',
          from: formatMonth(stop + 1),
          to: formatMonth(resume - 1),
          backPaid: true,
          paidOn,
        });
      if (fill === 'flexible')
        periods.push({ scheme: 'flexible', from: formatMonth(stop + 1), to: formatMonth(resume - 1) });
      if (fill === 'resident') {
        // The year the engine's own resident option proposes right after the stop (this year, or next year with
        // the switch covering the months between), bought that day; later years in the previous December.
        const { year: first, paidOn: bought } = this.residentProposal();
        for (let y = first; y <= yearOf(resume - 1); y++) {
          const on = y === first ? bought : `${y - 1}-12-01`;
          periods.push({ scheme: 'resident', from: `${y}-01`, to: `${y}-12`, paidOn: on });
        }
      }
    }
    periods.push({ scheme: this.resumeScheme, from: formatMonth(resume), to: null });
    return Object.assign({}, this.a.situation, {
      asOf: firstDay(resume),
      periods,
      gapReason: this.a.situation.gapReason === 'personal' ? ('personal' as const) : ('jobChange' as const),
      concerns: this.concerns,
      plan: undefined,
    });
  }

  private proposal?: { year: number; paidOn: string; deadline: string | null };

  /**
   * What the resident option says in the middle of the first month without pay: which year to buy, and the last
   * day that purchase still holds (the switch rule's months or the window), null when none does (N11).
   */
  residentProposal(): { year: number; paidOn: string; deadline: string | null } {
    if (!this.proposal) {
      const paidOn = `${formatMonth(this.stop + 1)}-15`;
      const probe = this.a.runRules(
        this.a.tables,
        this.a.region,
        Object.assign({}, this.a.situation, {
          asOf: paidOn,
          periods: this.history,
          plan: undefined,
          gapReason: 'jobChange' as const,
          concerns: ['medical' as const],
        }),
        'lite',
      );
      const option = probe.options.options.find((o) => o.key === 'resident');
      this.proposal = {
        year: probe.options.proposedResident?.year ?? yearOf(this.stop + 1),
        paidOn,
        deadline: option?.deadline && option.deadline >= paidOn ? option.deadline : null,
      };
    }
    return this.proposal;
  }

  /** The hypothetical the plan's outcome shows (its resume month and fill) and the concerns it answers. */
  outcome?: { key: string; concerns: Concern[] };

  /** One run per resume month and fill, shared by every question; the outcome's is built once, fully enough. */
  run(resume: MonthIndex, fill: Fill): PlanRun {
    const key = `${resume}:${fill}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const s = this.situationAt(resume, fill);
      const shown = this.outcome?.key === key;
      const { tables, region } = this.a;
      hit = planRun(
        shown
          ? this.a.runRules(tables, region, Object.assign({}, s, { concerns: this.outcome!.concerns }), 'outcome')
          : this.a.runRules(tables, region, s, 'lite'),
      );
      this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * Resuming in `resume` with the months between back-paid on that day. The rules decide what that back-pay is
   * worth: beyond the medical band it restores no cover (holes, a waiting period) but still counts where a chain
   * tolerates back-paid months (购房 / 落户).
   */
  resumeRun(resume: MonthIndex): PlanRun {
    return this.run(resume, 'backPay');
  }

  lost(concern: Concern, resume: MonthIndex): boolean {
    if (resume <= this.stop + 1) return false;
    const h = this.resumeRun(resume);
    if (concern === 'medical') {
      const gapHole = h.picture.holeMonths.some((m) => m > this.stop && m < resume);
      const continuity = itemOf(h.report, 'medicalContinuity');
      const waiting =
        h.picture.waiting !== null &&
        h.picture.waiting.benefitsFrom !== this.reference(resume).picture.waiting?.benefitsFrom;
      return gapHole || waiting || continuity?.outcome === 'reset';
    }
    const mine = itemOf(h.report, concern as Item['key']);
    if (!mine) return false;
    if (concern === 'maternity') return mine.outcome !== 'kept';
    // Chains (housing, hukou, car): the rules reset the count once the back-paid months exceed their tolerance.
    return mine.outcome === 'reset';
  }

  /** The same history paid through without a gap until `resume` (what "nothing lost" is measured against). */
  reference(resume: MonthIndex): PlanRun {
    const key = `${resume}:ref`;
    let hit = this.cache.get(key);
    if (!hit) {
      const s = this.situationAt(resume, 'backPay');
      const periods = [...this.history];
      const last = periods.length ? periods[periods.length - 1] : undefined;
      if (last && last.scheme !== 'resident') periods[periods.length - 1] = Object.assign({}, last, { to: null });
      else periods.push({ scheme: this.resumeScheme, from: formatMonth(this.stop + 1), to: null });
      hit = planRun(this.a.runRules(this.a.tables, this.a.region, Object.assign({}, s, { periods }), 'lite'));
      this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * The last month to resume with nothing lost, per concern (null: any gap loses it). Months are tried upwards
   * from the shortest gap until every concern has lost something: limits are short, so this stays a few runs.
   */
  latestResumes(concerns: Concern[]): Map<Concern, MonthIndex | null> {
    const out = new Map<Concern, MonthIndex | null>();
    const open = new Set(concerns);
    const all = this.concerns;
    for (let r = this.stop + 2; r <= this.stop + 1 + MAX_GAP_MONTHS && open.size; r++) {
      // The run for `r` serves every concern still open (and builds only their items): a concern found lost at
      // `r` is open there, so the limit's "if later" reads that same run.
      this.concerns = [...new Set<Concern>(['medical', ...open])];
      for (const c of [...open]) {
        if (this.lost(c, r)) {
          out.set(c, r - 1 > this.stop + 1 ? r - 1 : null);
          open.delete(c);
        }
      }
    }
    for (const c of open) out.set(c, this.stop + 1 + MAX_GAP_MONTHS);
    this.concerns = all;
    return out;
  }
}

function itemOf(report: PlanRun['report'], key: Item['key']): Item | undefined {
  return report.items.find((i) => i.key === key);
}

export function buildPlan(a: PlanArgs): PlanResult {
  const planner = new Planner(a);
  const stop = planner.stop;
  const concerns = a.situation.concerns?.length ? a.situation.concerns : (['medical', 'pension'] as Concern[]);
  const todayItems = a.today.report.items;
  const limits: PlanLimit[] = [];
  const sources = new Set<string>();

  const searched: Concern[] = [];
  for (const concern of concerns) {
    if (concern === 'school' || concern === 'pension') continue;
    if (concern === 'maternity' && !a.situation.plannedBirth) continue;
    const today = todayItems.find((i) => i.key === concern);
    if (concern !== 'medical' && (!today || today.outcome === 'notApplicable' || today.outcome === 'unknown')) continue;
    searched.push(concern);
  }
  planner.concerns = [...new Set<Concern>(['medical', ...searched])];
  const resume = a.plan.resumeFrom ? toMonthIndex(a.plan.resumeFrom) : null;
  const outcomeFill: Fill = a.plan.bridge === 'none' ? 'backPay' : a.plan.bridge;
  if (resume !== null) planner.outcome = { key: `${resume}:${outcomeFill}`, concerns };
  const found = planner.latestResumes(searched);
  for (const concern of concerns) {
    if (concern === 'school') continue; // no continuity chain: nothing to time
    if (concern === 'pension') {
      const limit = pensionLimit(a, stop);
      if (limit) limits.push(limit);
      continue;
    }
    if (concern === 'maternity' && !a.situation.plannedBirth) continue;
    const key = concern === 'medical' ? 'medicalContinuity' : (concern as Item['key']);
    const today = todayItems.find((i) => i.key === key);
    if (CHAIN_CONCERNS.includes(concern) || concern === 'maternity') {
      if (!today || today.outcome === 'notApplicable') continue;
      if (today.outcome === 'unknown') {
        limits.push({
          key: concern,
          latestResume: null,
          due: null,
          ifLater: unknownLimitText(concern),
          unknown: true,
          sources: today.sources,
        });
        continue;
      }
    }
    const latest = found.get(concern) ?? null;
    const after = latest === null ? stop + 2 : latest + 1;
    const later = planner.resumeRun(after);
    const laterItem = itemOf(later.report, key);
    const limitSources = [
      ...(laterItem?.sources ?? []),
      ...(concern === 'medical' ? later.picture.interruptions.flatMap((i) => (i.band ? [i.band.source] : [])) : []),
    ];
    limits.push({
      key: concern,
      latestResume: latest === null ? null : formatMonth(latest),
      due: latest === null ? null : lastDay(latest),
      ifLater: ifLaterText(concern, later, stop, after, latest !== null && latest >= stop + 1 + MAX_GAP_MONTHS),
      unknown: false,
      sources: [...new Set(limitSources)],
    });
  }
  for (const l of limits) l.sources.forEach((s) => sources.add(s));

  let outcome: PlanReport['outcome'] = null;
  if (resume !== null) {
    const run = planner.run(resume, outcomeFill);
    const keys = new Set(a.today.report.items.map((i) => i.key));
    outcome = {
      asOf: run.report.asOf,
      medical: run.report.medical,
      items: run.report.items.filter((i) => keys.has(i.key)),
    };
    outcome.items.forEach((i) => i.sources.forEach((s) => sources.add(s)));
    if (concerns.includes('pension')) {
      // The pension cost of the plan: the months nobody pays pension for stay unpaid (a flexible bridge pays them).
      const fill: Fill = a.plan.bridge === 'flexible' ? 'flexible' : 'none';
      // Only the contribution months matter here: the timeline of that Situation, not a whole rule run.
      const s = planner.situationAt(resume, fill);
      const periods = [...s.periods].sort((x, y) => toMonthIndex(x.from) - toMonthIndex(y.from));
      const ctx = new PolicyContext(a.tables, {
        code: a.region.code,
        province: a.region.province.code,
        level: a.region.level,
      });
      const names = { city: a.region.name, province: a.region.province.name };
      const pension = buildPension(ctx, buildTimeline(periods, monthOfDate(s.asOf)), s, names).section;
      outcome.pension = pension;
      pension.sources.forEach((s) => sources.add(s));
    }
  }

  const bridges = buildBridges(a, planner, concerns, resume);
  bridges.forEach((b) => b.sources.forEach((s) => sources.add(s)));

  const actions: Action[] = limits
    .filter((l) => l.due !== null)
    .map((l): Action => ({
      key: `plan-resume-${l.key}`,
      title: limitActionTitle(l.key, l.due!),
      due: l.due,
      remindable: true,
      sources: l.sources,
    }))
    .concat(bridgeActions(a, planner, bridges, resume))
    .sort((x, y) => (x.due! < y.due! ? -1 : x.due! > y.due! ? 1 : 0));

  return {
    stopAfter: a.plan.stopAfter,
    resumeFrom: a.plan.resumeFrom,
    bridge: a.plan.bridge,
    limits,
    outcome,
    bridges,
    actions,
    sources: [...sources].filter((s) => a.tables.sources[s]),
  };
}

function pensionLimit(a: PlanArgs, stop: MonthIndex): PlanLimit | undefined {
  const ctx = a.today.ctx;
  const personal = personalRetirement(ctx, a.situation, stop + 1);
  let perMonth: number | null = null;
  const sources = ['nat.law.social-insurance'];
  if (personal) {
    const effect = gapEffect(ctx, stop + 1, 1, personal.estimate.ageMonths, a.situation.monthlyBase, {
      city: a.region.name,
      province: a.region.province.name,
    }).effect;
    if (effect) {
      perMonth = effect.perMonth;
      sources.push(...effect.sources);
    }
  }
  return {
    key: 'pension',
    latestResume: null,
    due: null,
    ifLater: pensionIfLater(perMonth),
    unknown: false,
    sources,
  };
}

function buildBridges(a: PlanArgs, planner: Planner, concerns: Concern[], resume: MonthIndex | null): PlanBridge[] {
  const stop = planner.stop;
  // Without a restart month the bridge is priced per month and judged on a 6-month gap (said in the summary).
  const assumed = resume === null;
  const until = resume ?? stop + 7;
  const months = monthsBetween(stop + 1, until - 1);
  const out: PlanBridge[] = [];
  const ctx = a.today.ctx;
  const judge = (fill: Fill): Concern[] =>
    concerns.filter((c) => {
      if (c === 'pension') return fill === 'flexible';
      if (c === 'school') return false;
      if (c === 'medical') {
        const run = planner.run(until, fill);
        const hole = run.picture.holeMonths.some((m) => m > stop && m < until);
        return !hole && run.picture.waiting === null;
      }
      const mine = itemOf(planner.run(until, fill).report, c as Item['key']);
      if (!mine || mine.outcome === 'notApplicable' || mine.outcome === 'unknown') return false;
      return c === 'maternity' ? mine.outcome === 'kept' : mine.outcome !== 'reset';
    });

  // Paying resumes the month after the stop: no month between, so neither bridge has anything to pay or keep
  // (not "0 months", nor a resident year for no month). What stays kept is what resuming on time keeps.
  if (!assumed && months.length === 0) {
    const kept = judge('none');
    const keeps = concerns.filter((c) => c === 'pension' || kept.includes(c));
    return (['flexible', 'resident'] as const).map((key) => ({
      key,
      cost: { amount: 0, lateFee: 0, basis: NOTHING_TO_PAY },
      keeps,
      summary: NO_MONTH_BETWEEN,
      sources: [],
    }));
  }

  const flexPrice = flexibleCost(ctx, assumed ? months.slice(0, 1) : months, a.situation.monthlyBase);
  out.push({
    key: 'flexible',
    cost: flexPrice.cost,
    keeps: judge('flexible'),
    summary: bridgeSummary('flexible', months.length, assumed, flexPrice.unknown),
    sources: flexPrice.sources,
  });

  const years: number[] = [];
  const proposal = planner.residentProposal();
  for (let y = Math.min(proposal.year, yearOf(until - 1)); y <= yearOf(until - 1); y++) years.push(y);
  const priced = years.map((y) => residentCost(ctx, a.situation, y, 1));
  const unknown = priced.find((p) => p.cost === null)?.unknown;
  const total = priced.reduce((sum, p) => sum + (p.cost?.amount ?? 0), 0);
  out.push({
    key: 'resident',
    cost: unknown
      ? null
      : {
          amount: round2(total),
          lateFee: 0,
          basis: priced.map((p) => p.cost!.basis).join('；'),
        },
    keeps: judge('resident'),
    summary: assumed
      ? bridgeSummary('resident', years.length, assumed, unknown)
      : residentBridgeSummary({
          year: years[0],
          lastYear: years[years.length - 1],
          due: proposal.deadline,
          // A resident year is bought whole: the months of its last year from the resumption on are paid twice.
          overlapFrom: until,
          overlapTo: januaryOf(years[years.length - 1]) + 11,
          unknown,
        }),
    due: assumed ? undefined : proposal.deadline,
    sources: [...new Set(priced.flatMap((p) => p.sources))],
  });
  return out;
}

/**
 * The resident bridge's payments as dated to-dos (copy review 3 N11): the first year by the day the engine's own
 * resident option says it still holds, each later year by the end of its window (paid ahead, no wait).
 */
function bridgeActions(a: PlanArgs, planner: Planner, bridges: PlanBridge[], resume: MonthIndex | null): Action[] {
  const bridge = bridges.find((b) => b.key === 'resident');
  if (a.plan.bridge !== 'resident' || !bridge || resume === null || !bridge.due) return [];
  const { year } = planner.residentProposal();
  const out: Action[] = [
    {
      key: 'plan-bridge-resident',
      title: bridgeActionTitle(year, bridge.due),
      due: bridge.due,
      remindable: true,
      sources: bridge.sources,
    },
  ];
  for (let y = year + 1; y <= yearOf(resume - 1); y++) {
    const closes = residentWindow(a.today.ctx, y).closes;
    if (closes >= a.situation.asOf)
      out.push({
        key: `plan-bridge-resident-${y}`,
        title: bridgeActionTitle(y, closes),
        due: closes,
        remindable: true,
        sources: bridge.sources,
      });
  }
  return out;
}
