import { localDateOf, localToUtc, zonedParts } from '@reinstate/platform';

export interface BusinessHours {
  timeZone: string;
  /** ISO weekdays 1 (Mon) … 7 (Sun). */
  days: number[];
  start: string; // HH:mm
  end: string; // HH:mm
}

/** When to remind of a deadline: `offsets` hours before it, only those still ahead of `now`. */
export function deadlineReminderTimes(deadline: Date, offsetsHours: number[], now: Date): { offsetHours: number; dueAt: Date }[] {
  return [...new Set(offsetsHours)]
    .sort((a, b) => b - a)
    .map((h) => ({ offsetHours: h, dueAt: new Date(deadline.getTime() - h * 3_600_000) }))
    .filter((r) => r.dueAt.getTime() > now.getTime() && r.dueAt.getTime() < deadline.getTime());
}

/**
 * Client nudges wait for business hours: the same instant if inside them, else the next
 * opening. Urgent reminders (emergencies, deadlines under 24 h) skip this.
 */
export function withinBusinessHours(at: Date, hours: BusinessHours): Date {
  let cursor = at;
  for (let i = 0; i < 14; i += 1) {
    const p = zonedParts(cursor, hours.timeZone);
    const date = localDateOf(cursor, hours.timeZone);
    const isoDay = p.weekday === 0 ? 7 : p.weekday;
    const open = localToUtc(`${date}T${hours.start}`, hours.timeZone)!;
    const close = localToUtc(`${date}T${hours.end}`, hours.timeZone)!;
    if (hours.days.includes(isoDay)) {
      if (cursor.getTime() < open.getTime()) return open;
      if (cursor.getTime() < close.getTime()) return cursor;
    }
    // Next local day at 00:00.
    const nextDate = new Date(Date.UTC(p.year, p.month - 1, p.day + 1)).toISOString().slice(0, 10);
    cursor = localToUtc(`${nextDate}T00:00`, hours.timeZone)!;
  }
  return at; // no business days configured: send when due
}
