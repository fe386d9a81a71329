// Turns a handler into a WeChat cloud function `main`.
import { invoke } from './invoke';
import type { Handler, OpenApi } from './types';
import { wxContext, type WxSdk } from './wx';

/** The invocation's time limit from the platform's context (CloudBase: time_limit_in_ms), if it gives a usable one. */
export function timeLimitOf(context: unknown): number | undefined {
  const ms = Number((context as { time_limit_in_ms?: unknown } | null | undefined)?.time_limit_in_ms);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/** `openapi`: only for the function that sends subscribe messages (dispatch, functions/platform/wx-openapi.ts). */
export function cloudMain(handler: Handler, openapi?: (cloud: WxSdk) => OpenApi) {
  return async (event: unknown, context?: unknown) =>
    invoke(handler, event, Object.assign(wxContext(openapi), { timeLimitMs: timeLimitOf(context) }));
}
