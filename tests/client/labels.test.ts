// Labels for contract codes: costs carry their unit, the rules level never names whose rules stood in, reminders
// read the same everywhere, a missing price is never dressed up as one, and no label uses a term the glossary
// replaced.
import * as labels from '../../client/src/utils/labels';
import { costText, costWithText, label, rulesLevelText, statusText } from '../../client/src/utils/labels';
import { leadLabel, leadTimes } from '../../client/src/utils/reminders';
import type { Option } from '../../client/src/types/contract';

const option = (key: Option['key'], amount: number, lateFee = 0, per?: 'month' | 'year') =>
  ({ key, feasible: 'yes', cost: { amount, lateFee, basis: '', per }, summary: '', sources: [] }) as unknown as Option;

describe('labels', () => {
  it("灵活就业 that back-pays the gap first (the engine's alsoPays) says so with both prices (copy review 3 N37)", () => {
    const backPay = option('backPay', 960);
    const flexible = Object.assign(option('flexible', 480, 0, 'month'), { alsoPays: 'backPay' }) as Option;
    expect(costWithText(flexible, [backPay, flexible])).toBe('先补缴断缴的月份（共约 960 元），以后每月约 480 元');
    // without the field, or without the back-pay's price, the card shows its own price only
    expect(costWithText(option('flexible', 480, 0, 'month'), [backPay])).toBe('约 480 元/月');
    expect(
      costWithText(
        flexible,
        [option('backPay', 0)].map((o) => ({ ...o, cost: undefined })),
      ),
    ).toBe('约 480 元/月');
  });

  it('the status of a wait that pays a share says the share, not 不能报销 (copy review 3 N13)', () => {
    const waiting = (rate?: number) => ({ months: 3, benefitsFrom: '2026-12-01', ...(rate ? { rate } : {}) });
    expect(statusText({ status: 'waiting', waiting: waiting(0.5) })).toBe('在等待期，按 50% 报销');
    expect(statusText({ status: 'waiting', waiting: waiting() })).toBe('在等待期，暂时不能报销');
    expect(statusText({ status: 'covered', waiting: null })).toBe('正在保障，看病能报销');
  });

  it("a cost says whether it is a total, per month or per year, as the engine's cost.per says", () => {
    expect(costText(option('backPay', 1770))).toBe('共约 1770 元');
    expect(costText(option('backPay', 1800.5, 12.25))).toBe('本金约 1800.50 元 + 滞纳金 12.25 元');
    expect(costText(option('flexible', 400, 0, 'month'))).toBe('约 400 元/月');
    expect(costText(option('resident', 400, 0, 'year'))).toBe('约 400 元/年');
  });

  it('an option without a price says so (issue 11): 暂无价格 beside the reason, and 金额问单位 for an employer', () => {
    const unpriced = (o: Partial<Option>) => ({ ...option('backPay', 0), cost: undefined, ...o }) as Option;
    const why = '当地医保费率没有收录，价格未知。';
    expect(costText(unpriced({ costUnknown: why }))).toBe('暂无价格');
    expect(costText(unpriced({ key: 'flexible', costUnknown: why }))).toBe('暂无价格');
    // A closed gap an employer may still back-pay (feasible depends, who employer): the amount is the employer's.
    expect(costText(unpriced({ feasible: 'depends', who: 'employer' }))).toBe('金额问单位');
    // An employer's arrears the engine cannot price: it says why, as for the person's own remedies.
    expect(costText(unpriced({ who: 'employer', costUnknown: why }))).toBe('暂无价格');
    // Never a price-sounding fallback the engine did not state.
    for (const o of [unpriced({}), unpriced({ key: 'resident' }), unpriced({ who: 'office' })])
      expect(costText(o)).not.toMatch(/按当地标准|元/);
  });

  it("city rules with notices say 主要 and leave whose rules stood in to the engine's notice", () => {
    const region = { name: '厦门市', adcode: '350200', rulesLevel: 'city' as const };
    expect(rulesLevelText({ region, notices: [] })).toBe('按本市规定计算');
    // 厦门 falls back to 福建省's rules (the engine's notice, case fj03), not the national ones.
    const fallback =
      '厦门市还没有收录本地的断缴补缴规定，按福建省规定估算。请打 12393（医保服务热线）或问厦门市医保局核实。';
    expect(rulesLevelText({ region, notices: [fallback] })).toBe('主要按本市规定计算');
    expect(rulesLevelText({ region: { ...region, rulesLevel: 'national' }, notices: ['…'] })).toMatch(/国家/);
  });

  it("only a province given (the engine's provinceOnly): says so, never 本市的断缴规定还没有收录", () => {
    const fujian = { name: '福建省', adcode: '350000', rulesLevel: 'province' as const, provinceOnly: true as const };
    expect(rulesLevelText({ region: fujian, notices: ['…'] })).toBe('只填了省份，按省里的规定估算');
    expect(rulesLevelText({ region: { ...fujian, rulesLevel: 'national' }, notices: [] })).toBe(
      '只填了省份，本省的断缴规定还没有收录，按国家的规定估算',
    );
    // A city falling back to its province's rules still says the city's were not found.
    const xiamen = { name: '厦门市', adcode: '350200', rulesLevel: 'province' as const };
    expect(rulesLevelText({ region: xiamen, notices: [] })).toBe('本市的断缴规定还没有收录，按省里的规定估算');
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
