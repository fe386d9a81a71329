// The planner's hypothetical runs are quiet (decideFacts with a skip set: ItemContext.quiet, no recommendation): they
// build no sentences nobody reads. Quiet must change nothing but the summaries: the same picture, options and items
// (apart from `summary`) as a full decision, on every case's situation and on the planner's own hypotheticals.
import { policyTables, regionOf } from '../../engine';
import type { Item } from '../../engine/contract';
import { decide, decideFacts } from '../../engine/decide';
import { Planner } from '../../engine/plan/planner';
import type { Fill } from '../../engine/plan/history';
import type { ResolvedRegion } from '../../engine/policy/regions';
import { explain } from '../../engine/report';
import { formatMonth, monthOfDate } from '../../engine/time';
import { validateSituation } from '../../engine/validate';
import { CASES_TODAY } from '../case-levels';
import { loadCases, OWN_DIR, sharedCasesDir } from '../cases';

type Dated = Parameters<typeof decideFacts>[2];

const withoutSummary = (items: Item[]) => items.map((i) => Object.assign({}, i, { summary: undefined }));

/** What a quiet run and a full one must agree on, as JSON (undefined fields dropped). */
function facts(region: ResolvedRegion, s: Dated, quiet: boolean) {
  const f = decideFacts(policyTables, region, s, quiet ? new Set() : undefined);
  const { holeMonths, waiting, interruptions, status } = f.picture;
  return JSON.stringify({
    picture: { holeMonths, waiting, interruptions, status },
    options: f.options,
    medical: f.report.medical,
    items: withoutSummary(f.report.items),
  });
}

const valid = [...loadCases(sharedCasesDir()), ...loadCases(OWN_DIR)].flatMap((c) => {
  const v = validateSituation(c.situation, CASES_TODAY);
  if (!v.ok) return [];
  const region = regionOf(policyTables, v.situation.city);
  return 'error' in region ? [] : [{ file: c.file, s: v.situation, region }];
});

it('a quiet decision has the facts of a full one on every case', () => {
  expect(valid.length).toBeGreaterThan(300);
  const differ = valid.filter(({ s, region }) => facts(region, s, true) !== facts(region, s, false));
  expect(differ.map((d) => d.file)).toEqual([]);
});

it("a quiet decision has the facts of a full one on the planner's hypotheticals (every fill, resumes 1–8 months on)", () => {
  let compared = 0;
  const differ: string[] = [];
  for (const { file, s, region } of valid) {
    const stop = monthOfDate(s.asOf) + 1;
    const plan = { stopAfter: formatMonth(stop), resumeFrom: null, bridge: 'none' as const };
    const situation = Object.assign({}, s, { plan, concerns: ['medical', 'housing', 'hukou', 'car', 'maternity'] });
    const today = explain(policyTables, region, situation, decide(policyTables, region, situation));
    const planner = new Planner({ tables: policyTables, region, situation, plan, today });
    planner.concerns = situation.concerns as Planner['h']['concerns'];
    for (const fill of ['backPay', 'flexible', 'resident'] as Fill[])
      for (let r = stop + 2; r <= stop + 8; r += 3) {
        const h = planner.situationAt(r, fill);
        compared++;
        if (facts(region, h, true) !== facts(region, h, false)) differ.push(`${file} ${fill} ${formatMonth(r)}`);
      }
  }
  expect(compared).toBeGreaterThan(1000);
  expect(differ).toEqual([]);
});
