// The intake as one table: every question, in the order asked. Each row says when it applies (which depends on
// what happened), its title and hint, what is missing or wrong with its answer (a message the user understands,
// null when done) and the component that asks it. The page, the progress bar, resuming and the home page's
// "继续上次的填写（第 N 步）" all read this table; a new question is one row and one component in steps/.
import type { ComponentType } from 'react';
import { fmtDate, fmtMonth, makeDate, makeMonth, thisMonth, thisYear, todayInChina } from '../../utils/dates';
import { asksRetirement, type Answers, type StepKey } from '../../utils/intake';
import type { StepProps } from './steps/props';
import { CityStep } from './steps/CityStep';
import { HukouStep } from './steps/HukouStep';
import { EventStep } from './steps/EventStep';
import { PrevSchemeStep } from './steps/PrevSchemeStep';
import { FromStep } from './steps/FromStep';
import { ToStep } from './steps/ToStep';
import { ResumedStep } from './steps/ResumedStep';
import { ResFromStep } from './steps/ResFromStep';
import { ResToStep } from './steps/ResToStep';
import { BirthStep } from './steps/BirthStep';
import { ResYearStep } from './steps/ResYearStep';
import { ResPaidStep } from './steps/ResPaidStep';
import { ConcernsStep } from './steps/ConcernsStep';

export interface Step {
  key: StepKey;
  title: (a: Answers) => string;
  hint: (a: Answers) => string | undefined;
  applies: (a: Answers) => boolean;
  /** What is missing or wrong with this step's answer, or null. */
  problem: (a: Answers) => string | null;
  isDone: (a: Answers) => boolean;
  Component: ComponentType<StepProps>;
}

const who = (a: Answers) => (a.forFamily ? '家人' : '你');
/** Who paid the employee insurance being asked about: the person themself (灵活就业) or the employer. */
const payer = (a: Answers) =>
  a.event === 'flexibleStopped' || (a.event === 'toResident' && a.prevScheme === 'flexible') ? `${who(a)}自己` : '单位';
const always = () => true;
const picked = (v: unknown) => (v ? null : '请选一项');
const notYet = (m: string) => (m > thisMonth() ? `还没到${fmtMonth(m)}，请选已经过去的月份` : null);
const isResident = (a: Answers) => a.event === 'toResident' || a.event === 'residentGap';
const employeeHistory = (a: Answers) => a.event !== 'residentGap' && a.event !== 'newborn';

function step(row: Omit<Step, 'isDone' | 'hint'> & { hint?: Step['hint'] }): Step {
  return { hint: () => undefined, ...row, isDone: (a) => row.problem(a) === null };
}

