/**
 * Absolute dates in notices (Japanese, numeric and English forms, with optional time and zone)
 * and the time-zone arithmetic to turn them into instants (named zones through platform's
 * time-zone helpers, fixed offsets here).
 */
import { zoneOffsetMs, zonedParts } from '@reinstate/platform';
import { matchAll } from './segments';

export type ZoneRef = { zone: string } | { offsetMinutes: number };

export interface DateMatch {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
  zone: ZoneRef | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY_EN = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const WEEKDAY_JA = '(?:\\s*\\(\\s*[月火水木金土日](?:曜日?)?\\s*\\))?';

const JA_DATE = new RegExp(
  `(?:(令和|平成)\\s*(元|\\d{1,2})|(\\d{4}))\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${WEEKDAY_JA}`,
  'g',
);
const JA_DATE_NO_YEAR = new RegExp(`(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${WEEKDAY_JA}`, 'g');
const NUMERIC_YMD = new RegExp(`(?<![\\d/.-])(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?![\\d/])${WEEKDAY_JA}`, 'g');
const NUMERIC_MDY = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
const EN_MDY = new RegExp(
  `${WEEKDAY_EN}\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`,
  'gi',
);
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?(?:\\s+(\\d{4})\\b)?`, 'gi');

/** Time right after a date: "23:59", "午後11時59分", "at 11:59 PM", "T23:59:00". */
const TIME_AFTER =
  /^(?:\s*(?:at|@|,|T|の)?\s*)(午前|午後)?\s*(\d{1,2})(?:\s*(?::|時)\s*(\d{2})?\s*分?(?::(\d{2})(?:\.\d+)?)?)?(?:\s*(a\.?m\.?|p\.?m\.?)(?![a-z]))?/i;
/** Zone right after a date or time. */
const ZONE_AFTER =
  /^\s*[(\[]?\s*(Z(?![A-Za-z])|日本時間|日本標準時|JST|UTC|GMT|協定世界時|PST|PDT|PT|Pacific(?:\s+(?:Standard|Daylight))?\s+Time|太平洋(?:標準|夏)?時間?|EST|EDT|ET|Eastern\s+Time|CET|CEST|BST)?(?![A-Za-z])\s*([+-]\s*\d{1,2}(?::?\d{2})?)?\s*[)\]]?/i;

const NAMED_ZONES: Record<string, ZoneRef> = {
  z: { offsetMinutes: 0 },
  utc: { offsetMinutes: 0 },
  gmt: { offsetMinutes: 0 },
  協定世界時: { offsetMinutes: 0 },
  jst: { zone: 'Asia/Tokyo' },
  日本時間: { zone: 'Asia/Tokyo' },
  日本標準時: { zone: 'Asia/Tokyo' },
  pst: { offsetMinutes: -480 },
  pdt: { offsetMinutes: -420 },
  est: { offsetMinutes: -300 },
  edt: { offsetMinutes: -240 },
  cet: { offsetMinutes: 60 },
  cest: { offsetMinutes: 120 },
  bst: { offsetMinutes: 60 },
  pt: { zone: 'America/Los_Angeles' },
  et: { zone: 'America/New_York' },
};

function zoneFromText(name: string | undefined, offset: string | undefined): ZoneRef | null {
  let base: ZoneRef | null = null;
  if (name) {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (key.startsWith('pacific') || key.startsWith('太平洋')) {
      base = /standard|標準/.test(key) ? { offsetMinutes: -480 } : /daylight|夏/.test(key) ? { offsetMinutes: -420 } : { zone: 'America/Los_Angeles' };
    } else if (key.startsWith('eastern')) base = { zone: 'America/New_York' };
    else base = NAMED_ZONES[key] ?? null;
  }
  if (offset && (!name || /^(utc|gmt|z)$/i.test(name))) {
    const m = /([+-])\s*(\d{1,2}):?(\d{2})?/.exec(offset);
    if (m) {
      const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
      if (minutes <= 14 * 60) return { offsetMinutes: m[1] === '-' ? -minutes : minutes };
    }
  }
  return base;
}

/** Extends a bare date match with a following time and zone. */
function withTimeAndZone(text: string, d: DateMatch): DateMatch {
  let end = d.end;
  const tail = text.slice(end, end + 40);
  const t = TIME_AFTER.exec(tail);
  let hour: number | null = null;
  let minute: number | null = null;
  let second: number | null = null;
  // A bare number after a date ("May 10 2024 17 days") is not a time: require ":"/時 or am/pm.
  if (t && (t[3] !== undefined || /時/.test(t[0]) || t[5])) {
    let h = Number(t[2]);
    const pm = t[1] === '午後' || /^p/i.test(t[5] ?? '');
    const am = t[1] === '午前' || /^a/i.test(t[5] ?? '');
    if (pm && h < 12) h += 12;
    if (am && h === 12) h = 0;
    if (h <= 24 && Number(t[3] ?? 0) < 60 && Number(t[4] ?? 0) < 60) {
      hour = h;
      minute = Number(t[3] ?? 0);
      second = t[4] !== undefined ? Number(t[4]) : null;
      end += t[0].length;
    }
  }
  let zone: ZoneRef | null = null;
  const z = ZONE_AFTER.exec(text.slice(end, end + 40));
  // A bare "+09:00" or "Z" only counts right after a time, never after a date alone.
  if (z && (z[1] || z[2]) && (hour !== null || (z[1] && z[1] !== 'Z'))) {
    zone = zoneFromText(z[1], z[2]);
    if (zone) end += z[0].replace(/\s+$/, '').length;
  }
  return { ...d, hour, minute, second, zone, end };
}

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === null) return true;
  if (year < 1990 || year > 2100) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** Finds absolute dates, longest/earliest first, without overlaps. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const add = (start: number, end: number, year: number | null, month: number, day: number): void => {
    if (!valid(year, month, day)) return;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push(withTimeAndZone(text, { start, end, year, month, day, hour: null, minute: null, second: null, zone: null }));
  };
  for (const m of matchAll(JA_DATE, text)) {
    const era = m[1];
    const eraYear = m[2] === '元' ? 1 : Number(m[2]);
    const year = era === '令和' ? 2018 + eraYear : era === '平成' ? 1988 + eraYear : Number(m[3]);
    add(m.index, m.index + m[0].length, year, Number(m[4]), Number(m[5]));
  }
  for (const m of matchAll(NUMERIC_YMD, text)) add(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of matchAll(NUMERIC_MDY, text)) {
    // US order unless the first number cannot be a month.
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12) add(m.index, m.index + m[0].length, Number(m[3]), b, a);
    else add(m.index, m.index + m[0].length, Number(m[3]), a, b);
  }
  for (const m of matchAll(EN_MDY, text)) {
    if (m[1] === 'may' || m[1] === 'MAY') continue; // the modal verb, not the month
    add(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, MONTHS[m[1].slice(0, 3).toLowerCase()], Number(m[2]));
  }
  for (const m of matchAll(EN_DMY, text)) {
    if (m[2] === 'may') continue;
    add(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1]));
  }
  for (const m of matchAll(JA_DATE_NO_YEAR, text)) add(m.index, m.index + m[0].length, null, Number(m[1]), Number(m[2]));
  return found.sort((a, b) => a.start - b.start);
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

/** Wall-clock parts of an instant in a zone. */
export function localParts(utcMs: number, zone: ZoneRef): LocalParts {
  if ('offsetMinutes' in zone) {
    const d = new Date(utcMs + zone.offsetMinutes * 60000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      weekday: d.getUTCDay(),
    };
  }
  return zonedParts(new Date(utcMs), zone.zone);
}

/** The UTC instant of a wall-clock time in a zone (DST gaps resolve forward). */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  zone: ZoneRef,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if ('offsetMinutes' in zone) return wall - zone.offsetMinutes * 60000;
  const offsetAt = (utc: number): number => zoneOffsetMs(new Date(utc), zone.zone);
  let utc = wall - offsetAt(wall);
  const second = offsetAt(utc);
  if (wall - second !== utc) utc = wall - second;
  return utc;
}

export function zoneLabel(zone: ZoneRef): string {
  if ('zone' in zone) return zone.zone;
  const sign = zone.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(zone.offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
