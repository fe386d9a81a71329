// engine/shape.ts replaced zod/mini in the engine and the functions (issue 21: ~20 KB per bundle). These tests
// hold it to zod's behaviour where the messages depend on it: for any input, the Situation's first problem has
// the same path and the same Chinese message as zod's schema gave, and a valid input parses to the same data.
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as s from '../../engine/shape';
import { situationShape } from '../../engine/situation-shape';
import { messageFor } from '../../engine/validate-messages';
import { isDate, isMonth } from '../../engine/time';

// The schema as it was written with zod/mini (engine/validate.ts before the change), the reference.
const month = z.string().check(z.refine(isMonth, { message: 'MONTH' }));
const date = z.string().check(z.refine(isDate, { message: 'DATE' }));
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const zodSituation = z.object({
  asOf: z.optional(date),
  city: z.string().check(
    z.overwrite((text) => text.normalize('NFKC').replace(INVISIBLE, '').trim()),
    z.minLength(1, { message: 'REQUIRED' }),
    z.refine((text) => Array.from(text).length <= 40, { message: 'TOO_LONG' }),
  ),
  hukou: z.optional(z.enum(['local', 'nonlocal'])),
  gender: z.optional(z.enum(['male', 'female'])),
  birth: z.optional(month),
  specialGroup: z.optional(z.enum(['newborn', 'lowIncome', 'student', 'disabled', 'elderlyLowIncome'])),
  periods: z
    .array(
      z.object({
        scheme: z.enum(['employee', 'flexible', 'resident']),
        from: month,
        to: z.nullable(month),
        backPaid: z.optional(z.boolean()),
        paidOn: z.optional(date),
        paidOnEstimated: z.optional(z.boolean()),
      }),
    )
    .check(z.maxLength(120, { message: 'TOO_MANY' })),
  gapReason: z.optional(z.enum(['employer', 'jobChange', 'personal'])),
  concerns: z.optional(
    z
      .array(z.enum(['medical', 'pension', 'housing', 'hukou', 'school', 'maternity', 'car']))
      .check(z.maxLength(14, { message: 'TOO_MANY' })),
  ),
  plannedBirth: z.optional(month),
  monthlyBase: z.optional(
    z.number().check(z.positive({ message: 'POSITIVE' }), z.maximum(1_000_000, { message: 'TOO_BIG' })),
  ),
  originalRetirementAge: z.optional(z.number().check(z.refine((n) => [50, 55, 60].includes(n), { message: 'AGE' }))),
  plan: z.optional(
    z.object({ stopAfter: month, resumeFrom: z.nullable(month), bridge: z.enum(['none', 'flexible', 'resident']) }),
  ),
});

/** What a caller sees of a parse: the data, or the field and its Chinese message. */
function viaZod(input: unknown) {
  const parsed = zodSituation.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0] as unknown as s.Issue;
  return { field: s.formatPath(issue.path), message: messageFor(issue, input) };
}
function viaShape(input: unknown) {
  const parsed = s.check(situationShape, input);
  if (parsed.ok) return { data: parsed.data };
  return { field: s.formatPath(parsed.issue.path), message: messageFor(parsed.issue, input) };
}

