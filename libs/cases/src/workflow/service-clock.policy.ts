/**
 * The consultancy's own service clock (a helpdesk-style SLA): "answer within N business minutes",
 * counted in the tenant's business hours and holidays, paused while the case waits on the client.
 * It is not the marketplace's deadline — that one runs 24/7 and lives on the notice.
 *
 * Everything walks day by day over the tenant's local calendar: each local date contributes at
 * most one opening window, turned into UTC instants through the zone rules, so DST days come out
 * right (a window that spans a clock change is shorter or longer in real minutes, and real minutes
 * are what count). Cost is O(calendar days), never O(minutes).
 */
import { isKnownTimeZone, localDateOf, localToUtc } from '@reinstate/platform';

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Opening hours of one weekday, local wall-clock 'HH:mm'. `end` may be '24:00' (midnight). */
export interface BusinessHours {
  start: string;
  end: string;
}

export interface BusinessCalendar {
  /** IANA zone, e.g. 'Asia/Tokyo'. */
  timeZone: string;
  /** Indexed like Date#getDay(): 0 = Sunday … 6 = Saturday. Null = closed all day. */
  weekdays: Readonly<Record<Weekday, BusinessHours | null>>;
  /** Local dates (YYYY-MM-DD) closed all day. */
  holidays: readonly string[];
}

export interface PauseInterval {
  from: Date;
  /** Null while still paused. */
  to: Date | null;
}

export interface ServiceClockInput {
  startedAt: Date;
  targetMinutes: number;
  pauses: readonly PauseInterval[];
  now: Date;
}

