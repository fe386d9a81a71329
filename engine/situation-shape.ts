// The shape of a Situation (../shared/contract.md): each field's JSON type, allowed values and bounds, checked by
// engine/shape.ts before anything else; validate.ts then checks what spans fields.
import * as s from './shape';
import { isDate, isMonth } from './time';

export const SCHEMES = ['employee', 'flexible', 'resident'] as const;
export const GAP_REASONS = ['employer', 'jobChange', 'personal'] as const;
export const CONCERNS = ['medical', 'pension', 'housing', 'hukou', 'school', 'maternity', 'car'] as const;
export const SPECIAL_GROUPS = ['newborn', 'lowIncome', 'student', 'disabled', 'elderlyLowIncome'] as const;
export const BRIDGES = ['none', 'flexible', 'resident'] as const;
/** Statutory retirement ages before 2025 (国发〔1978〕104号): women 50 or 55, men 60. */
export const ORIGINAL_RETIREMENT_AGES = [50, 55, 60] as const;

const month = s.string({ test: isMonth, tag: 'MONTH' });
const date = s.string({ test: isDate, tag: 'DATE' });

/** Invisible characters: controls, format characters (zero-width, bidi marks, BOM), line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
export const MAX_CITY_CHARS = 40;

/**
 * The city as typed, made comparable: NFKC (full-width letters and digits become ASCII, compatibility forms
 * their plain ones), invisible characters removed, outer spaces trimmed; its length counted in characters.
 */
const cityText = s.string(
  { map: (text) => text.normalize('NFKC').replace(INVISIBLE, '').trim() },
  { test: (text) => text.length >= 1, tag: 'REQUIRED' },
  { test: (text) => Array.from(text).length <= MAX_CITY_CHARS, tag: 'TOO_LONG' },
);

const periodShape = s.object({
  scheme: s.oneOf(SCHEMES),
  from: month,
  to: s.nullable(month),
  backPaid: s.optional(s.boolean()),
  paidOn: s.optional(date),
  paidOnEstimated: s.optional(s.boolean()),
});

export const situationShape = s.object({
  asOf: s.optional(date),
  city: cityText,
  hukou: s.optional(s.oneOf(['local', 'nonlocal'])),
  gender: s.optional(s.oneOf(['male', 'female'])),
  birth: s.optional(month),
  specialGroup: s.optional(s.oneOf(SPECIAL_GROUPS)),
  periods: s.array(periodShape, { test: (list) => list.length <= 120, tag: 'TOO_MANY' }),
  gapReason: s.optional(s.oneOf(GAP_REASONS)),
  concerns: s.optional(
    s.array(s.oneOf(CONCERNS), { test: (list) => list.length <= CONCERNS.length * 2, tag: 'TOO_MANY' }),
  ),
  plannedBirth: s.optional(month),
  monthlyBase: s.optional(
    s.number({ test: (n) => n > 0, tag: 'POSITIVE' }, { test: (n) => n <= 1_000_000, tag: 'TOO_BIG' }),
  ),
  originalRetirementAge: s.optional(
    s.number({ test: (n) => (ORIGINAL_RETIREMENT_AGES as readonly number[]).includes(n), tag: 'AGE' }),
  ),
  plan: s.optional(
    s.object({
      stopAfter: month,
      resumeFrom: s.nullable(month),
      bridge: s.oneOf(BRIDGES),
    }),
  ),
});
