/**
 * How the service clock is wired to a case: the tenant's settings, when the clock runs, which
 * target applies, and the case's clock state derived from its pauses. Pure; the arithmetic in
 * business time is workflow/service-clock.policy.
 *
 * Only types are imported from the entity, so this stays free of TypeORM at runtime.
 */
import type { CasePriority, CaseStatus } from '../cases/case.entity';
import {
  calendarProblems,
  JAPANESE_HOLIDAYS_2026,
  JAPANESE_HOLIDAYS_2027,
  serviceClock,
  type BusinessCalendar,
  type BusinessHours,
  type PauseInterval,
  type Weekday,
} from '../workflow/service-clock.policy';

export const PRIORITIES = ['low', 'normal', 'high', 'critical'] as const satisfies readonly CasePriority[];
export type PlanTier = 'trial' | 'full';
export const PLAN_TIERS = ['trial', 'full'] as const satisfies readonly PlanTier[];

/** Weekday names in Date#getDay() order, so the index is the policy's Weekday. */
export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export type Targets = Record<CasePriority, number>;

export interface ServiceClockSettings {
  /** Opening hours per weekday (local wall clock of the tenant's time zone); null = closed. */
  weekdays: Record<WeekdayName, BusinessHours | null>;
  /** Local dates (YYYY-MM-DD) closed all day. */
  holidays: string[];
  /** Response targets in business minutes per priority. */
  targets: Targets;
  /** Per membership tier, targets that replace the base ones (e.g. full members are answered faster). */
  planTargets: Partial<Record<PlanTier, Partial<Targets>>>;
}

const OFFICE: BusinessHours = { start: '09:00', end: '18:00' };

/** Product default: one business hour for critical, half a day for high, a day for normal, two for low. */
export const DEFAULT_TARGETS: Targets = { critical: 60, high: 240, normal: 540, low: 1080 };

/** Mon–Fri 09:00–18:00 and Japan's holidays of 2026 and 2027 (add each next year's list; see JAPANESE_HOLIDAYS_2026). */
export const DEFAULT_SERVICE_CLOCK_SETTINGS: ServiceClockSettings = {
  weekdays: { sun: null, mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: null },
  holidays: [...JAPANESE_HOLIDAYS_2026, ...JAPANESE_HOLIDAYS_2027],
  targets: DEFAULT_TARGETS,
  planTargets: {},
};

/** Minutes of business time before the due time that "about to breach" goes out. */
export const DUE_SOON_MINUTES = 60;

/** At most this many holidays: fewer than a weekday has in ten years, so a calendar always opens again. */
export const MAX_HOLIDAYS = 400;

export function toCalendar(settings: Pick<ServiceClockSettings, 'weekdays' | 'holidays'>, timeZone: string): BusinessCalendar {
  const weekdays = Object.fromEntries(WEEKDAY_NAMES.map((name, i) => [i, settings.weekdays[name] ?? null])) as Record<Weekday, BusinessHours | null>;
  return { timeZone, weekdays, holidays: settings.holidays };
}

// A type alias (not an interface) so it fits the error details' index signature.
export type SettingsProblem = {
  field: string;
  issue: string;
  message: string;
};

/** What is wrong with settings before they are saved, field by field; [] when fine. */
export function settingsProblems(settings: ServiceClockSettings, timeZone: string): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const closedWeek = { weekdays: { sun: null, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null }, holidays: [] };
  for (const message of calendarProblems(toCalendar(closedWeek, timeZone))) problems.push({ field: 'timeZone', issue: 'invalid', message });
  if (problems.length) return problems; // every other check needs the zone
  WEEKDAY_NAMES.forEach((name) => {
    const hours = settings.weekdays[name];
    if (!hours) return;
    const one = toCalendar({ ...closedWeek, weekdays: { ...closedWeek.weekdays, [name]: hours } }, timeZone);
    for (const message of calendarProblems(one)) problems.push({ field: `weekdays.${name}`, issue: 'invalid_hours', message });
  });
  if (WEEKDAY_NAMES.every((name) => !settings.weekdays[name])) {
    problems.push({ field: 'weekdays', issue: 'never_open', message: 'At least one weekday needs opening hours, or no case could ever be due.' });
  }
  settings.holidays.forEach((h, i) => {
    for (const message of calendarProblems(toCalendar({ ...closedWeek, holidays: [h] }, timeZone))) problems.push({ field: `holidays.${i}`, issue: 'invalid_date', message });
  });
  if (settings.holidays.length > MAX_HOLIDAYS) problems.push({ field: 'holidays', issue: 'too_many', message: `At most ${MAX_HOLIDAYS} holidays.` });
  return problems;
}

