// A map from month index to a value, stored as a dense array: the engine's month maps (the paid months of a history,
// the cover of each month) are built for every month of every run, the planner's hypothetical runs included, and a
// hash map per run was the largest share of what a plan allocated. Keys iterate in ascending month order.
import type { MonthIndex } from './time';

export class MonthTable<V> {
  private slots: (V | undefined)[];
  private base: MonthIndex;
  private count = 0;

  /** `from`–`to`: the months expected (the table still takes any month; knowing them spares regrowing). */
  constructor(from?: MonthIndex, to?: MonthIndex) {
    const known = from !== undefined && to !== undefined && to >= from;
    this.base = known ? from : 0;
    this.slots = known ? new Array<V | undefined>(to - from + 1).fill(undefined) : [];
  }

  /** How many months hold a value. */
  get size(): number {
    return this.count;
  }

  get(month: MonthIndex): V | undefined {
    const i = month - this.base;
    return i >= 0 && i < this.slots.length ? this.slots[i] : undefined;
  }

  has(month: MonthIndex): boolean {
    return this.get(month) !== undefined;
  }

  set(month: MonthIndex, value: V): this {
    if (this.slots.length === 0) this.base = month;
    else if (month < this.base) {
      this.slots = [...new Array<V | undefined>(this.base - month), ...this.slots];
      this.base = month;
    }
    const i = month - this.base;
    // Fill the months skipped on the way as explicit holes: the array stays packed (no dictionary mode).
    while (this.slots.length < i) this.slots.push(undefined);
    if (this.slots[i] === undefined) this.count++;
    this.slots[i] = value;
    return this;
  }

  /** The earliest month with a value. */
  first(): MonthIndex | undefined {
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== undefined) return this.base + i;
    return undefined;
  }

  /** The latest month with a value. */
  last(): MonthIndex | undefined {
    for (let i = this.slots.length - 1; i >= 0; i--) if (this.slots[i] !== undefined) return this.base + i;
    return undefined;
  }

  forEach(fn: (value: V, month: MonthIndex) => void): void {
    for (let i = 0; i < this.slots.length; i++) {
      const v = this.slots[i];
      if (v !== undefined) fn(v, this.base + i);
    }
  }

  /** The first month (ascending) whose value passes `test`, or undefined. */
  find(test: (value: V, month: MonthIndex) => boolean): MonthIndex | undefined {
    for (let i = 0; i < this.slots.length; i++) {
      const v = this.slots[i];
      if (v !== undefined && test(v, this.base + i)) return this.base + i;
    }
    return undefined;
  }

  /** The months with a value, ascending. */
  keys(): MonthIndex[] {
    const out: MonthIndex[] = [];
    this.forEach((_, m) => out.push(m));
    return out;
  }
}
