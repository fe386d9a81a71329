// One way to run a handler, shared by the WeChat entry and the local server: an unexpected error becomes the
// contract's INTERNAL error (logged, never sent with a stack trace).
import type { CloudContext, Handler } from './types';

export const INTERNAL = { error: { code: 'INTERNAL', message: '系统暂时无法处理，请稍后再试' } } as const;

export async function invoke(handler: Handler, event: unknown, ctx: CloudContext): Promise<unknown> {
  try {
    return await handler(event, ctx);
  } catch (error) {
    ctx.log('cloud function failed', error);
    return INTERNAL;
  }
}
