// The local stand-in for WeChat's subscribeMessage.send: messages land in the `outbox` collection and the log,
// so the reminder flow can be watched in the browser without reaching WeChat.
import { randomUUID } from 'node:crypto';
import type { OpenApi, Store, SubscribeMessage } from '../functions/platform/types';

import { OUTBOX } from '../functions/shared/collections';

export { OUTBOX };

export function localOutbox(store: Store, now: () => Date, log: (line: string) => void): OpenApi {
  return {
    async sendSubscribeMessage(message: SubscribeMessage) {
      await store.collection(OUTBOX).insert({ _id: randomUUID(), sentAt: now().toISOString(), ...message });
      // The field keys only: their values are the user's own reminder text (P78).
      log(
        `[outbox] to ${message.touser} template ${message.templateId}: fields ${Object.keys(message.data).join(',')}`,
      );
    },
  };
}
