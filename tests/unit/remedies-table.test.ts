// The remedies table (engine/rules/remedies/table.ts) is the one list of remedies: each has a label and a hint on
// the phone, the alternatives it names are mutual, and each is reached by an own case. Adding a remedy without
// these fails here (README "Where a change goes").
import { OPTION_HINT, OPTION_NAME } from '../../client/src/utils/labels';
import { REMEDY_WORDS } from '../../engine/explain/words';
import { excludes, REMEDIES, REMEDY_KEYS } from '../../engine/rules/remedies/table';
import { loadCases, OWN_DIR } from '../cases';

it('every remedy has a name, a hint and a word for sentences', () => {
  for (const key of REMEDY_KEYS) {
    expect([key, OPTION_NAME[key]?.length > 0, OPTION_HINT[key]?.length > 0, REMEDY_WORDS[key]?.length > 0]).toEqual([
      key,
      true,
      true,
      true,
    ]);
  }
});

it('alternatives are mutual: a remedy that excludes another is excluded by it', () => {
  for (const r of REMEDIES)
    for (const other of r.excludes) expect([r.key, other, excludes(other, r.key)]).toEqual([r.key, other, true]);
});

it('every remedy is reached by an own case that checks it, and every leading remedy by one that recommends it', () => {
  const cases = loadCases(OWN_DIR);
  for (const r of REMEDIES) {
    const checked = cases.some((c) =>
      Object.keys(c.expect).some((p) => p === `options.${r.key}` || p.startsWith(`options.${r.key}.`)),
    );
    expect([r.key, checked]).toEqual([r.key, true]);
    if (!r.mayLead) continue;
    const led = cases.some((c) => c.expect['headline.option'] === r.key);
    expect([r.key, 'headline.option', led]).toEqual([r.key, 'headline.option', true]);
  }
});
