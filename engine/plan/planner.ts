// The planner's runs: decideFacts() (decide() without the recommendation, quiet) on the hypothetical Situations of
// history.ts, one per resume month and fill, cached for the plan; and the questions every part of the plan asks of
// them (is a concern lost when resuming then; the last month that loses nothing; which resident year the engine
// itself would propose right after the stop).
import type { Concern, Item, PlanInput } from '../contract';
import { contextFor, decideFacts } from '../decide';
import type { PolicyContext } from '../policy/resolve';
import type { ResolvedRegion } from '../policy/regions';
import type { PolicyTables } from '../policy/types';
import { residentWindow } from '../rules/resident';
import { coverMonths, newbornStart } from '../rules/months';
import type { Facts, PlanRun, RuleRun } from '../run';
import { firstDay, formatMonth, lastDay, type MonthIndex, toMonthIndex, yearOf } from '../time';
import { unique } from '../unique';
import {
  type Dated,
  type Fill,
  historyUntil,
  type Hypothesis,
  MAX_GAP_MONTHS,
  paidThroughAt,
  type ResidentPurchases,
  resumeSchemeOf,
  situationAt,
} from './history';

export interface PlanArgs {
  tables: PolicyTables;
  region: ResolvedRegion;
  situation: Dated;
  plan: PlanInput;
  /** Today's run (its items say which concerns apply and which are unknown for the place). */
  today: RuleRun;
}

/** Medical items no hypothetical run is read for: of the medical items the planner reads only medicalContinuity. */
const UNREAD_BY_PLANNER: ReadonlySet<Item['key']> = new Set<Item['key']>([
  'medicalAccount',
  'residentIncentive',
  'medicalRetirement',
]);

/** Runs of which no item is read (the reference's wait, the resident probe's options): concerns medical, none built. */
const NO_ITEM: ReadonlySet<Item['key']> = new Set<Item['key']>([...UNREAD_BY_PLANNER, 'medicalContinuity']);

/**
 * What the planner reads of a decision. Only this is cached: keeping whole decisions (their timeline and month
 * tables) alive while the plan runs made each young-generation GC copy ten runs' worth of maps (run.ts PlanRun).
 */
function planRun({ report, picture }: Facts): PlanRun {
  const { holeMonths, waiting, interruptions } = picture;
  return { report, picture: { holeMonths, waiting, interruptions } };
}

/** The resident year proposed right after the stop, the last day it still holds, and whether it covers back. */
export interface ResidentProposal extends ResidentPurchases {
  /** The last day the purchase bridges (the switch rule's months or the window), null when none does (N11). */
  deadline: string | null;
  /** The day the plan's to-do asks the first year to be paid by (equal to deadline unless cover starts on payment). */
  due: string | null;
  /** Cover starts on the day of payment (the switch rule is not retroactive): paid later, months stay holes. */
  fromPayment: boolean;
}

/** A cached run's key: its resume month and fill (a number: the cache is read several times per run). */
export const runKey = (resume: MonthIndex, fill: Fill | 'ref') => resume * 5 + FILLS.indexOf(fill);
const FILLS = ['backPay', 'flexible', 'resident', 'none', 'ref'];

export class Planner {
  private readonly cache = new Map<number, PlanRun>();
  readonly stop: MonthIndex;
  readonly h: Hypothesis;
  /** The hypothetical the plan's outcome shows (its resume month and fill) and the concerns it answers. */
  outcome?: { key: number; concerns: Concern[] };

  /** One resolver for every hypothetical decision of the plan (decide.ts: none of them is explained). */
  private readonly ctx: PolicyContext;

  constructor(readonly a: PlanArgs) {
    this.ctx = contextFor(a.tables, a.region);
    this.stop = toMonthIndex(a.plan.stopAfter);
    const history = historyUntil(a.situation.periods, this.stop);
    this.h = {
      base: a.situation,
      history,
      stop: this.stop,
      resumeScheme: resumeSchemeOf(history),
      concerns: ['medical'],
    };
  }

  /** The concerns the hypothetical runs build items for (the searched ones; medical for its continuity). */
  set concerns(concerns: Concern[]) {
    this.h.concerns = concerns;
  }

  situationAt(resume: MonthIndex, fill: Fill): Dated {
    return situationAt(this.h, resume, fill, () => this.residentProposal());
  }

