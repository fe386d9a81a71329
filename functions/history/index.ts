import { cloudMain } from '../platform/entry';
import { historyHandler } from './handler';

export const main = cloudMain(historyHandler);
