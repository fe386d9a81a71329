// The planner's answers become the Situation the engine plans on: the birth month is the one picked (copy review 3
// N26: June was assumed from the year alone, so the retirement month could be off by up to half a year).
import { planSituation, type PlanAnswers } from '../../client/src/utils/plan';

const answers: PlanAnswers = {
  city: '长沙',
  hukou: 'local',
  since: 2000,
  gender: 'female',
  birth: '1971-11',
  stopAfter: '2027-03',
  resumeFrom: null,
  bridge: 'none',
};

it('sends the birth month picked, not a guessed June', () => {
  expect(planSituation(answers)).toMatchObject({ gender: 'female', birth: '1971-11' });
});

it('sends no birth month when none was picked', () => {
  const { birth: _b, ...without } = answers;
  expect(planSituation(without).birth).toBeUndefined();
});
