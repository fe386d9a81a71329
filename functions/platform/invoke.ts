// One way to run a handler, shared by the WeChat entry and the local server: an unexpected error becomes the
// contract's INTERNAL error (logged, never sent with a stack trace).
import { INTERNAL_MESSAGE } from '../../engine/explain/errors';
import type { CloudContext, Handler } from './types';

export const INTERNAL = { error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } } as const;

export async function invoke(handler: Handler, event: unknown, ctx: CloudContext): Promise<unknown> {
  try {
    return await handler(event, ctx);
  } catch (error) {
    ctx.log('cloud function failed', error);
    return INTERNAL;
  }
}
