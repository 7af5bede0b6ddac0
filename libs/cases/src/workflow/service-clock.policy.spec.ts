import { localToUtc } from '@reinstate/platform';
import {
  DEFAULT_CALENDAR,
  JAPANESE_HOLIDAYS_2026,
  JAPANESE_HOLIDAYS_2027,
  addBusinessMinutes,
  businessMinutesBetween,
  calendarProblems,
  serviceClock,
  type BusinessCalendar,
  type BusinessHours,
} from './service-clock.policy';

/** Wall-clock time in a zone → instant, so tests read like the calendar they describe. */
const at = (local: string, zone = 'Asia/Tokyo'): Date => localToUtc(local, zone)!;
const tokyo = (local: string) => at(local);
const london = (local: string) => at(local, 'Europe/London');

const TOKYO_2026: BusinessCalendar = { ...DEFAULT_CALENDAR, holidays: JAPANESE_HOLIDAYS_2026 };
const nineToSix: BusinessHours = { start: '09:00', end: '18:00' };
const LONDON: BusinessCalendar = {
  timeZone: 'Europe/London',
  weekdays: { 0: null, 1: nineToSix, 2: nineToSix, 3: nineToSix, 4: nineToSix, 5: nineToSix, 6: null },
  holidays: [],
};
const allDay: BusinessHours = { start: '00:00', end: '24:00' };
const LONDON_24_7: BusinessCalendar = { timeZone: 'Europe/London', weekdays: { 0: allDay, 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay }, holidays: [] };

