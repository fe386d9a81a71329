// The indexes every query of the functions relies on, per collection (fields in order; all ascending, not
// unique). One list for both stores: the local NeDB store indexes the first field of each, and
// docs/database-rules.md lists the same for the cloud console (tests/unit/deploy-config.test.ts compares them).
// Every query of the timed trigger (retention, dispatch) filters on exactly one of these (database-rules.test.ts).
export const INDEXES: Record<string, ReadonlyArray<readonly string[]>> = {
  evaluations: [['owner', 'createdAt'], ['createdAt']],
  reminders: [
    ['state', 'nextAttemptAt'],
    ['state', 'claimedUntil'],
    ['owner', 'sendAt'],
    ['state', 'updatedAt'],
  ],
  shares: [['owner', 'createdAt'], ['expiresAt'], ['revoked', 'revokedAt']],
  outbox: [['touser', 'sentAt'], ['sentAt']],
};
