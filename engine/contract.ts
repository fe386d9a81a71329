// Types of the evaluate contract (../shared/contract.md, v2 = v1 plus its "v2 additions"). Fields may be added, never
// renamed or dropped.
// The types live in three files by concept: the Situation, the remedies (options, items, actions, sources), and
// the Report around them; this module is the one importers use.
import type { Report } from './contract-report';

export type * from './contract-situation';
export type * from './contract-remedies';
export type * from './contract-report';

export type ErrorCode = 'INVALID_INPUT' | 'UNKNOWN_CITY' | 'INTERNAL';

export interface EvaluateError {
  error: { code: ErrorCode; field?: string; message: string; suggestions?: string[] };
}

export type EvaluateResult = Report | EvaluateError;

export function isEvaluateError(result: EvaluateResult): result is EvaluateError {
  return (result as EvaluateError).error !== undefined;
}
