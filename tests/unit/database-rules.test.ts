// The production database rules close every collection the functions use to direct client access.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY } from '../../functions/evaluate/handler';
import { REMINDERS } from '../../functions/reminders/model';
import { SHARES } from '../../functions/share/handler';
import { OUTBOX } from '../../local/outbox';

it('has a closed rule for every collection', () => {
  const rules = JSON.parse(readFileSync(join(__dirname, '../../docs/database-rules.json'), 'utf8'));
  for (const collection of [HISTORY, REMINDERS, SHARES, OUTBOX]) {
    expect(rules[collection]).toEqual({ read: false, write: false });
  }
});
