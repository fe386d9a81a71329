// The Chinese of the to-do list: one title per action, every date and number a parameter.
import type { Action, ActionWay } from '../contract';
import type { MonthIndex } from '../time';
import { aboutDay, day, money, month } from './format';

/** An item whose own tolerance ends before the back-pay deadline (青岛 maternity): its earlier date, its own to-do. */
export function keepChainTitle(f: { what: string; deadline: string }): string {
  return `最晚${day(f.deadline)}补缴断缴的月份，保住${f.what}（过了这天再补，也不算连续）`;
}

export function backPayTitle(f: { deadline: string }): string {
  return `最晚${day(f.deadline)}补缴断缴月份的医保（以灵活就业身份或由新单位补缴）`;
}

/** An 二选一 to-do in parts (copy review 3 N40): its head, then each way; the title joins them. */
export interface ChoiceText {
  head: string;
  ways: [string, string];
}

/**
 * An 二选一 to-do's title ("head：① first；② second", for reminders, history and care mode) and its parts, each way
 * with its remedy and last day (`ways`, in the order of `c.ways`).
 */
export function eitherOr(
  c: ChoiceText,
  ways: Array<[ActionWay['option'], string | null]>,
): Pick<Action, 'title' | 'choices'> {
  return {
    title: `${c.head}：① ${c.ways[0]}；② ${c.ways[1]}`,
    choices: { head: c.head, ways: ways.map(([option, due], i) => ({ option, due, text: c.ways[i] })) },
  };
}

/** Back-pay and a switch to resident insurance cover the same months: one to-do, two ways (copy review H10). */
export function backPayOrResidentChoice(f: {
  deadline: string;
  residentDeadline: string | null;
  year: number;
  price: number | null;
  /** The back-pay's total (principal and late fee), when priced. */
  backPayCost?: number | null;
  /** The resident year fills the gap's months (switching within the tolerance) rather than starting later. */
  switching?: boolean;
  /** Switching for this year late in the year: next year's window closes too (选② also needs it). */
  nextYear?: { year: number; closes: string };
  /** The resident deadline is the national pattern's usual closing day, not a local notice's. */
  residentUsualWindow?: boolean;
}): ChoiceText {
  const price = f.price !== null ? `，每年不少于 ${money(f.price)} 元` : '';
  const backPayPrice = f.backPayCost != null ? `，约 ${money(f.backPayCost)} 元` : '';
  const verb = f.switching === false ? '缴纳' : '改交';
  const by = f.residentDeadline ? `最晚${day(f.residentDeadline)}${f.residentUsualWindow ? USUAL : ''}` : '现在';
  return {
    head: '补缴职工医保或改交居民医保，二选一，不要重复缴',
    ways: [
      `最晚${day(f.deadline)}补缴职工医保（保住职工医保的连续参保${backPayPrice}）`,
      `${by}${verb} ${f.year} 年居民医保（没有生育津贴和个人账户${price}）${nextYearNote(f.nextYear)}`,
    ],
  };
}

/** Said after a resident deadline that is only the usual national pattern (issue 19: windows honest). */
const USUAL = '（多数地方到这天截止，以当地通知为准）';

/** 灵活就业 or a resident year: they pay for the same months, one to-do with both ways (H10). */
export function flexibleOrResidentChoice(f: {
  residentFirst: boolean;
  flexibleFrom: string | null;
  flexiblePrice: number | null;
  year: number;
  /** The last day 灵活就业 keeps its terms (after it a longer wait applies), when the rule has one. */
  flexibleDeadline?: string | null;
  residentDeadline: string | null;
  residentUsualWindow?: boolean;
  residentFrom: string | null;
  residentPrice: number | null;
  nextYear?: { year: number; closes: string };
}): ChoiceText {
  const flexWhen = f.flexibleFrom ? `按今天缴费估算，${day(f.flexibleFrom)}起能报销` : '缴费后就能报销';
  const flexPrice = f.flexiblePrice !== null ? `，约 ${money(f.flexiblePrice)} 元/月` : '';
  const flexBy = f.flexibleDeadline ? `尽快（最晚${day(f.flexibleDeadline)}）` : '尽快';
  const flexible = `${flexBy}以灵活就业身份交职工医保（${flexWhen}${flexPrice}；职工医保的缴费年限接着算）`;
  const by = f.residentDeadline ? `最晚${day(f.residentDeadline)}${f.residentUsualWindow ? USUAL : ''}` : '现在';
  const resWhen = f.residentFrom ? `${day(f.residentFrom)}起能报销` : '缴费后就能报销';
  const resPrice = f.residentPrice !== null ? `，每年不少于 ${money(f.residentPrice)} 元` : '';
  const resident = `${by}缴纳 ${f.year} 年居民医保（${resWhen}${resPrice}；没有生育津贴和个人账户）${nextYearNote(f.nextYear)}`;
  return {
    head: '交职工医保（灵活就业）或居民医保，二选一，不要重复缴',
    ways: f.residentFirst ? [resident, flexible] : [flexible, resident],
  };
}

