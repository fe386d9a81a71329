// The matching rules of ../shared/cases/README.md: dotted paths (with key selection inside options, items and
// actions, and the plan's limits and bridges) and the $-operators. Returns the list of mismatches, empty when the report matches.

const KEYED = new Set(['options', 'items', 'actions', 'limits', 'bridges']);

export function select(root: unknown, path: string): unknown {
  let value: unknown = root;
  let parent = '';
  for (const segment of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    if (Array.isArray(value) && KEYED.has(parent)) {
      value = value.find((el) => (el as { key?: string })?.key === segment);
    } else if (Array.isArray(value) && /^\d+$/.test(segment)) {
      value = value[Number(segment)];
    } else if (typeof value === 'object') {
      value = (value as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
    parent = segment;
  }
  return value;
}

function isOperator(expected: unknown): expected is Record<string, unknown> {
  return (
    typeof expected === 'object' &&
    expected !== null &&
    !Array.isArray(expected) &&
    Object.keys(expected).length === 1 &&
    Object.keys(expected)[0].startsWith('$')
  );
}

export function mismatches(actual: unknown, expected: unknown, where = ''): string[] {
  if (isOperator(expected)) {
    const [op, arg] = Object.entries(expected)[0];
    const fail = (what: string) => [`${where}: expected ${what}, got ${JSON.stringify(actual)}`];
    switch (op) {
      case '$absent':
        return actual === undefined || actual === null ? [] : fail('absent');
      case '$contains':
        return Array.isArray(actual) && actual.some((el) => mismatches(el, arg).length === 0)
          ? []
          : fail(`an element matching ${JSON.stringify(arg)}`);
      case '$gte':
        return typeof actual === 'number' && actual >= (arg as number) ? [] : fail(`>= ${arg}`);
      case '$lte':
        return typeof actual === 'number' && actual <= (arg as number) ? [] : fail(`<= ${arg}`);
      case '$in':
        return (arg as unknown[]).some((v) => mismatches(actual, v).length === 0)
          ? []
          : fail(`one of ${JSON.stringify(arg)}`);
      case '$startsWith':
        return typeof actual === 'string' && actual.startsWith(arg as string)
          ? []
          : fail(`a string starting with ${arg}`);
      case '$includes':
        return typeof actual === 'string' && actual.includes(arg as string) ? [] : fail(`a string including ${arg}`);
      case '$nonEmpty':
        return (typeof actual === 'string' || Array.isArray(actual)) && actual.length > 0 ? [] : fail('non-empty');
      default:
        throw new Error(`unknown operator ${op} at ${where}`);
    }
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((el, i) => mismatches(actual[i], el, `${where}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return [`${where}: expected an object, got ${JSON.stringify(actual)}`];
    }
    return Object.entries(expected).flatMap(([k, v]) =>
      mismatches((actual as Record<string, unknown>)[k], v, `${where}.${k}`),
    );
  }
  return actual === expected ? [] : [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function checkCase(report: unknown, expect: Record<string, unknown>): string[] {
  return Object.entries(expect).flatMap(([path, expected]) => mismatches(select(report, path), expected, path));
}
