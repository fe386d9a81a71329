// An error the engine reports about one field of the Situation lands on the intake step that asked for it.
import { stepForField } from '../../client/src/utils/fields';
import type { Answers } from '../../client/src/utils/intake';

const a = (event: Answers['event']): Answers => ({ step: 'concerns', event });

describe('stepForField', () => {
  it('top-level fields', () => {
    expect(stepForField('city', a('jobChange'))).toBe('city');
    expect(stepForField('hukou', a('jobChange'))).toBe('hukou');
    expect(stepForField('concerns', a('jobChange'))).toBe('concerns');
    expect(stepForField('gender', a('jobChange'))).toBe('concerns');
    expect(stepForField('originalRetirementAge', a('jobChange'))).toBe('concerns');
    expect(stepForField('birth', a('jobChange'))).toBe('concerns');
    expect(stepForField('birth', a('newborn'))).toBe('birth');
    expect(stepForField(undefined, a('jobChange'))).toBeNull();
    expect(stepForField('monthlyBase', a('jobChange'))).toBeNull();
  });

  it('job change: the first period is from/to, the second the month the new employer started', () => {
    expect(stepForField('periods[0].from', a('jobChange'))).toBe('from');
    expect(stepForField('periods[0].to', a('jobChange'))).toBe('to');
    expect(stepForField('periods[1].from', a('jobChange'))).toBe('resumed');
    expect(stepForField('periods[0]', a('employer'))).toBe('from');
  });

  it('switch to resident: the resident year and its payment day', () => {
    expect(stepForField('periods[0].to', a('toResident'))).toBe('to');
    expect(stepForField('periods[1].from', a('toResident'))).toBe('resYear');
    expect(stepForField('periods[1].paidOn', a('toResident'))).toBe('resPaid');
  });

  it('resident gap: the old years, then the year paid again', () => {
    expect(stepForField('periods[0].from', a('residentGap'))).toBe('resFrom');
    expect(stepForField('periods[0].to', a('residentGap'))).toBe('resTo');
    expect(stepForField('periods[1].to', a('residentGap'))).toBe('resYear');
    expect(stepForField('periods[1].paidOn', a('residentGap'))).toBe('resPaid');
  });

  it('newborn: the payment, else the birth month', () => {
    expect(stepForField('periods[0].paidOn', a('newborn'))).toBe('resPaid');
    expect(stepForField('periods[0].from', a('newborn'))).toBe('birth');
  });
});
