// The plan's limits: per concern, the last month to resume with nothing lost (the planner's decisions), what is
// lost by resuming later, and the dated to-dos that follow; the pension line (every month counts) apart.
import type { Action, Concern, Item, PlanLimit } from '../contract';
import { gapEffect, personalRetirement } from '../rules/pension';
import { formatMonth, lastDay, type MonthIndex } from '../time';
import { ifLaterText, limitActionTitle, pensionIfLater, unknownLimitText } from '../explain/plan';
import { MAX_GAP_MONTHS } from './history';
import { itemOf, type PlanArgs, type Planner } from './planner';
import { unique } from '../unique';

const CHAIN_CONCERNS: Concern[] = ['housing', 'hukou', 'car'];

/** The concerns whose latest resume month is searched: those with a chain that applies here, and medical. */
export function searchedConcerns(a: PlanArgs, concerns: Concern[]): Concern[] {
  const todayItems = a.today.report.items;
  return concerns.filter((concern) => {
    if (concern === 'school' || concern === 'pension') return false;
    if (concern === 'maternity' && !a.situation.plannedBirth) return false;
    if (concern === 'medical') return true;
    const today = todayItems.find((i) => i.key === concern);
    return !!today && today.outcome !== 'notApplicable' && today.outcome !== 'unknown';
  });
}

function unknownLimit(concern: Concern, today: Item): PlanLimit {
  return {
    key: concern,
    latestResume: null,
    due: null,
    ifLater: unknownLimitText(concern),
    unknown: true,
    sources: today.sources,
  };
}

function searchedLimit(planner: Planner, concern: Concern, latest: MonthIndex | null): PlanLimit {
  const stop = planner.stop;
  const key = concern === 'medical' ? 'medicalContinuity' : (concern as Item['key']);
  const after = latest === null ? stop + 2 : latest + 1;
  const later = planner.resumeRun(after);
  const laterItem = itemOf(later.report, key);
  const limitSources = [
    ...(laterItem?.sources ?? []),
    ...(concern === 'medical' ? later.picture.interruptions.flatMap((i) => (i.band ? [i.band.source] : [])) : []),
  ];
  // Never lost within the months searched: the last of them is where the search stopped, not a deadline, so it
  // gets no date and no to-do (上海's cumulative 落户 years, copy review 3 N29).
  const capped = latest !== null && latest >= stop + 1 + MAX_GAP_MONTHS;
  return {
    key: concern,
    latestResume: latest === null ? null : formatMonth(latest),
    due: latest === null || capped ? null : lastDay(latest),
    ifLater: ifLaterText(concern, later, stop, after, capped),
    unknown: false,
    sources: unique(limitSources),
  };
}

/** One limit per concern, in the order asked (school has no chain to time). */
export function buildLimits(a: PlanArgs, planner: Planner, concerns: Concern[], searched: Concern[]): PlanLimit[] {
  const found = planner.latestResumes(searched);
  const limits: PlanLimit[] = [];
  for (const concern of concerns) {
    if (concern === 'school') continue;
    if (concern === 'pension') {
      limits.push(pensionLimit(a, planner.stop));
      continue;
    }
    if (concern === 'maternity' && !a.situation.plannedBirth) continue;
    const key = concern === 'medical' ? 'medicalContinuity' : (concern as Item['key']);
    const today = a.today.report.items.find((i) => i.key === key);
    if (CHAIN_CONCERNS.includes(concern) || concern === 'maternity') {
      if (!today || today.outcome === 'notApplicable') continue;
      if (today.outcome === 'unknown') {
        limits.push(unknownLimit(concern, today));
        continue;
      }
    }
    limits.push(searchedLimit(planner, concern, found.get(concern) ?? null));
  }
  return limits;
}

function pensionLimit(a: PlanArgs, stop: MonthIndex): PlanLimit {
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

/** "在X前接上…": one dated, remindable to-do per limit with a date. */
export function limitActions(limits: PlanLimit[]): Action[] {
  return limits
    .filter((l) => l.due !== null)
    .map((l): Action => ({
      key: `plan-resume-${l.key}`,
      title: limitActionTitle(l.key, l.due!),
      due: l.due,
      remindable: true,
      sources: l.sources,
    }));
}
