import { DomainError } from '../errors/domain-error';
import { clampLimit, decodeCursor, decodeSortCursor, encodeCursor, encodeSortCursor, toPage } from './cursor';

describe('keyset cursor', () => {
  const key = { at: '2026-11-25T01:02:03.456789Z', id: '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f' };

  it('round-trips', () => {
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it.each(['not-base64!!', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["x","y"]').toString('base64url')])(
    'rejects %s with INVALID_CURSOR',
    (raw) => {
      expect(() => decodeCursor(raw)).toThrow(DomainError);
      try {
        decodeCursor(raw);
      } catch (e) {
        expect((e as DomainError).code).toBe('INVALID_CURSOR');
      }
    },
  );

  it('treats absent as the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('makes a next cursor only when an extra row was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ at: `2026-01-0${n}T00:00:00Z`, id: key.id }));
    expect(toPage(rows, 3, (r) => r).nextCursor).toBeNull();
    const page = toPage(rows, 2, (r) => r);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toEqual(rows[1]);
  });

  it('clamps the page size', () => {
    expect(clampLimit(undefined)).toBe(50);
    expect(clampLimit(0)).toBe(1);
    expect(clampLimit(10_000)).toBe(200);
  });
});

describe('sort cursor', () => {
  const id = '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f';

  it('round-trips a value and a missing value', () => {
    for (const value of ['2026-11-25T01:02:03.456Z', null]) {
      expect(decodeSortCursor(encodeSortCursor({ sort: 'deadline', value, id }), 'deadline')).toEqual({ sort: 'deadline', value, id });
    }
  });

  it('refuses a cursor of another sort, and malformed ones', () => {
    const other = encodeSortCursor({ sort: 'created', value: '2026-11-25T01:02:03Z', id });
    for (const raw of [other, 'not-base64!!', Buffer.from('["deadline","soon","x"]').toString('base64url'), encodeCursor({ at: '2026-11-25T01:02:03Z', id })]) {
      expect(() => decodeSortCursor(raw, 'deadline')).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    }
  });

  it('treats absent as the first page', () => {
    expect(decodeSortCursor(undefined, 'deadline')).toBeNull();
    expect(decodeSortCursor('', 'deadline')).toBeNull();
  });
});
