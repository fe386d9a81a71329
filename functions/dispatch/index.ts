import { cloudMain } from '../platform/entry';
import { dispatchHandler } from './handler';

export const main = cloudMain(dispatchHandler);
