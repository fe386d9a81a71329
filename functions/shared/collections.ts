// Names of the collections that are not owned by one function's model (the others: reminders/model.ts REMINDERS,
// share/model.ts SHARES). Kept free of imports so the timed trigger can use them without bundling the engine.
export const HISTORY = 'evaluations';
/** Written only by the local runtime (local/outbox.ts): what WeChat would have delivered. */
export const OUTBOX = 'outbox';