describe('addBusinessMinutes and businessMinutesBetween', () => {
  // 2026-06-01 is a Monday; 2026-05-01 a Friday before Golden Week.
  it.each<[string, BusinessCalendar, Date, number, Date]>([
    ['within one day', DEFAULT_CALENDAR, tokyo('2026-06-01T10:00'), 120, tokyo('2026-06-01T12:00')],
    ['up to closing time exactly (not the next opening)', DEFAULT_CALENDAR, tokyo('2026-06-05T17:00'), 60, tokyo('2026-06-05T18:00')],
    ['across a night', DEFAULT_CALENDAR, tokyo('2026-06-01T17:00'), 120, tokyo('2026-06-02T10:00')],
    ['across a weekend', DEFAULT_CALENDAR, tokyo('2026-06-05T17:00'), 120, tokyo('2026-06-08T10:00')],
    ['across Golden Week holidays', TOKYO_2026, tokyo('2026-05-01T17:00'), 120, tokyo('2026-05-07T10:00')],
    ['the same span without holidays', DEFAULT_CALENDAR, tokyo('2026-05-01T17:00'), 120, tokyo('2026-05-04T10:00')],
    ['across Marine Day (a Monday holiday)', TOKYO_2026, tokyo('2026-07-17T17:30'), 60, tokyo('2026-07-21T09:30')],
    ['from before opening', DEFAULT_CALENDAR, tokyo('2026-06-01T07:00'), 60, tokyo('2026-06-01T10:00')],
    ['from a Saturday', DEFAULT_CALENDAR, tokyo('2026-06-06T10:00'), 60, tokyo('2026-06-08T10:00')],
    ['from after closing', DEFAULT_CALENDAR, tokyo('2026-06-01T19:00'), 30, tokyo('2026-06-02T09:30')],
    ['several full days', DEFAULT_CALENDAR, tokyo('2026-06-01T09:00'), 3 * 540, tokyo('2026-06-03T18:00')],
    ['London, Friday to Monday over the spring DST change', LONDON, london('2026-03-27T16:00'), 180, london('2026-03-30T10:00')],
    ['London, Friday to Monday over the autumn DST change', LONDON, london('2026-10-23T17:00'), 120, london('2026-10-26T10:00')],
  ])('%s', (_, calendar, from, minutes, expected) => {
    expect(addBusinessMinutes(calendar, from, minutes).toISOString()).toBe(expected.toISOString());
    expect(businessMinutesBetween(calendar, from, expected)).toBe(minutes);
  });

  it('keeps London hours local across DST (UTC would be an hour off)', () => {
    // 10:00 BST on Monday is 09:00 UTC; Friday 16:00 was 16:00 UTC.
    expect(addBusinessMinutes(LONDON, new Date('2026-03-27T16:00:00Z'), 180).toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(addBusinessMinutes(LONDON, new Date('2026-10-23T16:00:00Z'), 120).toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });

  it('counts real minutes on a DST day whose hours span the change', () => {
    expect(businessMinutesBetween(LONDON_24_7, london('2026-03-29T00:00'), london('2026-03-30T00:00'))).toBe(23 * 60);
    expect(businessMinutesBetween(LONDON_24_7, london('2026-10-25T00:00'), london('2026-10-26T00:00'))).toBe(25 * 60);
    expect(addBusinessMinutes(LONDON_24_7, london('2026-03-29T00:30'), 60).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 02:30 BST
  });

  it.each<[string, Date, Date, number]>([
    ['to before from', tokyo('2026-06-01T12:00'), tokyo('2026-06-01T10:00'), 0],
    ['wholly at night', tokyo('2026-06-01T19:00'), tokyo('2026-06-02T08:00'), 0],
    ['a whole week', tokyo('2026-06-01T00:00'), tokyo('2026-06-08T00:00'), 5 * 540],
    ['with seconds (fractional)', tokyo('2026-06-01T10:00'), new Date(tokyo('2026-06-01T10:00').getTime() + 30_000), 0.5],
  ])('businessMinutesBetween: %s', (_, from, to, minutes) => {
    expect(businessMinutesBetween(DEFAULT_CALENDAR, from, to)).toBe(minutes);
  });

  it('adds zero minutes as the instant itself', () => {
    const saturday = tokyo('2026-06-06T10:00');
    expect(addBusinessMinutes(DEFAULT_CALENDAR, saturday, 0)).toEqual(saturday);
  });

  it('round-trips: the minutes between from and from + m are m', () => {
    for (let i = 0; i < 200; i++) {
      const from = new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * 86_400_000 + ((i * 104_729) % 86_400) * 1000);
      const minutes = (i * 37) % 3000;
      expect(businessMinutesBetween(TOKYO_2026, from, addBusinessMinutes(TOKYO_2026, from, minutes))).toBeCloseTo(minutes, 6);
    }
  });

  it('is fast for large targets: it walks days, not minutes', () => {
    const t0 = performance.now();
    // 10,000 min = 18 days of 540 min + 280 min: June 1–24 holds 18 business days.
    expect(addBusinessMinutes(DEFAULT_CALENDAR, tokyo('2026-06-01T09:00'), 10_000).toISOString()).toBe(tokyo('2026-06-25T13:40').toISOString());
    addBusinessMinutes(TOKYO_2026, tokyo('2026-01-05T09:00'), 200_000);
    serviceClock(TOKYO_2026, { startedAt: tokyo('2026-01-05T09:00'), targetMinutes: 10_000, pauses: [{ from: tokyo('2026-01-06T10:00'), to: tokyo('2026-01-20T10:00') }], now: tokyo('2026-12-01T09:00') });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('rejects bad input', () => {
    expect(() => addBusinessMinutes(DEFAULT_CALENDAR, tokyo('2026-06-01T09:00'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(DEFAULT_CALENDAR, new Date(NaN), 1)).toThrow(RangeError);
    const never: BusinessCalendar = { ...DEFAULT_CALENDAR, weekdays: { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } };
    expect(() => addBusinessMinutes(never, tokyo('2026-06-01T09:00'), 1)).toThrow(/no opening hours/);
    expect(businessMinutesBetween(never, tokyo('2026-06-01T09:00'), tokyo('2026-06-30T09:00'))).toBe(0);
  });
});

describe('calendarProblems', () => {
  it('accepts the defaults', () => {
    expect(calendarProblems(DEFAULT_CALENDAR)).toEqual([]);
    expect(calendarProblems(TOKYO_2026)).toEqual([]);
    expect(calendarProblems(LONDON_24_7)).toEqual([]);
  });

  it.each<[string, BusinessCalendar, RegExp]>([
    ['unknown zone', { ...DEFAULT_CALENDAR, timeZone: 'Mars/Olympus' }, /time zone/],
    ['malformed hours', { ...DEFAULT_CALENDAR, weekdays: { ...DEFAULT_CALENDAR.weekdays, 1: { start: '9:00', end: '18:00' } } }, /HH:mm/],
    ['24:30', { ...DEFAULT_CALENDAR, weekdays: { ...DEFAULT_CALENDAR.weekdays, 1: { start: '09:00', end: '24:30' } } }, /HH:mm/],
    ['overnight', { ...DEFAULT_CALENDAR, weekdays: { ...DEFAULT_CALENDAR.weekdays, 1: { start: '22:00', end: '06:00' } } }, /before end/],
    ['bad holiday', { ...DEFAULT_CALENDAR, holidays: ['2026-02-30'] }, /not a date/],
  ])('reports %s, and the clock refuses it', (_, calendar, problem) => {
    expect(calendarProblems(calendar).join()).toMatch(problem);
    expect(() => businessMinutesBetween(calendar, tokyo('2026-06-01T09:00'), tokyo('2026-06-02T09:00'))).toThrow(RangeError);
  });
});

describe('JAPANESE_HOLIDAYS_2027', () => {
  it('has the 17 days of 2027, sorted, with the substitute for the Sunday equinox', () => {
    expect(JAPANESE_HOLIDAYS_2027).toHaveLength(17);
    expect([...JAPANESE_HOLIDAYS_2027].sort()).toEqual(JAPANESE_HOLIDAYS_2027);
    expect(JAPANESE_HOLIDAYS_2027).toEqual(expect.arrayContaining(['2027-03-22']));
    // Every Monday holiday falls on a Monday.
    for (const d of ['2027-01-11', '2027-07-19', '2027-09-20', '2027-10-11', '2027-03-22']) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});

describe('JAPANESE_HOLIDAYS_2026', () => {
  it('lists 18 sorted, distinct dates including the substitute and citizens’ holidays', () => {
    expect(JAPANESE_HOLIDAYS_2026).toHaveLength(18);
    expect([...JAPANESE_HOLIDAYS_2026].sort()).toEqual(JAPANESE_HOLIDAYS_2026);
    expect(new Set(JAPANESE_HOLIDAYS_2026).size).toBe(18);
    expect(JAPANESE_HOLIDAYS_2026).toEqual(expect.arrayContaining(['2026-05-06', '2026-09-22']));
  });

  it('puts the Happy Monday holidays on Mondays', () => {
    for (const d of ['2026-01-12', '2026-07-20', '2026-09-21', '2026-10-12']) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});

describe('serviceClock', () => {
  const start = tokyo('2026-06-01T09:00'); // Monday opening
  const base = { startedAt: start, targetMinutes: 600, pauses: [] }; // due Tuesday 10:00 unpaused

  it('runs without pauses', () => {
    expect(serviceClock(DEFAULT_CALENDAR, { ...base, now: tokyo('2026-06-01T12:00') })).toEqual({
      dueAt: tokyo('2026-06-02T10:00'),
      elapsedMinutes: 180,
      remainingMinutes: 420,
      paused: false,
      breached: false,
      breachedAt: null,
    });
  });

  it('moves the due time by exactly the paused business time when the client acts', () => {
    const pause = { from: tokyo('2026-06-01T14:00'), to: tokyo('2026-06-01T16:30') }; // 150 business minutes
    const state = serviceClock(DEFAULT_CALENDAR, { ...base, pauses: [pause], now: tokyo('2026-06-01T17:00') });
    expect(state).toEqual({ dueAt: tokyo('2026-06-02T12:30'), elapsedMinutes: 330, remainingMinutes: 270, paused: false, breached: false, breachedAt: null });
    expect(state.dueAt).toEqual(addBusinessMinutes(DEFAULT_CALENDAR, tokyo('2026-06-02T10:00'), 150));
  });

  it('moves the due time only by the business part of a pause over a night', () => {
    const pause = { from: tokyo('2026-06-01T17:00'), to: tokyo('2026-06-02T10:00') }; // 60 + 60
    expect(serviceClock(DEFAULT_CALENDAR, { ...base, pauses: [pause], now: tokyo('2026-06-02T10:00') }).dueAt).toEqual(tokyo('2026-06-02T12:00'));
  });

  it('does not move the due time for a pause over a weekend', () => {
    const friday = { startedAt: tokyo('2026-06-05T17:00'), targetMinutes: 120, pauses: [{ from: tokyo('2026-06-05T18:30'), to: tokyo('2026-06-07T20:00') }] };
    expect(serviceClock(DEFAULT_CALENDAR, { ...friday, now: tokyo('2026-06-08T09:00') }).dueAt).toEqual(tokyo('2026-06-08T10:00'));
  });

  it('shows no due time while a pause is open, and does not breach', () => {
    const state = serviceClock(DEFAULT_CALENDAR, { ...base, pauses: [{ from: tokyo('2026-06-01T14:00'), to: null }], now: tokyo('2026-06-05T15:00') });
    expect(state).toEqual({ dueAt: null, elapsedMinutes: 300, remainingMinutes: 300, paused: true, breached: false, breachedAt: null });
  });

  it('treats a pause ending after now as still open', () => {
    const state = serviceClock(DEFAULT_CALENDAR, { ...base, pauses: [{ from: tokyo('2026-06-01T14:00'), to: tokyo('2026-06-03T09:00') }], now: tokyo('2026-06-02T09:00') });
    expect(state.paused).toBe(true);
    expect(state.dueAt).toBeNull();
  });

  it('stays breached when the pause began after the target was reached', () => {
    const state = serviceClock(DEFAULT_CALENDAR, { startedAt: start, targetMinutes: 60, pauses: [{ from: tokyo('2026-06-01T11:00'), to: null }], now: tokyo('2026-06-01T12:00') });
    expect(state).toEqual({ dueAt: null, elapsedMinutes: 120, remainingMinutes: 0, paused: true, breached: true, breachedAt: tokyo('2026-06-01T10:00') });
  });

  it('starts at the next opening when started outside business hours', () => {
    const saturday = { startedAt: tokyo('2026-06-06T10:00'), targetMinutes: 60, pauses: [] };
    expect(serviceClock(DEFAULT_CALENDAR, { ...saturday, now: tokyo('2026-06-08T08:59') })).toMatchObject({ dueAt: tokyo('2026-06-08T10:00'), elapsedMinutes: 0, remainingMinutes: 60 });
    expect(serviceClock(DEFAULT_CALENDAR, { ...saturday, now: tokyo('2026-06-08T09:30') })).toMatchObject({ elapsedMinutes: 30, remainingMinutes: 30 });
  });

  it.each<[string, Date, boolean]>([
    ['one millisecond before the due time', new Date(tokyo('2026-06-01T10:00').getTime() - 1), false],
    ['exactly at the due time', tokyo('2026-06-01T10:00'), true],
    ['after the due time', tokyo('2026-06-01T10:01'), true],
  ])('breaches at the boundary: %s → %s', (_, now, breached) => {
    const state = serviceClock(DEFAULT_CALENDAR, { startedAt: start, targetMinutes: 60, pauses: [], now });
    expect(state.breached).toBe(breached);
    expect(state.breachedAt).toEqual(breached ? tokyo('2026-06-01T10:00') : null);
    expect(state.dueAt).toEqual(tokyo('2026-06-01T10:00'));
    expect(state.remainingMinutes === 0).toBe(breached);
  });

  it('merges overlapping pauses, clips one begun before the start, ignores future ones', () => {
    const pauses = [
      { from: tokyo('2026-06-01T08:00'), to: tokyo('2026-06-01T10:00') }, // 60 after the start
      { from: tokyo('2026-06-01T13:00'), to: tokyo('2026-06-01T15:00') },
      { from: tokyo('2026-06-01T14:00'), to: tokyo('2026-06-01T16:00') }, // merged: 13:00–16:00, 180
      { from: tokyo('2026-06-09T09:00'), to: null }, // not begun yet
    ];
    const state = serviceClock(DEFAULT_CALENDAR, { ...base, pauses, now: tokyo('2026-06-01T18:00') });
    expect(state).toMatchObject({ dueAt: tokyo('2026-06-02T14:00'), elapsedMinutes: 300, remainingMinutes: 300, paused: false });
  });

  it('has not started when now is before the start', () => {
    expect(serviceClock(DEFAULT_CALENDAR, { ...base, now: tokyo('2026-05-29T12:00') })).toMatchObject({ elapsedMinutes: 0, remainingMinutes: 600, breached: false });
  });

  it('counts holidays out of a running clock', () => {
    const state = serviceClock(TOKYO_2026, { startedAt: tokyo('2026-05-01T09:00'), targetMinutes: 600, pauses: [], now: tokyo('2026-05-06T12:00') });
    expect(state).toMatchObject({ dueAt: tokyo('2026-05-07T10:00'), elapsedMinutes: 540, breached: false });
  });

  it('works in London across the spring DST change', () => {
    const state = serviceClock(LONDON, { startedAt: london('2026-03-27T16:00'), targetMinutes: 180, pauses: [], now: new Date('2026-03-30T09:00:00Z') });
    expect(state).toMatchObject({ dueAt: new Date('2026-03-30T09:00:00Z'), elapsedMinutes: 180, breached: true });
  });
});
