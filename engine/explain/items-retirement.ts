// The Chinese of the retirement items: 职工养老 years toward a pension and the 职工医保 years needed after
// retirement, with the person's own retirement month when known.
import { duration, month, years } from './format';

export const PENSION_NONE = '没有职工养老的缴费记录，不涉及职工养老累计缴费年限。';

export function pensionYearsSummary(f: {
  paidMonths: number;
  minimumYears: number;
  retirement: string;
  transfer: string;
  schedule?: { from: number; step: number; final: number };
}) {
  const rising = f.schedule
    ? `（${f.schedule.from} 年起每年加 ${years(f.schedule.step)}，加到 ${years(f.schedule.final)}）`
    : '';
  const rule = f.retirement || `按月领养老金，要累计缴费满 ${years(f.minimumYears)}${rising}。`;
  return `职工养老累计缴费年限不清零，已累计约 ${duration(f.paidMonths)}。断缴的月份不算，以后接着缴就接着累加。${rule}${f.transfer}`;
}

/** The retirement verdict in short sentences (copy review M17): when, the years needed then, enough or short. */
export function retirementSentence(f: {
  ageMonths: number;
  month: number;
  past: boolean;
  minimumYears: number;
  projectedMonths: number;
  shortMonths: number;
}): string {
  const age = `${Math.floor(f.ageMonths / 12)} 岁${f.ageMonths % 12 ? ` ${f.ageMonths % 12} 个月` : ''}`;
  const when = f.past
    ? `你已于${month(f.month)}到法定退休年龄（${age}），当时要累计满 ${years(f.minimumYears)}。`
    : `你约${month(f.month)}到法定退休年龄（${age}），那时要累计满 ${years(f.minimumYears)}。`;
  if (f.shortMonths === 0)
    return f.past
      ? `${when}你已经满足。`
      : `${when}从现在起不再断缴，到时约累计 ${duration(f.projectedMonths)}，能满足要求。`;
  return `${when}${f.past ? '现在' : '一直缴到退休，也'}只有约 ${duration(f.projectedMonths)}，还差 ${duration(f.shortMonths)}。可以延长缴费，或按规定一次性补缴。`;
}

/** A woman whose original retirement age was not given: the assumed group's verdict, then what the other changes. */
export function assumedRetirement(f: {
  assumedAge: number;
  verdict: string;
  otherAge: number;
  otherPast: boolean;
  otherShort: boolean;
}): string {
  const when = f.otherPast ? '你已经到退休年龄' : '你会更早到退休年龄';
  const enough = f.otherShort
    ? f.otherPast
      ? '累计年限还不够，要延长缴费或一次性补缴'
      : '照现在缴到那时，累计年限还不够'
    : f.otherPast
      ? '累计年限已经够了'
      : '照现在缴到那时，累计年限也够';
  return (
    `没填原来的退休年龄，按原 ${f.assumedAge} 岁退休估算（管理、技术岗位或灵活就业）。${f.verdict}` +
    `如果原来是 ${f.otherAge} 岁退休（工人岗位），${when}。${enough}。填写原来的退休年龄可以算准。`
  );
}

export function transferSentence(f: { ageThreshold?: number }): string {
  const base = '换省工作，养老保险跟着你转，年限合并计算。在哪里领养老金，看户籍和各地缴费年限，到时社保局会告诉你。';
  return f.ageThreshold
    ? `${base}你已满 ${f.ageThreshold} 岁。到外省新地方参保，一般先单独记账（临时缴费账户），退休时再把年限合在一起。`
    : base;
}

export function medicalRetirementUnknown(f: { paidMonths: number }): string {
  return `职工医保累计缴费约 ${duration(f.paidMonths)}，不清零；退休后不再缴费也能用医保需要的年限由各地规定，本地数值没有收录，请问医保局。`;
}

export function medicalRetirementSummary(f: {
  paidMonths: number;
  requiredYears: string;
  targetYear: number | null;
  /** The retirement year, when it comes before targetYear (the local value of that year is not known). */
  beforeTarget: number | null;
  localYears: number | null;
  projectedMonths: number | null;
  shortMonths: number;
  retirementMonth: number | null;
  past: boolean;
  /** The original retirement age assumed for a woman who did not give hers. */
  assumedAge: number | null;
}): string {
  const assumed = f.assumedAge !== null ? `（按原 ${f.assumedAge} 岁退休估算）` : '';
  const target = f.targetYear
    ? `（${f.targetYear} 年起的标准${f.beforeTarget !== null ? '；你退休那年的当地年限可能更低' : ''}）`
    : '';
  const local = f.localYears ? `，其中在本地实际缴费满 ${f.localYears} 年` : '';
  const head = `职工医保累计缴费约 ${duration(f.paidMonths)}，断缴不清零，但断缴的月份不算。退休后不再缴费也能用医保，需要累计满 ${f.requiredYears}${target}${local}`;
  if (f.retirementMonth === null || f.projectedMonths === null) return `${head}，不够的可以一次性补足。`;
  if (f.shortMonths === 0)
    return `${head}；${f.past ? `你已到退休年龄${assumed}，已经满足` : `照现在一直缴到${month(f.retirementMonth)}退休${assumed}，约累计 ${duration(f.projectedMonths)}，能满足要求`}。`;
  const ask = f.beforeTarget !== null ? '你退休那年的要求' : '当地年限';
  return `${head}；${f.past ? `你已到退休年龄${assumed}，` : `即使一直缴到${month(f.retirementMonth)}退休${assumed}，`}也只有约 ${duration(f.projectedMonths)}，还差约 ${duration(f.shortMonths)}。不补足的话，退休后还要继续交医保费才能用医保；可以继续按月缴，或一次性补足，请到医保窗口问清${ask}。`;
}

export function requiredYears(f: { required: number | null; male: number; female: number }): string {
  if (f.required !== null) return `${f.required} 年`;
  return f.male === f.female ? `${f.male} 年（男女相同）` : `男 ${f.male} 年、女 ${f.female} 年`;
}
