// The Chinese of repairing a resident waiting period (多交几年的保费缩短等待期, F04): the option's summary and its
// to-do. F04 says the wait shortens; it does not say whether paying after the shortened wait would have ended
// brings cover back to that day, so the sentences promise cover only from the day of payment (copy review 3 N24).
import { aboutDay, money } from './format';

export function repairClosedSummary(f: { repairable: boolean; gapYears: number; floorMonths: number }): string {
  return f.repairable
    ? `连续断缴 ${f.gapYears} 年，多交钱后等待期也不少于 ${f.floorMonths} 个月，再多交也不能缩短。`
    : '当地没有开放多交钱缩短等待期。';
}

export interface RepairFacts {
  years: number;
  /** The day benefits start when the extra years are paid by that day (or today, when that day has passed). */
  benefitsFrom: string;
  /** The shortened wait has already ended: paying today brings benefits from today. */
  now: boolean;
  withoutRepair: string;
  /** The last day paying still helps (the day before the unrepaired wait ends). */
  due: string;
  /** The dates are counted from a payment day the user estimated: 约 (copy review H14). */
  estimated?: boolean;
}

/** "2026年6月10日前交，2026年6月10日起就能报销", or for a shortened wait already over: 现在交就能报销. */
function when(f: RepairFacts): string {
  const on = (date: string) => aboutDay(date, f.estimated);
  const by = f.now ? '现在交' : `${on(f.benefitsFrom)}前交，${on(f.benefitsFrom)}起`;
  const later = f.now ? '' : '晚交的，';
  return `${by}就能报销（不多交则${on(f.withoutRepair)}起）。${later}之前看病能否报销，请先问医保局`;
}

export function repairSummary(
  f: RepairFacts & { year: number; price: number | null; targetMonths: number; floorMonths: number; gapYears: number },
): string {
  const price = f.price !== null ? `（按 ${f.year} 年个人缴费标准，每年不少于 ${money(f.price)} 元）` : '';
  const floor = f.floorMonths ? `连续断缴 ${f.gapYears} 年，等待期最少 ${f.floorMonths} 个月。` : '';
  return (
    `再多交 ${f.years} 年的保费${price}，不增加保障时间，但因断缴多等的月份能少 ${f.years} 个月，` +
    `等待期变为 ${f.targetMonths} 个月。${when(f)}。过了${aboutDay(f.due, f.estimated)}再交没有用。` +
    `${floor}先等的月份不能缩短。`
  );
}

export function repairTitle(f: RepairFacts): string {
  return `想早点报销：再多交 ${f.years} 年的保费，${when(f)}`;
}