export interface ServiceClockState {
  /** When the target is reached; null while paused, because it moves for as long as the pause lasts. */
  dueAt: Date | null;
  /** Business minutes counted so far (pauses excluded). Exact, so may be fractional. */
  elapsedMinutes: number;
  /** Business minutes left, never negative. */
  remainingMinutes: number;
  paused: boolean;
  breached: boolean;
  /** When the target was reached, if it has been (also while a later pause is open). */
  breachedAt: Date | null;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** No opening within ten years means a calendar that never opens: fail instead of looping. */
const MAX_SEARCH_DAYS = 3660;

const WEEKDAY_HOURS: BusinessHours = { start: '09:00', end: '18:00' };

/** The product default: Tokyo, Monday–Friday 09:00–18:00, no holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'Asia/Tokyo',
  weekdays: { 0: null, 1: WEEKDAY_HOURS, 2: WEEKDAY_HOURS, 3: WEEKDAY_HOURS, 4: WEEKDAY_HOURS, 5: WEEKDAY_HOURS, 6: null },
  holidays: [],
};

/**
 * Japan's national holidays in 2026 (国民の祝日), with the substitute holiday (振替休日, May 6
 * for Constitution Day on a Sunday) and the sandwiched citizens' holiday (国民の休日, Sep 22).
 * Written from knowledge, not from an official feed: the equinox days are fixed by the Cabinet
 * Office each February, and the law changes now and then (e.g. for the Olympics in 2020–21), so
 * check this list against the Cabinet Office's table every year and add the next year's.
 */
export const JAPANESE_HOLIDAYS_2026: readonly string[] = [
  '2026-01-01', // 元日
  '2026-01-12', // 成人の日 (2nd Monday of January)
  '2026-02-11', // 建国記念の日
  '2026-02-23', // 天皇誕生日
  '2026-03-20', // 春分の日
  '2026-04-29', // 昭和の日
  '2026-05-03', // 憲法記念日 (Sunday)
  '2026-05-04', // みどりの日
  '2026-05-05', // こどもの日
  '2026-05-06', // 振替休日 (for May 3)
  '2026-07-20', // 海の日 (3rd Monday of July)
  '2026-08-11', // 山の日
  '2026-09-21', // 敬老の日 (3rd Monday of September)
  '2026-09-22', // 国民の休日 (between two holidays)
  '2026-09-23', // 秋分の日
  '2026-10-12', // スポーツの日 (2nd Monday of October)
  '2026-11-03', // 文化の日
  '2026-11-23', // 勤労感謝の日
];

/**
 * Japan's national holidays in 2027, written the same way (check against the Cabinet Office's
 * table, published February 2026): 春分の日 falls on Sunday 21 March, so 22 March is the
 * substitute holiday; no citizens' holiday in September (20th and 23rd are not one day apart).
 */
export const JAPANESE_HOLIDAYS_2027: readonly string[] = [
  '2027-01-01', // 元日
  '2027-01-11', // 成人の日 (2nd Monday of January)
  '2027-02-11', // 建国記念の日
  '2027-02-23', // 天皇誕生日
  '2027-03-21', // 春分の日 (Sunday)
  '2027-03-22', // 振替休日 (for March 21)
  '2027-04-29', // 昭和の日
  '2027-05-03', // 憲法記念日
  '2027-05-04', // みどりの日
  '2027-05-05', // こどもの日
  '2027-07-19', // 海の日 (3rd Monday of July)
  '2027-08-11', // 山の日
  '2027-09-20', // 敬老の日 (3rd Monday of September)
  '2027-09-23', // 秋分の日
  '2027-10-11', // スポーツの日 (2nd Monday of October)
  '2027-11-03', // 文化の日
  '2027-11-23', // 勤労感謝の日
];

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

function minutesOfDay(hhmm: string): number | null {
  const m = HHMM.exec(hhmm);
  if (!m) return null;
  const total = Number(m[1]) * 60 + Number(m[2]);
  return total > 24 * 60 ? null : total;
}

/** Problems with a calendar, for validating tenant settings before they are saved; [] when fine. */
export function calendarProblems(calendar: BusinessCalendar): string[] {
  const problems: string[] = [];
  if (!isKnownTimeZone(calendar.timeZone)) problems.push(`unknown time zone: ${calendar.timeZone}`);
  for (const day of [0, 1, 2, 3, 4, 5, 6] as const) {
    const hours = calendar.weekdays[day];
    if (!hours) continue;
    const start = minutesOfDay(hours.start);
    const end = minutesOfDay(hours.end);
    if (start === null || end === null) problems.push(`weekday ${day}: hours must be HH:mm`);
    // Overnight shifts would put one window across two local dates; not supported.
    else if (start >= end) problems.push(`weekday ${day}: start must be before end`);
  }
  for (const h of calendar.holidays) if (!/^\d{4}-\d{2}-\d{2}$/.test(h) || localToUtc(h, 'UTC') === null) problems.push(`holiday is not a date: ${h}`);
  return problems;
}

/** Checked once per call, so a bad setting fails loudly instead of yielding a wrong due time. */
function assertCalendar(calendar: BusinessCalendar): void {
  const problems = calendarProblems(calendar);
  if (problems.length) throw new RangeError(`invalid business calendar: ${problems.join('; ')}`);
}

/** Date arithmetic on the local date string itself: no zone involved, so no DST surprises. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

function weekdayOf(date: string): Weekday {
  return new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday;
}

/** The local wall-clock time on `date` as an instant; '24:00' is the next date's midnight. */
function wallClock(date: string, hhmm: string, timeZone: string): number {
  const local = hhmm === '24:00' ? `${nextDate(date)}T00:00` : `${date}T${hhmm}`;
  return localToUtc(local, timeZone)!.getTime();
}

/** The opening window of one local date, in epoch ms, or null when closed. */
function windowOf(calendar: BusinessCalendar, holidays: ReadonlySet<string>, date: string): [number, number] | null {
  if (holidays.has(date)) return null;
  const hours = calendar.weekdays[weekdayOf(date)];
  if (!hours) return null;
  const open = wallClock(date, hours.start, calendar.timeZone);
  const close = wallClock(date, hours.end, calendar.timeZone);
  return close > open ? [open, close] : null;
}

function businessMsBetween(calendar: BusinessCalendar, holidays: ReadonlySet<string>, from: number, to: number): number {
  if (!(to > from)) return 0;
  let total = 0;
  const last = localDateOf(new Date(to), calendar.timeZone);
  for (let date = localDateOf(new Date(from), calendar.timeZone); ; date = nextDate(date)) {
    const w = windowOf(calendar, holidays, date);
    if (w) total += Math.max(0, Math.min(to, w[1]) - Math.max(from, w[0]));
    if (date >= last) return total;
  }
}

function addBusinessMs(calendar: BusinessCalendar, holidays: ReadonlySet<string>, from: number, ms: number): number {
  // Nothing to add: the instant itself, even outside hours (a zero target is due at once).
  if (ms <= 0) return from;
  let left = ms;
  let date = localDateOf(new Date(from), calendar.timeZone);
  for (let i = 0; i < MAX_SEARCH_DAYS; i++, date = nextDate(date)) {
    const w = windowOf(calendar, holidays, date);
    if (!w || w[1] <= from) continue;
    const start = Math.max(from, w[0]);
    // Landing exactly on closing time is due at closing time, not at the next opening.
    if (w[1] - start >= left) return start + left;
    left -= w[1] - start;
  }
  throw new RangeError('business calendar has no opening hours within ten years');
}

function holidaySet(calendar: BusinessCalendar): ReadonlySet<string> {
  return new Set(calendar.holidays);
}

function assertInstant(name: string, d: Date): number {
  const t = d instanceof Date ? d.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${name} is not a valid date`);
  return t;
}

/** Business minutes in [from, to); 0 when `to` is not after `from`. Exact, so may be fractional. */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  assertCalendar(calendar);
  return businessMsBetween(calendar, holidaySet(calendar), assertInstant('from', from), assertInstant('to', to)) / MINUTE;
}

/**
 * The instant `minutes` business minutes after `from`, skipping nights, weekends and holidays.
 * Starting outside hours counts from the next opening.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, from: Date, minutes: number): Date {
  assertCalendar(calendar);
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes must be a finite number ≥ 0');
  return new Date(addBusinessMs(calendar, holidaySet(calendar), assertInstant('from', from), minutes * MINUTE));
}

/**
 * Sorted, merged pauses clipped to [startedAt, now]. A pause ending after `now` (or not at all)
 * is the open one; pauses that have not begun yet are ignored.
 */
function normalisePauses(pauses: readonly PauseInterval[], startedAt: number, now: number): { closed: [number, number][]; openFrom: number | null } {
  const clipped: [number, number][] = [];
  for (const p of pauses) {
    const from = Math.max(assertInstant('pause.from', p.from), startedAt);
    const to = p.to === null ? Infinity : assertInstant('pause.to', p.to);
    if (from > now || to <= from) continue;
    clipped.push([from, to]);
  }
  clipped.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const p of clipped) {
    const last = merged[merged.length - 1];
    if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  const tail = merged[merged.length - 1];
  const openFrom = tail && tail[1] > now ? tail[0] : null;
  return { closed: openFrom === null ? merged : merged.slice(0, -1), openFrom };
}

/**
 * The clock's state at `now`. Paused business time does not count, so each finished pause moves
 * the due time by exactly its length in business minutes (a pause over a weekend moves nothing).
 * Breached means the target was reached at or before `now`: being due exactly now is a breach.
 */
export function serviceClock(calendar: BusinessCalendar, input: ServiceClockInput): ServiceClockState {
  assertCalendar(calendar);
  if (!Number.isFinite(input.targetMinutes) || input.targetMinutes < 0) throw new RangeError('targetMinutes must be a finite number ≥ 0');
  const holidays = holidaySet(calendar);
  const startedAt = assertInstant('startedAt', input.startedAt);
  const now = assertInstant('now', input.now);
  const target = input.targetMinutes * MINUTE;
  const { closed, openFrom } = normalisePauses(input.pauses, startedAt, now);

  // Walk the running stretches between pauses until the target is used up; past an open pause
  // the due time is unknown.
  let due: number | null = null;
  let cursor = startedAt;
  let left = target;
  const pauses: [number, number][] = openFrom === null ? closed : [...closed, [openFrom, Infinity]];
  for (const [pauseFrom, pauseTo] of pauses) {
    const capacity = businessMsBetween(calendar, holidays, cursor, pauseFrom);
    if (capacity >= left) {
      due = addBusinessMs(calendar, holidays, cursor, left);
      break;
    }
    left -= capacity;
    cursor = Math.max(cursor, pauseTo);
  }
  if (due === null && cursor !== Infinity) due = addBusinessMs(calendar, holidays, cursor, left);

  // Elapsed: business time up to now, less the business time spent paused.
  let elapsed = businessMsBetween(calendar, holidays, startedAt, now);
  for (const [from, to] of closed) elapsed -= businessMsBetween(calendar, holidays, from, Math.min(to, now));
  if (openFrom !== null) elapsed -= businessMsBetween(calendar, holidays, openFrom, now);
  elapsed = Math.max(0, elapsed);

  const paused = openFrom !== null;
  const breachedAt = due !== null && due <= now ? new Date(due) : null;
  return {
    dueAt: paused || due === null ? null : new Date(due),
    elapsedMinutes: elapsed / MINUTE,
    remainingMinutes: Math.max(0, target - elapsed) / MINUTE,
    paused,
    breached: breachedAt !== null,
    breachedAt,
  };
}
