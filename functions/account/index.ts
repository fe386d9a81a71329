import { cloudMain } from '../platform/entry';
import { accountHandler } from './handler';

export const main = cloudMain(accountHandler);
