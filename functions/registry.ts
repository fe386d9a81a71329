// Every cloud function by name. The local server dispatches through this table; the build bundles one
// folder per entry under cloudfunctions/.
import { accountHandler } from './account/handler';
import { dispatchHandler } from './dispatch/handler';
import { evaluateHandler } from './evaluate/handler';
import { historyHandler } from './history/handler';
import type { Handler } from './platform/types';
import { remindersHandler } from './reminders/handler';
import { shareHandler } from './share/handler';

export const handlers: Record<string, Handler> = {
  evaluate: evaluateHandler,
  history: historyHandler,
  reminders: remindersHandler,
  share: shareHandler,
  dispatch: dispatchHandler,
  account: accountHandler,
};
