// dispatch: run by the timer trigger (cloudfunctions/dispatch/config.json) and by the local runtime's timer.
import { failure } from '../shared/errors';
import type { CloudContext } from '../platform/types';
import { purgeExpired } from './retention';
import { DISPATCH_DEFAULTS, dispatchDue, type DispatchOptions, timingFor } from './dispatcher';

/**
 * The options of this run: the time budget and lease from the invocation's real time limit when the platform
 * passes one (else the configured timeout, DISPATCH_DEFAULTS), and DISPATCH_CONCURRENCY (the function's
 * environment) lowers the sends in flight if a quota calls for it.
 */
export function dispatchOptionsFor(timeLimitMs?: number, env: NodeJS.ProcessEnv = process.env): DispatchOptions {
  const concurrency = Number(env.DISPATCH_CONCURRENCY);
  return Object.assign(
    {},
    DISPATCH_DEFAULTS,
    timeLimitMs !== undefined && timeLimitMs > 0 ? timingFor(timeLimitMs / 1000) : {},
    Number.isInteger(concurrency) && concurrency > 0 ? { concurrency } : {},
  );
}

export async function dispatchHandler(_event: unknown, ctx: CloudContext) {
  // A timer trigger has no user; every client call carries an openid. So no client can run the dispatcher.
  if (ctx.openid) return failure('FORBIDDEN', '该功能只能由系统定时运行');
  const summary = await dispatchDue(ctx, dispatchOptionsFor(ctx.timeLimitMs));
  // In the cloud every run logs its summary with the version its messages open, so a MINIPROGRAM_STATE left at
  // trial after the release shows in each run's log (weapp audit 3, W14). The local runtime (every 10 s, no
  // version) logs only the runs that did something.
  if (summary.claimed || summary.released || summary.miniprogramState) ctx.log('dispatch', summary);
  // The same timer keeps the promises of the privacy page: nothing is kept longer than RETENTION_DAYS says.
  const purged = await purgeExpired(ctx);
  return { ...summary, purged, purgedShares: purged.shares };
}
