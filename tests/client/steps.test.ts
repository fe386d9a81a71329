// The intake's step table: which questions each event asks, in order, and what each says is missing or wrong.
import { STEPS, firstProblem, stepOf, stepsFor } from '../../client/src/pages/intake/steps';
import type { Answers } from '../../client/src/utils/intake';

const a = (patch: Partial<Answers>): Answers => ({ step: 'city', ...patch });

describe('intake steps', () => {
  it('every step has a title and a component, and each key appears once', () => {
    expect(new Set(STEPS.map((s) => s.key)).size).toBe(STEPS.length);
    for (const s of STEPS) {
      expect(s.title(a({})).length).toBeGreaterThan(3);
      expect(typeof s.Component).toBe('function');
    }
  });

  it('asks what each event needs, in order', () => {
    const head = ['city', 'hukou', 'event'];
    expect(stepsFor(a({}))).toEqual([...head, 'from', 'to', 'concerns']);
    expect(stepsFor(a({ event: 'jobChange' }))).toEqual([...head, 'from', 'to', 'resumed', 'concerns']);
    expect(stepsFor(a({ event: 'employer' }))).toEqual([...head, 'from', 'to', 'concerns']);
    expect(stepsFor(a({ event: 'toResident' }))).toEqual([
      ...head,
      'prevScheme',
      'from',
      'to',
      'resYear',
      'resPaid',
      'concerns',
    ]);
    expect(stepsFor(a({ event: 'toResident', resYear: 'none' }))).toEqual([
      ...head,
      'prevScheme',
      'from',
      'to',
      'resYear',
      'concerns',
    ]);
    expect(stepsFor(a({ event: 'residentGap' }))).toEqual([
      ...head,
      'resFrom',
      'resTo',
      'resYear',
      'resPaid',
      'concerns',
    ]);
    expect(stepsFor(a({ event: 'newborn' }))).toEqual([...head, 'birth', 'resPaid', 'concerns']);
  });

  it('the titles speak to a family member when filling in for one', () => {
    expect(stepOf('city').title(a({ forFamily: true }))).toContain('家人');
    expect(stepOf('from').title(a({ event: 'flexibleStopped' }))).toContain('自己');
    expect(stepOf('from').title(a({ event: 'jobChange' }))).toContain('单位');
  });

  it('says what is wrong with an answer, and is done when nothing is', () => {
    expect(stepOf('to').problem(a({ from: '2020-05', to: '2020-03' }))).toBe(
      '最后交费的月份（2020年3月）早于开始的月份（2020年5月），请重新选',
    );
    expect(stepOf('to').problem(a({ from: '2020-05', to: '9999-01' }))).toMatch(/^还没到9999年1月/);
    expect(stepOf('to').isDone(a({ from: '2020-05', to: '2021-03' }))).toBe(true);
    expect(stepOf('resumed').problem(a({ to: '2021-03', resumed: '2021-03' }))).toMatch(/之后/);
    expect(stepOf('resTo').problem(a({ resFrom: 2020, resTo: 2018 }))).toMatch(/早于/);
    expect(stepOf('resYear').problem(a({ event: 'residentGap', resTo: 2020, resYear: 2019 }))).toMatch(/2020 年之后/);
  });

  it('the payment step asks for the day, or accepts that it cannot be found', () => {
    const paid = a({ event: 'toResident', resYear: 2021, resPaid: '2020-11' });
    expect(stepOf('resPaid').problem(paid)).toMatch(/日子/);
    expect(stepOf('resPaid').isDone({ ...paid, resPaidDay: 'unknown' })).toBe(true);
    expect(stepOf('resPaid').isDone({ ...paid, resPaidDay: 30 })).toBe(true);
    expect(
      stepOf('resPaid').problem({ ...a({ event: 'toResident', resYear: 2021 }), resPaid: '2022-01', resPaidDay: 3 }),
    ).toMatch(/不能晚于2021年12月/);
  });

  it('the first problem is where an interrupted or refused intake resumes', () => {
    const answers = a({ city: '武汉', hukou: 'local', event: 'jobChange', from: '2019-01', to: '2018-01' });
    expect(firstProblem(answers)?.step).toBe('to');
    const done = { ...answers, to: '2020-01', resumed: 'none', concerns: ['medical' as const] };
    expect(firstProblem(done)).toBeNull();
  });
});
