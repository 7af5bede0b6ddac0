/**
 * The seller's deadline, the appeal limit, and the periods that are NOT the seller's deadline.
 * Candidates come from absolute dates and durations; period-cues decides whose clock each is on.
 */
import type { Deadline, Extracted, NonDeadlinePeriod } from './notice-reader.types';
import { extracted, type ReaderContext } from './context';
import { findDates, isoDate, localParts, zoneLabel, zonedToUtc, type DateMatch, type ZoneRef } from './dates';
import { addDuration, findDurations, type DurationMatch } from './durations';
import { parseNumber, EN_NUMBER, JA_NUMBER } from './numbers';
import { classifyDate, classifyDuration, widenPeriod, type Classification } from './period-cues';
import { matchAll } from './segments';

export interface PeriodOptions {
  receivedAt: Date | null;
  zone: ZoneRef;
}

export interface PeriodReading {
  deadline: Extracted<Deadline> | null;
  appealLimit: Extracted<number> | null;
  nonDeadlinePeriods: Extracted<NonDeadlinePeriod>[];
}

interface Candidate {
  start: number;
  end: number;
  c: Classification;
  date?: DateMatch;
  duration?: DurationMatch;
}

export function readPeriods(ctx: ReaderContext, options: PeriodOptions): PeriodReading {
  const dates = findDates(ctx.text);
  const durations = findDurations(ctx.text, dates);
  const candidates: Candidate[] = [];
  for (const d of dates) {
    const c = classifyDate(ctx, d.start, d.end);
    if (c) candidates.push({ start: d.start, end: d.end, c, date: d });
  }
  for (const d of durations) {
    const c = classifyDuration(ctx, d.start, d.end, ctx.text.slice(d.start, d.end));
    if (!c) continue;
    const w = c.kind === 'deadline' ? widenPeriod(ctx, d.start, d.end) : { start: d.start, end: d.end };
    candidates.push({ start: w.start, end: w.end, c, duration: d });
  }
  candidates.sort((a, b) => a.start - b.start);

  const nonDeadlinePeriods: Extracted<NonDeadlinePeriod>[] = [];
  let best: Candidate | null = null;
  for (const cand of candidates) {
    if (cand.c.kind === 'deadline') {
      // Highest score wins; on a tie an absolute date beats a relative one, then the earlier one.
      if (!best || cand.c.score > best.c.score || (cand.c.score === best.c.score && cand.date && !best.date)) best = cand;
      continue;
    }
    const value: NonDeadlinePeriod = {
      kind: cand.c.kind,
      amount: cand.duration?.amount ?? null,
      amountMax: cand.duration?.amountMax ?? null,
      unit: cand.duration?.unit ?? null,
      date: cand.date && cand.date.year !== null ? isoDate(cand.date.year, cand.date.month, cand.date.day) : null,
    };
    nonDeadlinePeriods.push(extracted(ctx, cand.start, cand.end, value, cand.c.kind === 'other' ? 'low' : 'medium'));
  }

  const deadline = best ? toDeadline(ctx, best, options) : null;
  return { deadline, appealLimit: findAppealLimit(ctx), nonDeadlinePeriods };
}

function confidenceOf(score: number): 'high' | 'medium' | 'low' {
  return score >= 3 ? 'high' : score === 2 ? 'medium' : 'low';
}

function toDeadline(ctx: ReaderContext, cand: Candidate, options: PeriodOptions): Extracted<Deadline> {
  const confidence = confidenceOf(cand.c.score);
  if (cand.date) return extracted(ctx, cand.start, cand.end, absoluteDeadline(cand.date, options), confidence);
  const d = cand.duration as DurationMatch;
  let dueAt: string | null = null;
  if (options.receivedAt) {
    const zone = options.zone;
    const ms = addDuration(
      options.receivedAt.getTime(),
      d.amount,
      d.unit,
      (t) => localParts(t, zone).weekday,
      (t, months) => {
        const p = localParts(t, zone);
        return zonedToUtc(p.year, p.month + months, p.day, p.hour, p.minute, zone) + p.second * 1000;
      },
    );
    dueAt = new Date(ms).toISOString();
  }
  const value: Deadline = {
    kind: 'relative',
    dueAt,
    date: null,
    time: null,
    timeZone: null,
    relative: { amount: d.amount, unit: d.unit, anchor: cand.c.anchor },
  };
  return extracted(ctx, cand.start, cand.end, value, confidence);
}

function absoluteDeadline(d: DateMatch, options: PeriodOptions): Deadline {
  const zone = d.zone ?? options.zone;
  let year = d.year;
  if (year === null && options.receivedAt) {
    // A date without a year is the next such date on or after (roughly) when the notice arrived.
    const received = options.receivedAt.getTime();
    const p = localParts(received, zone);
    year = p.year;
    if (zonedToUtc(year, d.month, d.day + 1, 0, 0, zone) < received - 30 * 86400000) year += 1;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time =
    d.hour !== null ? `${pad(d.hour)}:${pad(d.minute ?? 0)}${d.second !== null ? `:${pad(d.second)}` : ''}` : null;
  if (year === null) {
    const monthDay = `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    return { kind: 'absolute', dueAt: null, date: monthDay, time, timeZone: zoneLabel(zone), relative: null };
  }
  // A date-only deadline runs to the end of that day in its zone.
  const ms =
    d.hour !== null
      ? zonedToUtc(year, d.month, d.day, d.hour, d.minute ?? 0, zone) + (d.second ?? 0) * 1000
      : zonedToUtc(year, d.month, d.day + 1, 0, 0, zone) - 1;
  return {
    kind: 'absolute',
    dueAt: new Date(ms).toISOString(),
    date: isoDate(year, d.month, d.day),
    time,
    timeZone: zoneLabel(zone),
    relative: null,
  };
}

const APPEAL_LIMIT_EN = new RegExp(
  `\\b(?:after|following)\\s+(${EN_NUMBER})\\s+(?:unsuccessful|failed|rejected|denied|declined)\\s+appeals?`,
  'i',
);
const APPEAL_LIMIT_JA = new RegExp(
  `(${JA_NUMBER})\\s*回(?:目)?(?:の)?(?:異議申し立て|申し立て|申立て?|不服申し立て|再審査(?:請求)?|改善計画書?の(?:ご)?提出)[^。\\n]{0,20}?(?:不成功|失敗|却下|認められ(?:なかっ|ない|ず)|承認され(?:なかっ|ない|ず)|通らなかっ)` +
    `|(?:異議申し立て|申し立て|申立て?)(?:が|を)?\\s*(${JA_NUMBER})\\s*回(?:連続で|続けて)?(?:不成功|失敗|却下|認められ)`,
);

/** The first stated appeal limit in either language. */
function findAppealLimit(ctx: ReaderContext): Extracted<number> | null {
  let best: Extracted<number> | null = null;
  let bestStart = Infinity;
  for (const re of [APPEAL_LIMIT_EN, APPEAL_LIMIT_JA]) {
    for (const m of matchAll(re, ctx.text)) {
      const n = parseNumber(m[1] ?? m[2] ?? '');
      if (n === null || n <= 0 || n >= 20) continue;
      if (m.index < bestStart) {
        bestStart = m.index;
        best = extracted(ctx, m.index, m.index + m[0].length, n, 'high');
      }
      break;
    }
  }
  return best;
}