export const STEPS: Step[] = [
  step({
    key: 'city',
    title: (a) => `${who(a)}在哪个城市交医保？`,
    hint: () => '选最近一次交医保的城市。',
    applies: always,
    problem: (a) => (a.city ? null : '请选择或输入城市'),
    Component: CityStep,
  }),
  step({
    key: 'hukou',
    title: (a) => `${who(a)}的户口在这个城市吗？`,
    hint: () => '买房、落户、孩子上学的规定和户口有关。',
    applies: always,
    problem: (a) => picked(a.hukou),
    Component: HukouStep,
  }),
  step({
    key: 'event',
    title: () => '发生了什么事？',
    hint: () => '选最接近的一项。',
    applies: always,
    problem: (a) => picked(a.event),
    Component: EventStep,
  }),
  step({
    key: 'prevScheme',
    title: () => '之前的医保是谁交的？',
    applies: (a) => a.event === 'toResident',
    problem: (a) => picked(a.prevScheme),
    Component: PrevSchemeStep,
  }),
  step({
    key: 'from',
    title: (a) => `${payer(a)}从哪年哪月开始交医保？`,
    // Copy review 3 N46: the start month also decides the 2-year rule for switching to 居民医保 (F14) and the
    // continuous years that housing and 落户 count, not only the years paid.
    hint: () => '记不清就选个大概；如果是最近两三年才开始交的，请尽量选准：会影响能不能改交居民医保和连续缴费年限。',
    applies: employeeHistory,
    problem: (a) => (a.from ? notYet(a.from) : '请选择开始的月份'),
    Component: FromStep,
  }),
  step({
    key: 'to',
    title: (a) => `${payer(a)}最后交到哪个月？`,
    hint: () => '看社保 App 或医保电子凭证里最后一个有缴费的月份。',
    applies: employeeHistory,
    problem: (a) => {
      if (!a.to) return '请选择最后交费的月份';
      if (a.from && a.to < a.from) {
        return `最后交费的月份（${fmtMonth(a.to)}）早于开始的月份（${fmtMonth(a.from)}），请重新选`;
      }
      return notYet(a.to);
    },
    Component: ToStep,
  }),
  step({
    key: 'resumed',
    title: () => '新单位开始交医保了吗？',
    hint: () => '已经开始了，就选从哪个月起交的；还没有新工作或还没开始交，选「还没有」。',
    applies: (a) => a.event === 'jobChange',
    problem: (a) => {
      if (!a.resumed) return '请选一项';
      if (a.resumed === 'none') return null;
      if (a.to && a.resumed <= a.to) return `新单位开始交的月份要在${fmtMonth(a.to)}之后`;
      return notYet(a.resumed);
    },
    Component: ResumedStep,
  }),
  step({
    key: 'resFrom',
    title: () => '居民医保最早从哪一年开始交？',
    hint: () => '记不清就选个大概。',
    applies: (a) => a.event === 'residentGap',
    problem: (a) => {
      if (!a.resFrom) return '请选择年份';
      return a.resFrom > thisYear() ? `还没到 ${a.resFrom} 年` : null;
    },
    Component: ResFromStep,
  }),
  step({
    key: 'resTo',
    title: () => '断缴之前，最后交的是哪一年？',
    applies: (a) => a.event === 'residentGap',
    problem: (a) => {
      if (!a.resTo) return '请选择年份';
      if (a.resTo > thisYear()) return `还没到 ${a.resTo} 年`;
      if (a.resFrom && a.resTo < a.resFrom) {
        return `最后交的年份（${a.resTo} 年）早于开始的年份（${a.resFrom} 年），请重新选`;
      }
      return null;
    },
    Component: ResToStep,
  }),
  step({
    key: 'birth',
    title: () => '宝宝是哪年哪月出生的？',
    applies: (a) => a.event === 'newborn',
    problem: (a) => (a.birth ? notYet(a.birth) : '请选择出生的月份'),
    Component: BirthStep,
  }),
  step({
    key: 'resYear',
    title: () => '后来又交了哪一年的居民医保？',
    hint: () => '居民医保按年交（1月到12月），一般在上一年年底交下一年的。',
    applies: isResident,
    problem: (a) => {
      if (!a.resYear) return '请选一项';
      if (a.resYear === 'none') return null;
      if (a.event === 'residentGap' && a.resTo && a.resYear <= a.resTo) return `重新交的年份要在 ${a.resTo} 年之后`;
      return a.resYear > thisYear() + 1 ? '最多只能预交下一年' : null;
    },
    Component: ResYearStep,
  }),
  step({
    key: 'resPaid',
    title: (a) => (a.event === 'newborn' ? '宝宝的居民医保是哪天交的？' : '是哪天交的钱？'),
    hint: (a) =>
      a.event === 'newborn'
        ? '还没交就选「还没交」。交钱的日子会影响哪天开始报销。'
        : '交钱的日子会影响哪天开始报销：先选月份，再选日子。请在缴费凭证或医保 App 里查一下具体日期。',
    applies: (a) => a.event === 'newborn' || (isResident(a) && a.resYear !== 'none'),
    problem: (a) => {
      if (!a.resPaid) return '请选择交费的月份';
      if (a.resPaid === 'none') return null;
      if (a.event === 'newborn' && a.birth && a.resPaid < a.birth) return '交费月份不能早于出生月份';
      if (typeof a.resYear === 'number' && a.resPaid > makeMonth(a.resYear, 12)) {
        return `交费月份不能晚于${fmtMonth(makeMonth(a.resYear, 12))}`;
      }
      if (!a.resPaidDay) return notYet(a.resPaid) ?? '请选交钱的日子（查不到就选「查不到是哪天」）';
      if (typeof a.resPaidDay === 'number' && makeDate(a.resPaid, a.resPaidDay) > todayInChina()) {
        return `还没到${fmtDate(makeDate(a.resPaid, a.resPaidDay))}，请选已经过去的日子`;
      }
      return notYet(a.resPaid);
    },
    Component: ResPaidStep,
  }),
  step({
    key: 'concerns',
    title: (a) => `${who(a)}最关心什么？`,
    hint: () => '可以多选，结果会逐项说明会不会受影响。',
    applies: always,
    problem: (a) => {
      if (!a.concerns || a.concerns.length === 0) return '请至少选一项';
      return asksRetirement(a) && a.personBirth ? notYet(a.personBirth) : null;
    },
    Component: ConcernsStep,
  }),
];

const byKey = new Map(STEPS.map((s) => [s.key, s]));

export function stepOf(key: StepKey): Step {
  return byKey.get(key) ?? STEPS[0];
}

/** The questions asked for these answers, in order. */
export function stepsFor(a: Answers): StepKey[] {
  return STEPS.filter((s) => s.applies(a)).map((s) => s.key);
}

/** The first step whose answer is missing or wrong (for resuming and submitting), or null when all are fine. */
export function firstProblem(a: Answers): { step: StepKey; message: string } | null {
  for (const s of STEPS) {
    if (!s.applies(a)) continue;
    const message = s.problem(a);
    if (message) return { step: s.key, message };
  }
  return null;
}
