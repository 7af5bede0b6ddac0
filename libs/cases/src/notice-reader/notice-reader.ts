/**
 * The notice reader: a pure, deterministic reading of a marketplace notice's text into suggestions
 * (sender, severity, categories, ASINs, deadline, documents, reference numbers), each with the span
 * of the original text it came from. It never throws and never looks at the clock: relative
 * deadlines resolve only against `options.receivedAt`.
 */
import type { NoticeReading, ReadNoticeOptions } from './notice-reader.types';
import { makeContext, type ReaderContext } from './context';
import { readAsins } from './asins';
import { readCategories } from './categories';
import { isKnownTimeZone } from '@reinstate/platform';
import type { ZoneRef } from './dates';
import { readPeriods } from './deadline';
import { readDepartment } from './department';
import { readDocuments } from './documents';
import { readHeaders, readLanguage } from './headers';
import { readReferences } from './references';
import { readAppealOutcome, readSeverity } from './severity';

export type * from './notice-reader.types';

/** Notices are a few kilobytes; anything past this is ignored so a pasted dump cannot stall a request. */
export const MAX_NOTICE_LENGTH = 200_000;
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

export function emptyReading(): NoticeReading {
  return {
    language: null,
    subject: null,
    from: null,
    senderDepartment: null,
    severity: null,
    violationCategories: [],
    asins: [],
    maskedAsins: [],
    deadline: null,
    appealLimit: null,
    nonDeadlinePeriods: [],
    requestedDocuments: [],
    referenceNumbers: [],
    appealOutcome: null,
  };
}

/** Runs one extractor; a bug in one must not cost the caller the others. */
function attempt<T>(fallback: T, read: () => T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readNotice(text: string, options?: ReadNoticeOptions): NoticeReading {
  const input = typeof text === 'string' ? text.slice(0, MAX_NOTICE_LENGTH) : '';
  const opts: ReadNoticeOptions = options !== null && typeof options === 'object' ? options : {};
  const reading = emptyReading();
  let ctx: ReaderContext;
  try {
    ctx = makeContext(input);
  } catch {
    return reading;
  }
  const receivedAt = opts.receivedAt instanceof Date && Number.isFinite(opts.receivedAt.getTime()) ? opts.receivedAt : null;
  const zone: ZoneRef = {
    zone: typeof opts.timeZone === 'string' && isKnownTimeZone(opts.timeZone) ? opts.timeZone : DEFAULT_TIME_ZONE,
  };

  const headers = attempt({ subject: null, from: null, fromRange: null }, () => readHeaders(ctx));
  reading.subject = headers.subject;
  reading.from = headers.from;
  reading.language = attempt(null, () => readLanguage(ctx));
  reading.senderDepartment = attempt(null, () =>
    readDepartment(ctx, headers.from?.value ?? null, headers.fromRange),
  );
  reading.severity = attempt(null, () => readSeverity(ctx));
  reading.violationCategories = attempt([], () => readCategories(ctx));
  const asins = attempt({ asins: [], maskedAsins: [] }, () => readAsins(ctx));
  reading.asins = asins.asins;
  reading.maskedAsins = asins.maskedAsins;
  const periods = attempt({ deadline: null, appealLimit: null, nonDeadlinePeriods: [] }, () =>
    readPeriods(ctx, { receivedAt, zone }),
  );
  reading.deadline = periods.deadline;
  reading.appealLimit = periods.appealLimit;
  reading.nonDeadlinePeriods = periods.nonDeadlinePeriods;
  reading.requestedDocuments = attempt([], () => readDocuments(ctx));
  reading.referenceNumbers = attempt([], () => readReferences(ctx));
  reading.appealOutcome = attempt(null, () => readAppealOutcome(ctx));
  return reading;
}
