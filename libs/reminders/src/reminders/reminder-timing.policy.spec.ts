import { deadlineReminderTimes, withinBusinessHours } from './reminder-timing.policy';

const tokyo = { timeZone: 'Asia/Tokyo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

describe('deadlineReminderTimes', () => {
  const deadline = new Date('2026-12-10T00:00:00Z');
  it('gives 72 h, 24 h and 3 h before a deadline 73 h ahead', () => {
    const now = new Date(deadline.getTime() - 73 * 3_600_000);
    expect(deadlineReminderTimes(deadline, [72, 24, 3], now).map((r) => r.offsetHours)).toEqual([72, 24, 3]);
  });
  it('skips the ones already past', () => {
    const now = new Date(deadline.getTime() - 10 * 3_600_000);
    expect(deadlineReminderTimes(deadline, [72, 24, 3], now)).toEqual([{ offsetHours: 3, dueAt: new Date('2026-12-09T21:00:00Z') }]);
  });
});

describe('withinBusinessHours', () => {
  it('keeps a time inside business hours', () => {
    const at = new Date('2026-11-25T02:00:00Z'); // Wed 11:00 JST
    expect(withinBusinessHours(at, tokyo)).toEqual(at);
  });
  it('moves an evening to the next morning, and a weekend to Monday', () => {
    expect(withinBusinessHours(new Date('2026-11-25T12:00:00Z'), tokyo).toISOString()).toBe('2026-11-26T00:00:00.000Z'); // Wed 21:00 → Thu 09:00
    expect(withinBusinessHours(new Date('2026-11-28T03:00:00Z'), tokyo).toISOString()).toBe('2026-11-30T00:00:00.000Z'); // Sat → Mon 09:00
  });
  it('moves an early morning to opening time the same day', () => {
    expect(withinBusinessHours(new Date('2026-11-24T21:30:00Z'), tokyo).toISOString()).toBe('2026-11-25T00:00:00.000Z'); // Wed 06:30 → 09:00
  });
});
