// A remedy's facts as the remedies card writes them: only from the option's fields (a past deadline is the
// engine's deadlinePassed, a benefits time without a date its benefitsWhen); the client compares no dates.
import { benefitsText, deadlineText, waitText } from '../../client/src/utils/option-facts';
import type { Option } from '../../client/src/types/contract';

const option = (fields: Partial<Option>) =>
  Object.assign({ key: 'backPay', feasible: 'yes', summary: '', sources: [] }, fields) as Option;

describe('option facts', () => {
  it("a closed gap an employer may still back-pay: the rule's deadline is said to have passed, with whom to ask", () => {
    const closed = option({ feasible: 'depends', who: 'employer', deadline: null, deadlinePassed: '2026-12-31' });
    expect(deadlineText(closed)).toBe('2026年12月31日已过（单位还能不能补缴，请问单位）');
  });

  it('a deadline ahead is its date, whatever day it is; without one, 越早越好', () => {
    expect(deadlineText(option({ deadline: '2027-01-31' }))).toBe('2027年1月31日');
    expect(deadlineText(option({ deadline: null, waitingMonths: 0 }))).toBe('越早越好');
  });

  it("an employer's option without a benefits date says when benefits run, as the engine's benefitsWhen says", () => {
    const employer = (benefitsWhen: Option['benefitsWhen']) =>
      benefitsText(option({ who: 'employer', benefitsFrom: null, benefitsWhen }));
    expect(employer('now')).toBe('现在照常报销');
    expect(employer('onPayment')).toBe('单位的钱到账后恢复');
    expect(employer('monthAfterPayment')).toBe('单位补齐欠费的次月起恢复');
    expect(employer(undefined)).toBe('要问当地');
  });

  it('a wait that pays a share says so (copy review 3 N13); a wait that pays nothing is only its length', () => {
    expect(waitText(option({ waitingMonths: 3, waitingRate: 0.5 }))).toBe('3 个月（期间按 50% 报销）');
    expect(waitText(option({ waitingMonths: 3 }))).toBe('3 个月');
  });

  it('dates counted from an estimated payment day carry 约 (copy review H14)', () => {
    const repair = option({ key: 'repair', deadline: '2026-08-14', benefitsFrom: '2026-06-15', estimated: true });
    expect(benefitsText(repair)).toBe('约2026年6月15日');
    expect(deadlineText(repair)).toBe('约2026年8月14日');
    expect(benefitsText(option({ benefitsFrom: '2026-06-15' }))).toBe('2026年6月15日');
  });
});
