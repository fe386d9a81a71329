// The one-line answer at the top of the result ("医保已暂停，10月31日前补缴可无缝恢复") and its tone.
import type { Option, Report } from '../types/contract';
import { fmtDate, fmtShortDate } from './dates';

export type Tone = 'good' | 'warn' | 'bad';

export interface Headline {
  text: string;
  detail: string;
  tone: Tone;
}

function feasibleNow(o: Option, asOf: string): boolean {
  return o.feasible === 'yes' && (!o.deadline || o.deadline >= asOf);
}

/** The open remedy that restores benefits soonest. */
export function bestOption(report: Report): Option | null {
  const open = (report.options ?? []).filter((o) => feasibleNow(o, report.asOf) && o.benefitsFrom);
  open.sort((a, b) => (a.benefitsFrom! < b.benefitsFrom! ? -1 : a.benefitsFrom! > b.benefitsFrom! ? 1 : 0));
  return open[0] ?? null;
}

export function headlineOf(report: Report): Headline {
  const { medical, asOf } = report;
  const holes = medical.holeMonths ?? [];
  const backPay = (report.options ?? []).find((o) => o.key === 'backPay' && feasibleNow(o, asOf));
  const waitingAhead = medical.waiting && medical.waiting.benefitsFrom > asOf ? medical.waiting : null;
  const best = bestOption(report);

  switch (medical.status) {
    case 'suspended':
      if (backPay && backPay.deadline) {
        return {
          text: `医保已暂停，${fmtShortDate(backPay.deadline, asOf)}前补缴可无缝恢复`,
          detail: backPay.retroactive
            ? '补缴后，断缴这几个月看病的钱也能按规定报销。'
            : '补缴后连续参保时间能接上，但断缴期间看病的钱不能报销。',
          tone: 'warn',
        };
      }
      if (waitingAhead) {
        return {
          text: `医保已暂停，${fmtDate(waitingAhead.benefitsFrom)}起才能报销`,
          detail: `已经交了，但要过了等待期（缴费后要等一段时间才能报销），共 ${waitingAhead.months} 个月。`,
          tone: 'bad',
        };
      }
      if (best && best.benefitsFrom) {
        return {
          text: `医保已暂停，现在重新参保最早${fmtDate(best.benefitsFrom)}起能报销`,
          detail: '断缴期间看病的钱不能报销，越早参保越早恢复。',
          tone: 'bad',
        };
      }
      return { text: '医保已暂停，看病暂时不能报销', detail: '请尽快按下面的办法重新参保。', tone: 'bad' };
    case 'waiting':
      return {
        text: `医保在等待期，${fmtDate(medical.waiting?.benefitsFrom ?? asOf)}起才能报销`,
        detail: '等待期：缴费后要等一段时间才能报销，这期间看病要自己付钱。',
        tone: 'warn',
      };
    case 'covered':
      if (waitingAhead) {
        return {
          text: `医保正常，之后有等待期，${fmtDate(waitingAhead.benefitsFrom)}起才能报销`,
          detail: '等待期：缴费后要等一段时间才能报销。',
          tone: 'warn',
        };
      }
      if (holes.length > 0) {
        return {
          text: `医保现在正常，但有 ${holes.length} 个月看病不能报销`,
          detail: '这些月份发生的医药费不能走医保，见下面的图。',
          tone: 'warn',
        };
      }
      return { text: '医保正常，没有断缴', detail: '看病可以正常报销。', tone: 'good' };
    case 'none':
    default:
      if (best && best.benefitsFrom) {
        return {
          text: `目前没有医保，现在参保最早${fmtDate(best.benefitsFrom)}起能报销`,
          detail: '没有医保期间看病要自己付全部费用。',
          tone: 'bad',
        };
      }
      return { text: '目前没有医保', detail: '没有医保期间看病要自己付全部费用。', tone: 'bad' };
  }
}
