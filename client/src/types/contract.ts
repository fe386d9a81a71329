// The client speaks the engine's contract types (../../../engine/contract.ts, which mirrors
// ../shared/contract.md). Type-only: nothing of the engine enters the mini-program bundle.
import type { EvaluateError, EvaluateResult, Report } from '../../../engine/contract';

export type {
  Action,
  ActionWay,
  BridgeKey,
  Concern,
  Confidence,
  EvaluateError,
  Feasible,
  Gap,
  GapReason,
  Headline,
  HeadlineKey,
  Item,
  ItemKey,
  MedicalStatus,
  MonthCell,
  MonthState,
  Option,
  OptionKey,
  Outcome,
  PensionReport,
  Period,
  PlanBridge,
  PlanLimit,
  PlanReport,
  ReducedCap,
  Report,
  RulesLevel,
  Situation,
  SourceRef as Source,
  TradeOff,
  Waiting,
  Who,
} from '../../../engine/contract';

export type EvaluateResponse = EvaluateResult;

export function isEvaluateError(x: unknown): x is EvaluateError {
  return !!x && typeof x === 'object' && 'error' in x && !!(x as EvaluateError).error;
}

export function isReport(x: unknown): x is Report {
  return !!x && typeof x === 'object' && 'medical' in x && 'region' in x;
}
