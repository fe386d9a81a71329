// The indexes every query of the functions relies on, per collection (fields in order; all ascending, not
// unique). One list for both stores: the local NeDB store indexes the first field of each, and
// docs/database-rules.md lists the same for the cloud console (tests/unit/deploy-config.test.ts compares them).
export const INDEXES: Record<string, ReadonlyArray<readonly string[]>> = {
  evaluations: [['owner', 'createdAt']],
  reminders: [
    ['state', 'nextAttemptAt'],
    ['state', 'claimedUntil'],
    ['owner', 'sendAt'],
    ['state', 'updatedAt'],
  ],
  shares: [['owner', 'createdAt'], ['expiresAt']],
  outbox: [['touser', 'sentAt'], ['sentAt']],
};