/** Any JSON-ish value, weighted towards the wrong types a client could send. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1.5, 50, 55, 60, 1_000_001, NaN, Infinity, -Infinity),
  fc.constantFrom('', ' ', '2024-07', '2024-13', '2024-07-01', '2024-02-30', 'employee', 'resident', 'x'),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: arb }, { weight: 1, arbitrary: junk });
const monthArb = fc.constantFrom('2020-01', '2023-12', '2024-07', '2026-11');
const periodArb = fc.record(
  {
    scheme: maybe(fc.constantFrom('employee', 'flexible', 'resident')),
    from: maybe(monthArb),
    to: maybe(fc.option(monthArb, { nil: null })),
    backPaid: maybe(fc.boolean()),
    paidOn: maybe(fc.constantFrom('2024-07-01', '2025-02-28')),
    paidOnEstimated: maybe(fc.oneof(fc.boolean(), fc.constant('yes'))),
  },
  { requiredKeys: [] },
);
const situationArb = fc.record(
  {
    asOf: maybe(fc.constantFrom('2026-11-23', '2024-02-29')),
    city: maybe(
      fc.constantFrom('武汉', '武汉', '武汉', ' 上海 ', '\u200b', 'ＡＢＣ', '很'.repeat(41), '很'.repeat(40)),
    ),
    hukou: maybe(fc.constantFrom('local', 'nonlocal')),
    gender: maybe(fc.constantFrom('male', 'female')),
    birth: maybe(monthArb),
    specialGroup: maybe(fc.constantFrom('newborn', 'student')),
    periods: maybe(fc.array(maybe(periodArb), { maxLength: 4 })),
    gapReason: maybe(fc.constantFrom('employer', 'personal')),
    concerns: maybe(fc.array(maybe(fc.constantFrom('medical', 'car')), { minLength: 10, maxLength: 16 })),
    plannedBirth: maybe(monthArb),
    monthlyBase: maybe(fc.constantFrom(1, 6000, 1_000_000)),
    originalRetirementAge: maybe(fc.constantFrom(50, 55, 60)),
    plan: maybe(
      fc.record(
        { stopAfter: maybe(monthArb), resumeFrom: maybe(fc.option(monthArb, { nil: null })), bridge: junk },
        { requiredKeys: [] },
      ),
    ),
    extra: fc.constant('dropped'),
  },
  { requiredKeys: [] },
);

describe('engine/shape against zod/mini (the Situation)', () => {
  it('any input: the same first field and Chinese message, or the same parsed data', () => {
    fc.assert(
      fc.property(situationArb, (input) => {
        expect(viaShape(input)).toEqual(viaZod(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('examples: over 120 periods is "too many" even with a bad one among them; a bad one within 120 is named', () => {
    const good = { scheme: 'employee', from: '2024-01', to: '2024-01' };
    for (const periods of [
      [...Array(130).fill(good), { scheme: 'x' }],
      Array(121).fill(good),
      [good, { scheme: 'x' }],
    ]) {
      const input = { city: '武汉', periods };
      expect(viaShape(input)).toEqual(viaZod(input));
    }
    expect(viaShape({ city: '武汉', periods: Array(121).fill(good) })).toMatchObject({
      message: '缴费记录最多填写 120 段',
    });
  });

  it('unknown keys are dropped, a missing optional key stays missing, the city is normalised', () => {
    const parsed = s.check(situationShape, { city: ' 武汉\u200b ', periods: [], openid: 'x' });
    expect(parsed).toEqual({ ok: true, data: { city: '武汉', periods: [] } });
  });
});

describe('engine/shape: the smaller pieces the functions use', () => {
  it('withDefault fills a missing value; oneOf refuses anything else with invalid_value', () => {
    const action = s.object({ action: s.withDefault(s.oneOf(['list', 'clear']), 'list') });
    expect(s.check(action, {})).toEqual({ ok: true, data: { action: 'list' } });
    expect(s.check(action, { action: 'x' })).toEqual({ ok: false, issue: { path: ['action'], code: 'invalid_value' } });
  });

  it('string steps run in order: a rewrite, then the first failing test names its tag', () => {
    const word = s.string({ map: (t) => t.trim() }, { test: (t) => t.length > 0, tag: 'EMPTY' }, { test: () => false });
    expect(s.check(word, '  ')).toEqual({ ok: false, issue: { path: [], code: 'custom', message: 'EMPTY' } });
    expect(s.check(word, ' a ')).toEqual({ ok: false, issue: { path: [], code: 'custom', message: '' } });
    expect(s.check(s.number(), Infinity)).toMatchObject({ ok: false, issue: { expected: 'number' } });
  });
});
