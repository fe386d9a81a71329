import { cloudMain } from '../platform/entry';
import { wxOpenApi } from '../platform/wx-openapi';
import { dispatchHandler } from './handler';

export const main = cloudMain(dispatchHandler, wxOpenApi);
