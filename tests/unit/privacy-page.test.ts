// The 隐私说明 page states what the server does: its retention periods are RETENTION_DAYS, its list of stored
// situation fields is the validated schema's (every field the server can store is named), its share validity
// is the share function's.
import { RETENTION_DAYS } from '../../functions/dispatch/retention';
import { HISTORY_PER_USER as SERVER_HISTORY_PER_USER } from '../../functions/evaluate/handler';
import { SHARE_DAYS } from '../../functions/share/model';
import { situationShape } from '../../engine/situation-shape';
import {
  HISTORY_PER_USER,
  KEEP_DAYS,
  SHARE_VALID_DAYS,
  SITUATION_FIELDS,
  STORED,
} from '../../client/src/pages/privacy/stored';

it('states the retention periods the timed trigger enforces', () => {
  expect(KEEP_DAYS).toEqual(RETENTION_DAYS);
  expect(HISTORY_PER_USER).toBe(SERVER_HISTORY_PER_USER);
  expect(SHARE_VALID_DAYS).toBe(SHARE_DAYS);
});

it('names every field of a stored situation', () => {
  expect(Object.keys(SITUATION_FIELDS).sort()).toEqual(Object.keys(situationShape.shape).sort());
});

it('says what, why and how long for each kind of stored data', () => {
  expect(STORED.map((s) => s.id)).toEqual(['history', 'reminders', 'shares', 'identity', 'device']);
  for (const item of STORED)
    for (const text of [item.what, item.fields, item.why, item.howLong]) expect(text).toBeTruthy();
});