/** The target of a case: its tier's override for the priority if there is one, else the base target. */
export function targetFor(settings: Pick<ServiceClockSettings, 'targets' | 'planTargets'>, priority: CasePriority, tier: PlanTier | null): number {
  return (tier ? settings.planTargets[tier]?.[priority] : undefined) ?? settings.targets[priority];
}

/**
 * The consultancy has the ball: from opening until the plan is submitted, and again once the
 * marketplace asks for more or the consultancy decides to appeal a rejection (back to drafting).
 * `rejected` itself is a decision pending, not work owed to anyone, so the clock stands still.
 */
const RUNNING: ReadonlySet<CaseStatus> = new Set<CaseStatus>(['intake', 'triage', 'drafting', 'internal_review', 'client_review', 'ready_to_submit', 'more_info_requested']);

export function clockRuns(status: CaseStatus): boolean {
  return RUNNING.has(status);
}

/** Entering a running status from a stopped one (or opening the case) starts a new work period. */
export function startsWorkPeriod(from: CaseStatus | null, to: CaseStatus): boolean {
  return clockRuns(to) && (from === null || !clockRuns(from));
}

export interface PauseRow {
  startedAt: Date;
  endedAt: Date | null;
}

export interface DerivedClock {
  /** Null while paused or stopped. */
  dueAt: Date | null;
  breachedAt: Date | null;
  /** When "about to breach" is due; null when the clock is not counting down. */
  dueSoonAt: Date | null;
  /**
   * Pauses of the period that began before the due (or breach) time. Reminder keys carry it: a
   * pause that costs no business time (a weekend) leaves the due time unchanged but must still
   * make a new reminder, while pauses after a breach must not make a second breach notice.
   */
  pausesBeforeDue: number;
}

/** The clock of a running work period at `now`, with the reminder times. */
export function deriveClock(calendar: BusinessCalendar, period: { startedAt: Date; targetMinutes: number }, pauses: readonly PauseRow[], now: Date): DerivedClock {
  const intervals: PauseInterval[] = pauses.map((p) => ({ from: p.startedAt, to: p.endedAt }));
  const state = serviceClock(calendar, { startedAt: period.startedAt, targetMinutes: period.targetMinutes, pauses: intervals, now });
  const dueSoon = state.dueAt
    ? serviceClock(calendar, { startedAt: period.startedAt, targetMinutes: Math.max(0, period.targetMinutes - DUE_SOON_MINUTES), pauses: intervals, now }).dueAt
    : null;
  const mark = state.dueAt ?? state.breachedAt;
  const inPeriod = pauses.filter((p) => p.endedAt === null || p.endedAt.getTime() > period.startedAt.getTime());
  return {
    dueAt: state.dueAt,
    breachedAt: state.breachedAt,
    dueSoonAt: dueSoon,
    pausesBeforeDue: mark ? inPeriod.filter((p) => p.startedAt.getTime() < mark.getTime()).length : inPeriod.length,
  };
}

export type ClockState = 'running' | 'paused' | 'stopped';

export interface ClockView {
  state: ClockState;
  startedAt: Date | null;
  targetMinutes: number | null;
  dueAt: Date | null;
  /** The target was reached in this work period (also while a later pause is open). */
  breached: boolean;
  breachedAt: Date | null;
  waitingOnClient: boolean;
}

/** What the stored state means at `now`: a running clock past its due time is breached without any write. */
export function clockView(
  c: { serviceStartedAt: Date | null; serviceTargetMinutes: number | null; serviceDueAt: Date | null; serviceBreachedAt: Date | null; waitingOnClient: boolean },
  now: Date,
): ClockView {
  const state: ClockState = c.serviceStartedAt === null ? 'stopped' : c.serviceDueAt === null ? 'paused' : 'running';
  const breachedAt = c.serviceBreachedAt ?? (c.serviceDueAt && c.serviceDueAt.getTime() <= now.getTime() ? c.serviceDueAt : null);
  return {
    state,
    startedAt: c.serviceStartedAt,
    targetMinutes: c.serviceTargetMinutes,
    dueAt: c.serviceDueAt,
    breached: breachedAt !== null,
    breachedAt,
    waitingOnClient: c.waitingOnClient,
  };
}
