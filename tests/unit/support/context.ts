// A CloudContext over an in-memory store with a clock the test moves.
import type { CloudContext, OpenApi, Store } from '../../../functions/platform/types';
import { NedbStore } from '../../../local/nedb-store';

export interface TestWorld {
  store: Store;
  clock: { now: Date };
  /** The context of one caller (null = the timer: no user). */
  as(openid: string | null, openapi?: OpenApi): CloudContext;
  logs: string[];
}

export function testWorld(start: string, store: Store = new NedbStore()): TestWorld {
  const clock = { now: new Date(start) };
  const logs: string[] = [];
  return {
    store,
    clock,
    logs,
    as: (openid, openapi = { sendSubscribeMessage: async () => undefined }) => ({
      openid,
      store,
      openapi,
      now: () => new Date(clock.now.getTime()),
      log: (message, detail) =>
        logs.push(`${message} ${detail instanceof Error ? detail.message : JSON.stringify(detail)}`),
    }),
  };
}
