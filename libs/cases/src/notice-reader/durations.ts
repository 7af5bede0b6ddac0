/** Durations in notices: "within 17 days", "2-4 business days", "48時間以内", "三十日間", "1か月". */
import type { DurationUnit } from './notice-reader.types';
import { EN_NUMBER, JA_NUMBER, parseNumber } from './numbers';
import { matchAll } from './segments';

export interface DurationMatch {
  start: number;
  end: number;
  amount: number;
  amountMax: number | null;
  unit: DurationUnit;
}

const EN_DURATION = new RegExp(
  `(?<![A-Za-z0-9.])(${EN_NUMBER})(?:\\s*\\(\\s*\\d{1,4}\\s*\\))?` +
    `(?:\\s*(?:-|–|~|to|or)\\s*(${EN_NUMBER})(?:\\s*\\(\\s*\\d{1,4}\\s*\\))?)?` +
    `[\\s-]*(?:(business|working|calendar)[\\s-]+)?(hours?|hrs?|days?|weeks?|months?)\\b`,
  'gi',
);

const JA_DURATION = new RegExp(
  `(?<![\\d月])(${JA_NUMBER})(?:\\s*[-~〜～]\\s*(${JA_NUMBER}))?\\s*` +
    `(営業日間?|営業時間|時間|日間|日(?![本曜付])|週間|(?:か|ヶ|カ|ケ|ヵ|箇)月間?)`,
  'g',
);

function enUnit(word: string, qualifier: string | undefined): DurationUnit {
  const w = word.toLowerCase();
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('m')) return 'month';
  return qualifier && /business|working/i.test(qualifier) ? 'business_day' : 'day';
}

function jaUnit(word: string): DurationUnit {
  if (word.startsWith('営業日')) return 'business_day';
  if (word.endsWith('時間')) return 'hour';
  if (word.startsWith('週')) return 'week';
  if (word.includes('月')) return 'month';
  return 'day';
}

/** All durations, sorted by position, with overlapping matches dropped. */
export function findDurations(text: string, excluded: { start: number; end: number }[]): DurationMatch[] {
  const found: DurationMatch[] = [];
  const add = (start: number, end: number, a: string, b: string | undefined, unit: DurationUnit): void => {
    const amount = parseNumber(a);
    const amountMax = b === undefined ? null : parseNumber(b);
    if (amount === null || amount <= 0 || amount > 1000) return;
    if (excluded.some((x) => start < x.end && end > x.start)) return;
    if (found.some((x) => start < x.end && end > x.start)) return;
    found.push({ start, end, amount, amountMax: amountMax !== null && amountMax > amount ? amountMax : null, unit });
  };
  for (const m of matchAll(EN_DURATION, text)) add(m.index, m.index + m[0].length, m[1], m[2], enUnit(m[4], m[3]));
  for (const m of matchAll(JA_DURATION, text)) add(m.index, m.index + m[0].length, m[1], m[2], jaUnit(m[3]));
  return found.sort((x, y) => x.start - y.start);
}

/** Adds a duration to an instant; business days skip Saturday and Sunday in the given zone. */
export function addDuration(
  fromMs: number,
  amount: number,
  unit: DurationUnit,
  weekdayAt: (utcMs: number) => number,
  addMonths: (utcMs: number, months: number) => number,
): number {
  const HOUR = 3600000;
  const DAY = 24 * HOUR;
  switch (unit) {
    case 'hour':
      return fromMs + amount * HOUR;
    case 'day':
      return fromMs + amount * DAY;
    case 'week':
      return fromMs + amount * 7 * DAY;
    case 'month':
      return addMonths(fromMs, amount);
    case 'business_day': {
      let t = fromMs;
      let left = amount;
      while (left > 0) {
        t += DAY;
        const wd = weekdayAt(t);
        if (wd !== 0 && wd !== 6) left--;
      }
      return t;
    }
  }
}
