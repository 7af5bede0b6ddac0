import { localDateOf, localToUtc, zoneOffsetMs, zonedParts } from './time-zone';

describe('time zones', () => {
  it('reads Tokyo wall-clock time', () => {
    expect(localToUtc('2026-11-25T09:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(localToUtc('2026-11-25', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(zoneOffsetMs(new Date('2026-06-01T00:00:00Z'), 'Asia/Tokyo')).toBe(9 * 3600_000);
  });

  it('handles daylight saving on both sides', () => {
    expect(localToUtc('2026-07-01T09:00', 'Europe/London')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(localToUtc('2026-01-15T09:00', 'Europe/London')?.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    // 01:30 on 2026-03-29 does not exist in London: it moves forward.
    expect(localToUtc('2026-03-29T01:30', 'Europe/London')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses malformed and impossible times', () => {
    for (const bad of ['2026-02-30T09:00', '2026-11-25T24:00', 'tomorrow', '2026-11-25T9:00']) expect(localToUtc(bad, 'Asia/Tokyo')).toBeNull();
  });

  it('gives the local date and weekday', () => {
    const instant = new Date('2026-11-28T16:00:00Z'); // Sunday 01:00 in Tokyo
    expect(localDateOf(instant, 'Asia/Tokyo')).toBe('2026-11-29');
    expect(zonedParts(instant, 'Asia/Tokyo').weekday).toBe(0);
  });
});

describe('localDateOf', () => {
  it('is the calendar date in the tenant zone, not the server zone', () => {
    const instant = new Date('2024-05-12T15:30:00Z');
    expect(localDateOf(instant, 'Asia/Tokyo')).toBe('2024-05-13');
    expect(localDateOf(instant, 'UTC')).toBe('2024-05-12');
    expect(localDateOf(instant, 'America/Los_Angeles')).toBe('2024-05-12');
  });
});