/** Said after the resident branch when switching for this year late in the year. */
function nextYearNote(n?: { year: number; closes: string }): string {
  return n ? `；选居民医保的，${n.year} 年的也要在${day(n.closes)}前缴` : '';
}

export function payThisMonthTitle(f: { month: MonthIndex; due: string }): string {
  return `最晚${day(f.due)}（当天也可以）缴上${month(f.month)}的医保费，就不算断缴`;
}

export function employerByTitle(f: { deadline: string }): string {
  return `要求单位最晚${day(f.deadline)}补缴欠费（过了这天就不能再补，医保会停）；单位不补的，可以打 12366（税务局）或 12333 反映`;
}
export const EMPLOYER_ARREARS_TITLE = '要求单位补缴欠费；单位不补的，可以打 12366（税务局）或 12333 反映';
export function employerDueTitle(f: { due: string }): string {
  return `提醒单位在${day(f.due)}前缴本月的医保费；过了这天没缴，下个月起医保会暂停`;
}
export const EMPLOYER_ARREARS_CLOSED_TITLE =
  '保留欠缴这几个月看病的票据，可以打 12333 或申请劳动仲裁，要求单位承担损失';
export const ASK_EMPLOYER_TITLE = '尽快问新单位或原单位：能否按当地规定为你补缴断缴的月份';

export function flexibleTitle(f: { benefitsFrom: string; upperBound: boolean; now?: boolean }): string {
  if (f.now) return '尽快以灵活就业身份交职工医保：缴费后就能报销';
  return `以灵活就业身份参保：越早缴越早恢复。按今天缴费估算，${day(f.benefitsFrom)}起能报销${f.upperBound ? '（当地等待期可能更短）' : ''}`;
}

export function residentTitle(f: {
  year: number;
  deadline: string | null;
  waitingMonths: number;
  /** A newborn's deadline counted from the 1st of the birth month (the birth day is not asked). */
  estimatedFromBirthMonth?: boolean;
  /** The deadline is the usual closing day of the national pattern (no local notice). */
  usualWindow?: boolean;
}): string {
  const estimate = f.estimatedFromBirthMonth ? '（期限从出生月第一天算起，是估算）' : '';
  const usual = f.usualWindow ? '（多数地方到这天截止，以当地通知为准，请尽快查看当地通知）' : '';
  if (f.deadline) return `最晚${day(f.deadline)}缴纳 ${f.year} 年居民医保${estimate}${usual}`;
  return `现在缴纳 ${f.year} 年居民医保${f.waitingMonths ? `（不在集中参保期内，要先等 ${f.waitingMonths} 个月）` : ''}`;
}

export function waitingEndsTitle(f: { benefitsFrom: string; rate?: number; estimated?: boolean }): string {
  const from = aboutDay(f.benefitsFrom, f.estimated);
  return f.rate !== undefined
    ? `${from}起医保恢复全额报销；在这之前按 ${Math.round(f.rate * 100)}% 报销`
    : `${from}起医保开始报销（等待期结束）；在这之前看病要自己付钱`;
}

export function nextYearResidentTitle(f: {
  year: number;
  closes: string;
  opens: string;
  conditional: boolean;
  fixedMonths: number;
  /** pattern: the usual national window, no local notice; hedged: a local date of low confidence; notice: local. */
  window: 'pattern' | 'hedged' | 'notice';
  /** The window has (usually) opened already. */
  opened: boolean;
}): string {
  const lead = f.conditional ? `如果改交居民医保：` : '';
  const late = `错过要先等 ${f.fixedMonths} 个月才能报销`;
  if (f.window === 'pattern')
    return (
      `${lead}按通知缴 ${f.year} 年居民医保，多数地方在${day(f.opens)}至${day(f.closes)}集中缴费，具体日期以当地通知为准` +
      (f.opened ? `（有的地方截止更早），请尽快查看当地通知；${late}` : `，到时请查看当地通知；${late}`)
    );
  const window =
    f.window === 'hedged'
      ? `集中参保期${day(f.opens)}起，以当地通知为准`
      : `当地集中参保期${day(f.opens)}至${day(f.closes)}`;
  return `${lead}${f.year} 年的居民医保要在${day(f.closes)}前缴（${window}），否则 ${f.year} 年开头要先等 ${f.fixedMonths} 个月才能报销`;
}

/** A newborn's next year: also to pay, without the 3-month threat newborns are exempt from (F02; copy review 3 N17). */
export function newbornNextYearTitle(f: { year: number; by: string }): string {
  return `${f.year} 年的居民医保也要交：最好在${day(f.by)}前交；新生儿一般不用等待（以当地规定为准）`;
}

export const CALL_OFFICE_TITLE = '打 12393（医保）或 12333（社保）核实本地具体规定';
