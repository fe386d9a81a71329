// A Store that notes whether a call wrote anything, so the local server gives a new browser its cookie (and so
// an identity) only when something was stored for it.
import type { Collection, Doc, Store } from '../functions/platform/types';

export function trackWrites(store: Store): { store: Store; wrote(): boolean } {
  let wrote = false;
  const tracked: Store = {
    compact: store.compact?.bind(store),
    collection<T extends Doc = Doc>(name: string): Collection<T> {
      const inner = store.collection<T>(name);
      return {
        ...inner,
        insert: (doc) => {
          wrote = true;
          return inner.insert(doc);
        },
        update: async (query, set) => {
          const changed = await inner.update(query, set);
          if (changed) wrote = true;
          return changed;
        },
      };
    },
  };
  return { store: tracked, wrote: () => wrote };
}
