import {
  clockRuns,
  clockView,
  DEFAULT_SERVICE_CLOCK_SETTINGS,
  deriveClock,
  settingsProblems,
  startsWorkPeriod,
  targetFor,
  toCalendar,
  type ServiceClockSettings,
} from './service-clock-rules.policy';

const TZ = 'Asia/Tokyo';
const jst = (local: string) => new Date(`${local}+09:00`);
const calendar = toCalendar(DEFAULT_SERVICE_CLOCK_SETTINGS, TZ);

describe('service clock settings', () => {
  it('accepts the defaults', () => {
    expect(settingsProblems(DEFAULT_SERVICE_CLOCK_SETTINGS, TZ)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const bad: ServiceClockSettings = {
      ...DEFAULT_SERVICE_CLOCK_SETTINGS,
      weekdays: { ...DEFAULT_SERVICE_CLOCK_SETTINGS.weekdays, mon: { start: '18:00', end: '09:00' }, tue: { start: '9', end: '18:00' } },
      holidays: ['2026-02-30', '2026-05-05'],
    };
    expect(settingsProblems(bad, TZ).map((p) => p.field)).toEqual(['weekdays.mon', 'weekdays.tue', 'holidays.0']);
  });

  it('refuses a week that never opens and a zone that does not exist', () => {
    const closed = { ...DEFAULT_SERVICE_CLOCK_SETTINGS, weekdays: { sun: null, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null } };
    expect(settingsProblems(closed, TZ)).toEqual([expect.objectContaining({ field: 'weekdays', issue: 'never_open' })]);
    expect(settingsProblems(DEFAULT_SERVICE_CLOCK_SETTINGS, 'Mars/Olympus')).toEqual([expect.objectContaining({ field: 'timeZone' })]);
  });

  it('takes the tier override for the priority, else the base target', () => {
    const s = { targets: { low: 1000, normal: 500, high: 200, critical: 60 }, planTargets: { full: { normal: 300 } } };
    expect(targetFor(s, 'normal', 'full')).toBe(300);
    expect(targetFor(s, 'high', 'full')).toBe(200);
    expect(targetFor(s, 'normal', 'trial')).toBe(500);
    expect(targetFor(s, 'normal', null)).toBe(500);
  });

  it('turns weekday names into the policy calendar (0 = Sunday)', () => {
    expect(calendar.weekdays[0]).toBeNull();
    expect(calendar.weekdays[1]).toEqual({ start: '09:00', end: '18:00' });
    expect(calendar.holidays).toContain('2026-11-23');
  });
});

describe('when the clock runs', () => {
  it('runs while the consultancy has the ball and stops with the marketplace or at the end', () => {
    expect(['intake', 'drafting', 'client_review', 'ready_to_submit', 'more_info_requested'].every((s) => clockRuns(s as never))).toBe(true);
    expect(['submitted', 'awaiting_reply', 'rejected', 'reinstated', 'closed'].some((s) => clockRuns(s as never))).toBe(false);
  });

  it('starts a new work period on opening, on "more information" and on appealing a rejection, not within a period', () => {
    expect(startsWorkPeriod(null, 'intake')).toBe(true);
    expect(startsWorkPeriod('awaiting_reply', 'more_info_requested')).toBe(true);
    expect(startsWorkPeriod('rejected', 'drafting')).toBe(true);
    expect(startsWorkPeriod('more_info_requested', 'drafting')).toBe(false);
    expect(startsWorkPeriod('client_review', 'drafting')).toBe(false);
    expect(startsWorkPeriod('ready_to_submit', 'submitted')).toBe(false);
  });
});

describe('a case clock', () => {
  // Friday 2026-11-20 16:00 JST; Monday 2026-11-23 is 勤労感謝の日.
  const startedAt = jst('2026-11-20T16:00:00');
  const period = { startedAt, targetMinutes: 540 };

  it('is due in business time across the weekend and the holiday, with "due soon" one business hour earlier', () => {
    const d = deriveClock(calendar, period, [], jst('2026-11-20T16:30:00'));
    // 2 h on Friday, then Tuesday 09:00 + 7 h.
    expect(d.dueAt).toEqual(jst('2026-11-24T16:00:00'));
    expect(d.dueSoonAt).toEqual(jst('2026-11-24T15:00:00'));
    expect(d.breachedAt).toBeNull();
    expect(d.pausesBeforeDue).toBe(0);
  });

  it('has no due time while paused, and a later one by the paused business time once resumed', () => {
    const pause = { startedAt: jst('2026-11-24T10:00:00'), endedAt: null };
    const paused = deriveClock(calendar, period, [pause], jst('2026-11-24T12:00:00'));
    expect(paused).toMatchObject({ dueAt: null, dueSoonAt: null, breachedAt: null });
    const resumed = deriveClock(calendar, period, [{ ...pause, endedAt: jst('2026-11-24T13:30:00') }], jst('2026-11-24T13:30:00'));
    // 3.5 business hours paused: Tuesday 16:00 + 3.5 h runs past closing into Wednesday 10:30.
    expect(resumed.dueAt).toEqual(jst('2026-11-25T10:30:00'));
    expect(resumed.pausesBeforeDue).toBe(1);
  });

  it('keeps the breach when a pause opens after it, and counts only pauses before it', () => {
    const late = { startedAt: jst('2026-11-25T10:00:00'), endedAt: null };
    const d = deriveClock(calendar, period, [late], jst('2026-11-25T11:00:00'));
    expect(d.dueAt).toBeNull();
    expect(d.breachedAt).toEqual(jst('2026-11-24T16:00:00'));
    expect(d.pausesBeforeDue).toBe(0);
  });

  it('ignores pauses of an earlier work period', () => {
    const old = { startedAt: jst('2026-11-10T10:00:00'), endedAt: jst('2026-11-11T10:00:00') };
    expect(deriveClock(calendar, period, [old], jst('2026-11-20T16:30:00'))).toMatchObject({ dueAt: jst('2026-11-24T16:00:00'), pausesBeforeDue: 0 });
  });
});

describe('clock view', () => {
  const base = { serviceStartedAt: new Date('2026-11-20T07:00:00Z'), serviceTargetMinutes: 60, serviceDueAt: new Date('2026-11-20T08:00:00Z'), serviceBreachedAt: null, waitingOnClient: false };

  it('is breached once the due time has come, without a write', () => {
    expect(clockView(base, new Date('2026-11-20T07:59:59Z'))).toMatchObject({ state: 'running', breached: false });
    expect(clockView(base, new Date('2026-11-20T08:00:00Z'))).toMatchObject({ state: 'running', breached: true, breachedAt: base.serviceDueAt });
  });

  it('tells paused and stopped apart', () => {
    expect(clockView({ ...base, serviceDueAt: null, waitingOnClient: true }, new Date()).state).toBe('paused');
    expect(clockView({ ...base, serviceStartedAt: null, serviceDueAt: null }, new Date()).state).toBe('stopped');
  });
});
