// Labels for contract codes: costs carry their unit, the rules level says when parts are estimated, reminders
// read the same everywhere, and no label uses a term the glossary replaced.
import * as labels from '../../client/src/utils/labels';
import { costText, label, rulesLevelText } from '../../client/src/utils/labels';
import { leadLabel, leadTimes } from '../../client/src/utils/reminders';
import type { Option } from '../../client/src/types/contract';

const option = (key: Option['key'], amount: number, lateFee = 0, per?: 'month' | 'year') =>
  ({ key, feasible: 'yes', cost: { amount, lateFee, basis: '', per }, summary: '', sources: [] }) as unknown as Option;

describe('labels', () => {
  it("a cost says whether it is a total, per month or per year, as the engine's cost.per says", () => {
    expect(costText(option('backPay', 1770))).toBe('共约 1770 元');
    expect(costText(option('backPay', 1800.5, 12.25))).toBe('共约 1800.50 元（含滞纳金 12.25 元）');
    expect(costText(option('flexible', 400, 0, 'month'))).toBe('约 400 元/月');
    expect(costText(option('resident', 400, 0, 'year'))).toBe('约 400 元/年');
    expect(costText({ ...option('resident', 0), cost: undefined } as Option)).toBe('按当地标准');
  });

  it('city rules with notices say that some parts are estimated', () => {
    const region = { name: '武汉市', adcode: '420100', rulesLevel: 'city' as const };
    expect(rulesLevelText({ region, notices: [] })).toBe('按本市规定计算');
    expect(rulesLevelText({ region, notices: ['…'] })).toMatch(/部分按国家规定估算/);
    expect(rulesLevelText({ region: { ...region, rulesLevel: 'national' }, notices: ['…'] })).toMatch(/国家/);
  });

  it('an unknown code is shown as is rather than as nothing', () => {
    expect(label(labels.OUTCOME, 'kept')).toBe('不清零');
    expect(label(labels.OUTCOME, 'somethingNew')).toBe('somethingNew');
  });

  it('reminder lead times: 7 and 1 days ahead when there is time, else the day itself', () => {
    expect(leadTimes('2026-12-31', '2026-12-01')).toEqual([7, 1]);
    expect(leadTimes('2026-12-31', '2026-12-28')).toEqual([1]);
    expect(leadTimes('2026-12-31', '2026-12-31')).toEqual([0]);
    expect(leadTimes('2026-12-31', '2027-01-01')).toEqual([]);
    expect([leadLabel(7), leadLabel(0)]).toEqual(['提前 7 天', '当天']);
  });

  it('no label uses a term the glossary replaced', () => {
    const texts: string[] = Object.values(labels)
      .filter((v) => typeof v === 'object' && v !== null)
      .flatMap((v) =>
        Array.isArray(v)
          ? v.map((x: string | { label: string }) => (typeof x === 'string' ? x : x.label))
          : Object.values(v as Record<string, string>),
      );
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) expect(t).not.toMatch(/补交|断保|停保|享受|走医保|待遇等待期|交费年限|经办机构/);
  });
});
