// Test-only stand-ins for WeChat's subscribeMessage.send. Production code never sees these: errors are
// simulated here, not by a hook in the local outbox.
import { appendFileSync } from 'node:fs';
import type { OpenApi, SubscribeMessage } from '../../../functions/platform/types';
import { REMINDER_FIELDS } from '../../../functions/reminders/template';

/** An error shaped like the ones wx-server-sdk throws for openapi calls. */
export function wxError(errCode: number, errMsg = `openapi.subscribeMessage.send:fail ${errCode}`) {
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

export interface FakeOpenApiOptions {
  /** Simulated network time of each send. */
  latencyMs?: number;
  /** Decides a send's fate: an error to throw, or undefined to deliver. Called once per send. */
  failWith?: (message: SubscribeMessage) => Error | undefined;
  /** Appends one line per delivered message, synchronously (it survives a SIGKILL right after). */
  sendLog?: string;
}

export interface FakeOpenApi extends OpenApi {
  delivered: SubscribeMessage[];
  attempts: number;
}

export function fakeOpenApi(options: FakeOpenApiOptions = {}): FakeOpenApi {
  const api: FakeOpenApi = {
    delivered: [],
    attempts: 0,
    async sendSubscribeMessage(message) {
      api.attempts++;
      if (options.latencyMs) await new Promise((ok) => setTimeout(ok, options.latencyMs));
      const error = options.failWith?.(message);
      if (error) throw error;
      if (options.sendLog) appendFileSync(options.sendLog, `${titleOf(message)}\n`);
      api.delivered.push(message);
    },
  };
  return api;
}

/** The (shortened) title a message carries: tests name reminders by title. */
export function titleOf(message: SubscribeMessage): string {
  return message.data[REMINDER_FIELDS.title].value;
}