  private decide(s: Dated, outcome: boolean, skip = UNREAD_BY_PLANNER): PlanRun {
    const { tables, region } = this.a;
    if (!outcome) return planRun(decideFacts(tables, region, s, skip, this.ctx));
    const d = decideFacts(tables, region, s, undefined, this.ctx);
    // The months as evaluate paints them on that day (report.ts withMonths).
    d.report.medical.months = coverMonths(d.picture, d.timeline, d.options, s.asOf, newbornStart(s));
    return planRun(d);
  }

  /** One run per resume month and fill, shared by every question; the outcome's is built once, fully enough. */
  run(resume: MonthIndex, fill: Fill): PlanRun {
    const key = runKey(resume, fill);
    let hit = this.cache.get(key);
    if (!hit) {
      const s = this.situationAt(resume, fill);
      const shown = this.outcome?.key === key;
      hit = this.decide(shown ? Object.assign({}, s, { concerns: this.outcome!.concerns }) : s, shown);
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

  /** The same history paid through without a gap until `resume`. */
  reference(resume: MonthIndex): PlanRun {
    const key = runKey(resume, 'ref');
    let hit = this.cache.get(key);
    if (!hit) {
      // Only its wait is read (lost): no item.
      hit = this.decide(Object.assign(paidThroughAt(this.h, resume), { concerns: ['medical'] }), false, NO_ITEM);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private proposal?: ResidentProposal;

  /**
   * What the resident option says in the middle of the first month without pay (decide() on that day): which year
   * to buy and until when it bridges. The plan assumes each year bought on the day its to-do says — the first by
   * that deadline (or, when cover starts on payment, on the first day without pay), later years by the end of
   * their window — never after the day work resumes, so the painted months are what evaluate paints then.
   */
  residentProposal(): ResidentProposal {
    if (this.proposal) return this.proposal;
    const probeDay = `${formatMonth(this.stop + 1)}-15`;
    const { tables, region, situation } = this.a;
    const probe = decideFacts(
      tables,
      region,
      Object.assign({}, situation, {
        asOf: probeDay,
        periods: this.h.history,
        plan: undefined,
        gapReason: 'jobChange' as const,
        concerns: ['medical' as const],
      }),
      NO_ITEM,
      this.ctx,
    );
    const option = probe.options.options.find((o) => o.key === 'resident');
    const year = probe.options.proposedResident?.year ?? yearOf(this.stop + 1);
    const deadline = option?.deadline && option.deadline >= probeDay ? option.deadline : null;
    const fromPayment = deadline !== null && option?.retroactive === false && year === yearOf(this.stop + 1);
    const firstGapDay = firstDay(this.stop + 1);
    const due = fromPayment ? (firstGapDay > situation.asOf ? firstGapDay : situation.asOf) : deadline;
    const ctx = this.a.today.ctx;
    const paidOn = (y: number, resume: MonthIndex): string => {
      const by = y === year ? (due ?? probeDay) : residentWindow(ctx, y).closes;
      const lastBefore = lastDay(resume - 1);
      return by < lastBefore ? by : lastBefore;
    };
    this.proposal = { year, deadline, due, fromPayment, paidOn };
    return this.proposal;
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

  /**
   * The last month to resume with nothing lost, per concern (null: any gap loses it). Months are tried upwards
   * from the shortest gap until every concern has lost something: limits are short, so this stays a few runs.
   */
  latestResumes(concerns: Concern[]): Map<Concern, MonthIndex | null> {
    const out = new Map<Concern, MonthIndex | null>();
    const open = new Set(concerns);
    const all = this.h.concerns;
    for (let r = this.stop + 2; r <= this.stop + 1 + MAX_GAP_MONTHS && open.size; r++) {
      // The run for `r` serves every concern still open (and builds only their items): a concern found lost at
      // `r` is open there, so the limit's "if later" reads that same run.
      this.h.concerns = unique<Concern>(['medical', ...open]);
      for (const c of [...open]) {
        if (this.lost(c, r)) {
          out.set(c, r - 1 > this.stop + 1 ? r - 1 : null);
          open.delete(c);
        }
      }
    }
    for (const c of open) out.set(c, this.stop + 1 + MAX_GAP_MONTHS);
    this.h.concerns = all;
    return out;
  }
}

export function itemOf(report: PlanRun['report'], key: Item['key']): Item | undefined {
  return report.items.find((i) => i.key === key);
}
