import { cloudMain } from '../platform/entry';
import { evaluateHandler } from './handler';

export const main = cloudMain(evaluateHandler);
