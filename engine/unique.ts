// Distinct values in first-seen order (what `[...new Set(xs)]` gives): the engine dedupes its short source lists on
// every run, the planner's hypothetical runs included, and a Set per list was a share of what a plan allocated.
export const unique = <T>(xs: T[]): T[] => xs.filter((x, i) => xs.indexOf(x) === i);
