import { isKnownTimeZone } from '@reinstate/platform';
import { findDates, localParts, zonedToUtc } from './dates';
import { addDuration, findDurations } from './durations';
import { parseNumber } from './numbers';

const TOKYO = { zone: 'Asia/Tokyo' };

function firstDate(text: string) {
  const [d] = findDates(text);
  return d ? { ...d, text: text.slice(d.start, d.end) } : null;
}

describe('findDates', () => {
  it.each([
    ['2024年5月10日までに', { year: 2024, month: 5, day: 10, text: '2024年5月10日' }],
    ['2024年5月10日(金) 23時59分まで', { year: 2024, month: 5, day: 10, hour: 23, minute: 59, text: '2024年5月10日(金) 23時59分' }],
    ['令和6年5月20日まで', { year: 2024, month: 5, day: 20, text: '令和6年5月20日' }],
    ['平成31年4月30日', { year: 2019, month: 4, day: 30, text: '平成31年4月30日' }],
    ['令和元年5月1日', { year: 2019, month: 5, day: 1 }],
    ['期限: 2024/06/01', { year: 2024, month: 6, day: 1, text: '2024/06/01' }],
    ['due 2024-05-10 18:00 JST', { year: 2024, month: 5, day: 10, hour: 18, minute: 0, zone: TOKYO }],
    ['by 05/10/2024', { year: 2024, month: 5, day: 10 }],
    ['by 25/10/2024', { year: 2024, month: 10, day: 25 }],
    ['by May 10, 2024 11:59 PM PDT.', { year: 2024, month: 5, day: 10, hour: 23, minute: 59, zone: { offsetMinutes: -420 } }],
    ['no later than Friday, June 7, 2024', { year: 2024, month: 6, day: 7 }],
    ['no later than 10 June 2024', { year: 2024, month: 6, day: 10 }],
    ['by the 3rd of March 2025', { year: 2025, month: 3, day: 3 }],
    ['by Jan. 5 at 9 a.m. (UTC+9)', { year: null, month: 1, day: 5, hour: 9, zone: { offsetMinutes: 540 } }],
    ['5月10日までに', { year: null, month: 5, day: 10, text: '5月10日' }],
    ['2024-05-10T23:59:59Z', { hour: 23, minute: 59, second: 59, zone: { offsetMinutes: 0 } }],
  ])('reads %s', (text, expected) => {
    expect(firstDate(text)).toMatchObject(expected);
  });

  it('ignores the modal verb "may", impossible dates and a bare number after a date', () => {
    expect(findDates('you may 10 times')).toEqual([]);
    expect(findDates('2024年2月30日')).toEqual([]);
    expect(firstDate('May 10, 2024 17 days')).toMatchObject({ hour: null, text: 'May 10, 2024' });
  });
});

describe('time zones', () => {
  it('converts wall-clock time in a zone to UTC, across daylight saving', () => {
    expect(new Date(zonedToUtc(2024, 5, 10, 23, 59, TOKYO)).toISOString()).toBe('2024-05-10T14:59:00.000Z');
    const la = { zone: 'America/Los_Angeles' };
    expect(new Date(zonedToUtc(2024, 7, 1, 12, 0, la)).toISOString()).toBe('2024-07-01T19:00:00.000Z');
    expect(new Date(zonedToUtc(2024, 12, 1, 12, 0, la)).toISOString()).toBe('2024-12-01T20:00:00.000Z');
    expect(new Date(zonedToUtc(2024, 5, 10, 0, 0, { offsetMinutes: -420 })).toISOString()).toBe('2024-05-10T07:00:00.000Z');
  });

  it('reads local parts and validates zone names', () => {
    expect(localParts(Date.parse('2024-05-04T15:00:00Z'), TOKYO)).toMatchObject({ day: 5, hour: 0, weekday: 0 });
    expect(isKnownTimeZone('Asia/Tokyo')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('numbers and durations', () => {
  it.each([
    ['17', 17],
    ['seventeen', 17],
    ['twenty-four', 24],
    ['one hundred', 100],
    ['十七', 17],
    ['三十', 30],
    ['三六五', 365],
    ['二百', 200],
    ['1,000', 1000],
    ['lots', null],
  ])('parseNumber(%s)', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it('finds durations in both languages with ranges and units', () => {
    const text = 'within seventeen (17) days; 2-4 business days; 48時間以内; ３０日間; 2〜3営業日; 1か月; two weeks';
    const found = findDurations(text.normalize('NFKC'), []).map(({ amount, amountMax, unit }) => ({ amount, amountMax, unit }));
    expect(found).toEqual([
      { amount: 17, amountMax: null, unit: 'day' },
      { amount: 2, amountMax: 4, unit: 'business_day' },
      { amount: 48, amountMax: null, unit: 'hour' },
      { amount: 30, amountMax: null, unit: 'day' },
      { amount: 2, amountMax: 3, unit: 'business_day' },
      { amount: 1, amountMax: null, unit: 'month' },
      { amount: 2, amountMax: null, unit: 'week' },
    ]);
  });

  it('does not read the day of a date or 日本 as a duration', () => {
    expect(findDurations('5月10日 と 3日本', [])).toEqual([]);
  });

  it('adds business days skipping the weekend in the zone', () => {
    const friday = Date.parse('2024-05-03T10:00:00+09:00');
    const weekday = (t: number): number => localParts(t, TOKYO).weekday;
    const months = (t: number, n: number): number => t + n * 30 * 86400000;
    expect(new Date(addDuration(friday, 2, 'business_day', weekday, months)).toISOString()).toBe('2024-05-07T01:00:00.000Z');
    expect(new Date(addDuration(friday, 72, 'hour', weekday, months)).toISOString()).toBe('2024-05-06T01:00:00.000Z');
  });
});
