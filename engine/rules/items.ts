// What resets (清零) and what is kept: one item per thing the user cares about. Each builder decides the outcome
// and its v2 fields (restartFrom / eligibleFrom for `reset`, action + due or shortMonths for `atRisk`) in its own
// file (items-continuity, items-incentive, items-retirement, items-eligibility); the Chinese is engine/explain/.
import type { Concern, Item, ItemKey } from '../contract';
import * as say from '../explain/items';
import { hasEmployee, item, type ItemContext } from './item';
import { continuityItem } from './items-continuity';
import { car, housing, hukou, maternity, school } from './items-eligibility';
import { residentIncentive } from './items-incentive';
import { medicalRetirement, pensionYears } from './items-retirement';

const ITEMS_BY_CONCERN: Record<Concern, ItemKey[]> = {
  medical: ['medicalAccount', 'medicalContinuity', 'residentIncentive', 'medicalRetirement'],
  pension: ['pensionYears', 'pensionAccount'],
  housing: ['housing'],
  hukou: ['hukou'],
  school: ['school'],
  maternity: ['maternity'],
  car: ['car'],
};

const DEFAULT_CONCERNS: Concern[] = ['medical', 'pension'];

type ItemBuilder = (c: ItemContext) => Item | undefined;

const BUILDERS: Record<ItemKey, ItemBuilder> = {
  pensionYears,
  pensionAccount: ({ timeline }) =>
    hasEmployee(timeline)
      ? item('pensionAccount', 'kept', say.PENSION_ACCOUNT_KEPT, [
          'nat.law.social-insurance',
          'nat.pension.transfer-66',
        ])
      : item('pensionAccount', 'notApplicable', say.PENSION_ACCOUNT_NONE, ['nat.law.social-insurance']),
  medicalAccount: ({ timeline }) =>
    hasEmployee(timeline)
      ? item('medicalAccount', 'kept', say.MEDICAL_ACCOUNT_KEPT, ['nat.medical.transfer-43'])
      : item(
          'medicalAccount',
          'notApplicable',
          timeline.residentYears.size ? say.MEDICAL_ACCOUNT_NONE : say.MEDICAL_ACCOUNT_NO_RECORDS,
          ['nat.medical.longterm-38'],
        ),
  medicalContinuity: continuityItem,
  residentIncentive,
  medicalRetirement,
  maternity,
  housing,
  hukou,
  school,
  car,
};

/** The items of the situation's concerns, except those in `skip` (what a planner's hypothetical never reads). */
export function buildItems(c: ItemContext, skip?: ReadonlySet<ItemKey>): Item[] {
  const concerns = c.situation.concerns?.length ? c.situation.concerns : DEFAULT_CONCERNS;
  const keys: ItemKey[] = [];
  for (const concern of concerns)
    for (const key of ITEMS_BY_CONCERN[concern]) if (!skip?.has(key) && !keys.includes(key)) keys.push(key);
  const items: Item[] = [];
  for (const key of keys) {
    const built = BUILDERS[key](c);
    if (built) items.push(built);
  }
  return items;
}
