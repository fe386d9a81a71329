// Turns a handler into a WeChat cloud function `main`.
import { invoke } from './invoke';
import type { Handler } from './types';
import { wxContext } from './wx';

/** The invocation's time limit from the platform's context (CloudBase: time_limit_in_ms), if it gives a usable one. */
export function timeLimitOf(context: unknown): number | undefined {
  const ms = Number((context as { time_limit_in_ms?: unknown } | null | undefined)?.time_limit_in_ms);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

export function cloudMain(handler: Handler) {
  return async (event: unknown, context?: unknown) =>
    invoke(handler, event, Object.assign(wxContext(), { timeLimitMs: timeLimitOf(context) }));
}
