// A small checker of JSON shapes for the Situation and the cloud functions' events: the part of zod this project
// used (string, number, boolean, enum, literal, array, object, optional, nullable, default, checks) at ~1 KB instead
// of zod/mini's ~20 KB in every function bundle (issue 21). It reports the first problem the way zod did
// (same path, code and expected type), so every Chinese message stays as it was (tests/unit/shape.test.ts).

/** One problem at a path: a wrong JSON type, a value outside an enum/literal, or a named check that failed. */
export interface Issue {
  path: PropertyKey[];
  code: 'invalid_type' | 'invalid_value' | 'custom';
  /** invalid_type: the JSON type wanted (string, number, boolean, array, object). */
  expected?: string;
  /** custom: the failed check's tag (e.g. 'MONTH'), '' when it has none. */
  message?: string;
}

/** A failed parse (a class, so `instanceof` tells it from any parsed value). */
export class Failure {
  constructor(readonly issue: Issue) {}
}

/** `path`: where the value is, one array for the whole parse (each level pushes its key and pops it after). */
type Parse<T> = (input: unknown, path: PropertyKey[]) => T | Failure;
export interface Shape<T> {
  parse: Parse<T>;
  /** Set on optional shapes: a missing key is allowed. */
  optional?: true;
}
export type Infer<S> = S extends Shape<infer T> ? T : never;

/** A check on a parsed value: a test and the tag its failure carries, or a rewrite (trim, normalise). */
export type Step<T> = { test: (value: T) => boolean; tag?: string } | { map: (value: T) => T };

// The path is copied only for a failure: a path array per parsed field was most of what validating allocated.
const fail = (path: PropertyKey[], code: Issue['code'], extra: Partial<Issue>) =>
  new Failure(Object.assign({ path: path.slice(), code }, extra));

function typed<T>(expected: string, is: (input: unknown) => boolean, steps: Step<T>[]): Shape<T> {
  return {
    parse(input, path) {
      if (!is(input)) return fail(path, 'invalid_type', { expected });
      let value = input as T;
      for (const step of steps) {
        if ('map' in step) value = step.map(value);
        else if (!step.test(value)) return fail(path, 'custom', { message: step.tag ?? '' });
      }
      return value;
    },
  };
}

export const string = (...steps: Step<string>[]) => typed('string', (v) => typeof v === 'string', steps);
/** A finite number (zod 4 refuses NaN and ±Infinity as not numbers). */
export const number = (...steps: Step<number>[]) => typed('number', Number.isFinite, steps);
export const boolean = () => typed<boolean>('boolean', (v) => typeof v === 'boolean', []);

/** One of the values (anything else, missing included, is `invalid_value`). */
export function oneOf<const V extends string>(values: readonly V[]): Shape<V> {
  return {
    parse: (input, path) =>
      (values as readonly unknown[]).includes(input) ? (input as V) : fail(path, 'invalid_value', {}),
  };
}

export function array<T>(item: Shape<T>, ...steps: Step<T[]>[]): Shape<T[]> {
  return {
    parse(input, path) {
      if (!Array.isArray(input)) return fail(path, 'invalid_type', { expected: 'array' });
      // Checks on the whole list (its length) come before its items: zod reports only "too many" then.
      for (const step of steps) {
        if ('test' in step && !step.test(input as T[])) return fail(path, 'custom', { message: step.tag ?? '' });
      }
      const out: T[] = [];
      for (let i = 0; i < input.length; i++) {
        path.push(i);
        const value = item.parse(input[i], path);
        path.pop();
        if (value instanceof Failure) return value;
        out.push(value);
      }
      return out;
    },
  };
}

type Props = Record<string, Shape<unknown>>;
type Optional<P extends Props> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
export type ObjectOf<P extends Props> = { [K in Exclude<keyof P, Optional<P>>]: Infer<P[K]> } & {
  [K in Optional<P>]?: Infer<P[K]>;
};

/** An object with these keys, in this order (the first problem is that of the first key); unknown keys dropped. */
export function object<P extends Props>(props: P): Shape<ObjectOf<P>> & { shape: P } {
  const keys = Object.keys(props);
  return {
    shape: props,
    parse(input, path) {
      if (input === null || typeof input !== 'object' || Array.isArray(input))
        return fail(path, 'invalid_type', { expected: 'object' });
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const given = (input as Record<string, unknown>)[key];
        path.push(key);
        const value = props[key].parse(given, path);
        path.pop();
        if (value instanceof Failure) return value;
        if (value !== undefined || key in input) out[key] = value;
      }
      return out as ObjectOf<P>;
    },
  };
}

export function optional<T>(shape: Shape<T>): Shape<T | undefined> & { optional: true } {
  return { optional: true, parse: (input, path) => (input === undefined ? undefined : shape.parse(input, path)) };
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return { parse: (input, path) => (input === null ? null : shape.parse(input, path)) };
}

/** `fallback` when the value is missing. */
export function withDefault<T>(shape: Shape<T>, fallback: T): Shape<T> & { optional: true } {
  return { optional: true, parse: (input, path) => (input === undefined ? fallback : shape.parse(input, path)) };
}

/** The parsed value, or the first problem. */
export function check<T>(shape: Shape<T>, input: unknown): { ok: true; data: T } | { ok: false; issue: Issue } {
  const value = shape.parse(input, []);
  return value instanceof Failure ? { ok: false, issue: value.issue } : { ok: true, data: value };
}

/** A path as a field name: `periods[0].from`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
