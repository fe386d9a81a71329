// When a reminder is sent: at 09:00 China time (UTC+8, no daylight saving) on `leadDays` days before the due
// date. The result is an instant, so neither the host's zone nor the cloud's UTC clock changes it.
import { addDays, todayInChina } from '../../engine/time';

export const SEND_HOUR_CHINA = 9;

/** 09:00 in China on a China calendar date, as an instant (01:00 UTC). */
export function sendSlot(date: string): Date {
  return new Date(`${date}T${String(SEND_HOUR_CHINA).padStart(2, '0')}:00:00+08:00`);
}

/**
 * The slot `leadDays` before `due`; if that moment has passed, the next 09:00 still on or before `due`.
 * null when no 09:00 is left before the deadline.
 */
export function reminderSendAt(due: string, leadDays: number, now: Date): Date | null {
  const wanted = sendSlot(addDays(due, -leadDays));
  if (wanted.getTime() >= now.getTime()) return wanted;
  const today = todayInChina(now);
  const next = sendSlot(today).getTime() >= now.getTime() ? sendSlot(today) : sendSlot(addDays(today, 1));
  return next.getTime() <= sendSlot(due).getTime() ? next : null;
}
