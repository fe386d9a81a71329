// The Chinese of the to-do list: one title per action, every date and number a parameter.
import { day, money } from './format';

/** An item whose own tolerance ends before the back-pay deadline (青岛 maternity): its earlier date, its own to-do. */
export function keepChainTitle(f: { what: string; deadline: string }): string {
  return `最晚${day(f.deadline)}补缴断缴的月份，保住${f.what}（过了这天再补，也不算连续）`;
}

export function backPayTitle(f: { deadline: string }): string {
  return `最晚${day(f.deadline)}补缴断缴月份的医保（以灵活就业身份或由新单位补缴）`;
}

/** Back-pay and a switch to resident insurance cover the same months: one to-do, two ways (copy review H10). */
export function backPayOrResidentTitle(f: {
  deadline: string;
  residentDeadline: string;
  year: number;
  price: number | null;
}): string {
  const price = f.price !== null ? `，每年不少于 ${money(f.price)} 元` : '';
  return (
    `补缴职工医保或改交居民医保，二选一，不要重复缴：① 最晚${day(f.deadline)}补缴职工医保（保住职工医保的连续参保）；` +
    `② 最晚${day(f.residentDeadline)}改交 ${f.year} 年居民医保（没有生育津贴和个人账户${price}）`
  );
}

export const EMPLOYER_ARREARS_TITLE = '要求单位补缴欠费；单位不补的，可以打 12366（税务局）或 12333 反映';
export function employerDueTitle(f: { due: string }): string {
  return `提醒单位在${day(f.due)}前缴本月的医保费；过了这天没缴，下个月起医保会暂停`;
}
export const ASK_EMPLOYER_TITLE = '尽快问新单位或原单位：能否按当地规定为你补缴断缴的月份';

export function flexibleTitle(f: { benefitsFrom: string; upperBound: boolean }): string {
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

export function repairTitle(f: { years: number; benefitsFrom: string; withoutRepair: string; due: string }): string {
  return `想早点报销：最晚${day(f.due)}再多交 ${f.years} 年的保费，就能从${day(f.benefitsFrom)}起报销（不多交则${day(f.withoutRepair)}起）`;
}

export function waitingEndsTitle(f: { benefitsFrom: string; rate?: number }): string {
  return f.rate !== undefined
    ? `${day(f.benefitsFrom)}起医保恢复全额报销；在这之前按 ${Math.round(f.rate * 100)}% 报销`
    : `${day(f.benefitsFrom)}起医保开始报销（等待期结束）；在这之前看病要自己付钱`;
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

export const CALL_OFFICE_TITLE = '打 12393（医保）或 12333（社保）核实本地具体规定';
