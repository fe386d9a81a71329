// Every cloud function by name. The local server dispatches through this table; the build bundles one
// folder per entry under cloudfunctions/.
import { evaluateHandler } from './evaluate/handler';
import { historyHandler } from './history/handler';
import type { Handler } from './platform/types';

export const handlers: Record<string, Handler> = {
  evaluate: evaluateHandler,
  history: historyHandler,
};
