// Turns a handler into a WeChat cloud function `main`.
import { invoke } from './invoke';
import type { Handler } from './types';
import { wxContext } from './wx';

export function cloudMain(handler: Handler) {
  return async (event: unknown) => invoke(handler, event, wxContext());
}
