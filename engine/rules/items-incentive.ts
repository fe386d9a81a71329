// The residentIncentive item: the 大病保险 reward for continuous 居民医保 years (国办发〔2024〕38号), kept while the
// years run on, reset by a gap. The Chinese is engine/explain/items.ts.
import type { Item } from '../contract';
import * as say from '../explain/items';
import { formatMonth } from '../time';
import { item, type ItemContext } from './item';
import { residentYearStillOnTime } from './items-continuity';

export function residentIncentive(c: ItemContext): Item | undefined {
  const { ctx, timeline, picture } = c;
  // Only for people who have (had) resident insurance: the incentive counts resident years.
  if (timeline.residentYears.size === 0) return undefined;
  const latest = picture.residentEnrolments[picture.residentEnrolments.length - 1];
  if (!latest) return undefined;
  const thisYear = Math.floor(timeline.asOfMonth / 12);
  const incentive = ctx.find('resident.incentive', Math.max(timeline.asOfMonth, latest.startMonth));
  const sources = incentive ? [incentive.source] : [latest.ruleSource];
  const lapsed =
    !timeline.residentYears.has(thisYear) && !timeline.residentYears.has(thisYear + 1) && picture.status !== 'covered';
  const onTime = lapsed ? residentYearStillOnTime(c) : undefined;
  if (onTime) {
    const summary = say.incentiveOnTime({ year: thisYear, deadline: onTime });
    return item('residentIncentive', 'atRisk', summary, sources, { action: 'resident-window', due: onTime });
  }
  // Lapsed: the years restart with the next year paid, this one when it can still be paid (the continuity item's).
  const restartYear = c.options.proposedResident?.year ?? thisYear + 1;
  const restarted =
    !latest.continuous && !latest.exempt && !latest.firstEver ? latest.year : lapsed ? restartYear : undefined;
  if (restarted !== undefined) {
    const summary = say.incentiveReset({ restartYear: restarted, penalty: incentive?.value.penaltyAfterGap ?? null });
    return item('residentIncentive', 'reset', summary, sources, {
      restartFrom: formatMonth(restarted * 12),
      eligibleFrom: null,
    });
  }
  // Years count from the incentive's start (国办发〔2024〕38号 from 2025), paid years only.
  const ruleYear = Math.max(thisYear, latest.year);
  let countFrom = ruleYear;
  while (incentive && countFrom > ruleYear - 50 && ctx.findAll('resident.incentive', (countFrom - 1) * 12).length)
    countFrom--;
  if (incentive && latest.year < countFrom) return undefined; // resident years before the incentive existed
  let years = 0;
  for (let y = latest.year; y >= countFrom && timeline.residentYears.has(y); y--) years++;
  let runFrom = latest.year;
  while (runFrom > latest.year - 80 && timeline.residentYears.has(runFrom - 1)) runFrom--;
  const need = incentive?.value.continuousYears ?? 4;
  return item(
    'residentIncentive',
    'kept',
    say.incentiveKept({
      years,
      need,
      raise: incentive?.value.raisePerYear ?? null,
      countFrom: incentive ? countFrom : null,
      runFrom,
    }),
    sources,
    { months: { from: formatMonth(runFrom * 12), to: formatMonth(latest.year * 12 + 11) } },
  );
}
