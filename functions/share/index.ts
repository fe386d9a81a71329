import { cloudMain } from '../platform/entry';
import { shareHandler } from './handler';

export const main = cloudMain(shareHandler);
