import { DomainError } from '../errors/domain-error';
import { isUuid } from '../ids';

/** Position after the last row of a page, for keyset pagination over (created_at, id). */
export interface KeysetCursor {
  at: string; // ISO timestamp with microseconds preserved as text
  id: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string | undefined): KeysetCursor | null {
  if (raw === undefined || raw === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      isUuid(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the coded error
  }
  throw new DomainError('INVALID_CURSOR', 'invalid', 'The cursor is malformed; use nextCursor from the previous page.', [
    { field: 'cursor', issue: 'malformed' },
  ]);
}

function invalidCursor(): DomainError {
  return new DomainError('INVALID_CURSOR', 'invalid', 'The cursor is malformed; use nextCursor from the previous page.', [
    { field: 'cursor', issue: 'malformed' },
  ]);
}

/**
 * Position in a list sorted by a named key other than creation: the sort's name travels in the
 * cursor, so a cursor of one sort used with another is refused instead of skipping rows.
 * `value` is the row's sort value as an ISO timestamp, or null where the row has none (those sort last).
 */
export interface SortCursor {
  sort: string;
  value: string | null;
  id: string;
}

export function encodeSortCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id]), 'utf8').toString('base64url');
}

export function decodeSortCursor(raw: string | undefined, sort: string): SortCursor | null {
  if (raw === undefined || raw === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === sort &&
    (parsed[1] === null || (typeof parsed[1] === 'string' && !Number.isNaN(Date.parse(parsed[1])))) &&
    isUuid(parsed[2])
  ) {
    return { sort, value: parsed[1] as string | null, id: parsed[2] };
  }
  throw invalidCursor();
}

/** Builds a page from limit+1 fetched rows: the extra row only tells that more exist. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => KeysetCursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE_SIZE);
}
