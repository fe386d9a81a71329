// A benefits date that holds only if the person pays today (issue 9 c2): the option says which payment day it
// assumes (`assumingPaidOn`) and what paying on the deadline gives instead (`benefitsFromAtDeadline`), checked
// against the engine itself asked again on the deadline day; sentences stating such a date say "今天"/"现在".
import { evaluate, isEvaluateError, type Option, type Report } from '../../engine';
import { day } from '../../engine/explain/format';
import { loadCases, OWN_DIR, sharedCasesDir } from '../cases';

const TODAY = '2026-11-23';
const DAY_MS = 24 * 60 * 60 * 1000;

function run(situation: object): Report | undefined {
  const r = evaluate(situation, { today: TODAY });
  return isEvaluateError(r) ? undefined : r;
}

const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Every situation of the cases, and the 武汉 job change of shared case 01 on every day from October to February. */
function situations(): { asOf: string }[] {
  const all = [...loadCases(sharedCasesDir()), ...loadCases(OWN_DIR)]
    .map((c) => c.situation as { asOf?: string })
    .filter((s) => typeof s === 'object' && s !== null)
    .map((s) => ({ ...s, asOf: s.asOf ?? TODAY }));
  const wuhan = {
    city: '武汉',
    hukou: 'local',
    gapReason: 'jobChange',
    periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
  };
  for (let d = '2026-10-01'; d <= '2027-02-28'; d = plusDays(d, 1)) all.push({ ...wuhan, asOf: d });
  return all;
}

const dated = (o: Option): o is Option & { benefitsFrom: string } =>
  (o.key === 'backPay' || o.key === 'flexible') && o.feasible === 'yes' && typeof o.benefitsFrom === 'string';

describe('benefits dates that depend on the payment day', () => {
  const reports = situations()
    .map((s) => ({ s, r: run(s) }))
    .filter((x): x is { s: { asOf: string }; r: Report } => x.r !== undefined);

  it('say the payment day they assume, and paying on the deadline gives benefitsFromAtDeadline', () => {
    let checked = 0;
    let assumed = 0;
    for (const { s, r } of reports) {
      for (const o of r.options.filter(dated)) {
        if (o.assumingPaidOn !== undefined) {
          expect(o.assumingPaidOn).toBe(s.asOf);
          assumed++;
        }
        if (!o.deadline || o.deadline <= s.asOf) continue;
        // The oracle: the same situation asked on the deadline day, paying that day.
        const later = run({ ...s, asOf: o.deadline })?.options.find((x) => x.key === o.key);
        if (!later || !dated(later) || later.deadline !== o.deadline) continue;
        checked++;
        const expected = o.assumingPaidOn === undefined ? o.benefitsFrom : (o.benefitsFromAtDeadline ?? o.benefitsFrom);
        expect({ situation: s, key: o.key, benefitsFrom: later.benefitsFrom }).toEqual({
          situation: s,
          key: o.key,
          benefitsFrom: expected,
        });
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(assumed).toBeGreaterThan(50);
  });

  it('are stated as "if paid today" wherever a sentence states them', () => {
    for (const { s, r } of reports) {
      const assumed = r.options.filter((o) => o.assumingPaidOn !== undefined && o.benefitsFrom);
      for (const o of assumed) {
        if (o.summary.includes(day(o.benefitsFrom!)))
          expect({ situation: s, summary: o.summary, today: /今天|现在/.test(o.summary) }).toMatchObject({
            today: true,
          });
      }
      // A headline about a wait already paid for states that wait's own date, not an option's.
      const fromWait = r.headline.key === 'waiting' || r.headline.key === 'coveredWaitingAhead';
      if (!fromWait && assumed.some((o) => r.headline.text.includes(day(o.benefitsFrom!))))
        expect({ situation: s, headline: r.headline }).toMatchObject({ headline: { assumingPaidOn: s.asOf } });
    }
  });
});
