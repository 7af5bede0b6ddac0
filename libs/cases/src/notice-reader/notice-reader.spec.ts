import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyReading, MAX_NOTICE_LENGTH, readNotice } from './notice-reader';
import { loadFixture, spanProblems } from './fixtures/summary';

const FIXTURES = readdirSync(join(__dirname, 'fixtures')).filter((f) => f.endsWith('.txt'));

/** A small deterministic generator so the garbage test is reproducible. */
function pseudoRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

describe('readNotice robustness', () => {
  it('returns an empty reading for empty or blank input', () => {
    expect(readNotice('')).toEqual(emptyReading());
    expect(readNotice(' \n\t\r\n ')).toEqual(emptyReading());
  });

  it('never throws on non-string input passed from untyped callers', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => readNotice(bad as unknown as string)).not.toThrow();
      expect(readNotice(bad as unknown as string)).toEqual(emptyReading());
    }
  });

  it('never throws on random garbage, lone surrogates, control characters and broken markup', () => {
    const alphabet = 'B0X●*＊:：,、。\n\r\t<>&;#=%ASINasin0123456789０１２３日以内within days年月期限\ud800\udc00\u0000\u200b';
    const next = pseudoRandom(7);
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = Math.floor(next() * 400);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const reading = readNotice(text, { receivedAt: new Date(0) });
      expect(spanProblems(text, reading)).toEqual([]);
    }
    for (const text of ['<p', '&#99999999;', '=E3=81', '=\n=\n=ZZ', '\ud83d', 'ASIN:', '期限：', 'within  days', '<style>', '<!--']) {
      expect(() => readNotice(text)).not.toThrow();
    }
  });

  it('handles huge input quickly and ignores anything past the length cap', () => {
    const block = loadFixture('ja-02-authenticity-suspension.txt');
    const huge = block.repeat(Math.ceil((MAX_NOTICE_LENGTH * 3) / block.length));
    const started = process.hrtime.bigint();
    const reading = readNotice(huge, { receivedAt: new Date('2024-05-01T00:00:00Z') });
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(elapsedMs).toBeLessThan(10000);
    expect(reading.severity?.value).toBe('suspension');
    for (const e of [...reading.asins, ...reading.nonDeadlinePeriods]) expect(e.span.end).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(spanProblems(huge, reading)).toEqual([]);
  });

  it('handles a single very long line without pathological backtracking', () => {
    const texts = [
      `${'アカウント'.repeat(5000)}${'a, '.repeat(20000)}ASIN ${'B0'.repeat(10000)}`,
      'please submit within 17 days '.repeat(6000),
      'Seller Support アカウントヘルスサポート '.repeat(5000),
      'アカウントを停止 出品を削除 may result in '.repeat(5000),
      `ASIN: ${'B0AAAAAAA1, '.repeat(15000)}`,
    ];
    // No wall-clock assertion (it fails on a busy machine): pathological backtracking on these
    // inputs takes hours, so Jest's test timeout is the guard.
    for (const text of texts) expect(() => readNotice(text, { receivedAt: new Date(0) })).not.toThrow();
  });

  it('accepts null or malformed options from untyped callers', () => {
    for (const bad of [null, 5, 'x', { receivedAt: 'yesterday', timeZone: 42 }]) {
      expect(() => readNotice('Submit within 17 days.', bad as never)).not.toThrow();
      expect(readNotice('Submit within 17 days.', bad as never).deadline?.value.dueAt).toBeNull();
    }
  });

  it('falls back to Asia/Tokyo for an unknown time zone and ignores an invalid receivedAt', () => {
    const text = 'Please reply by June 3, 2024. Submit within 17 days.';
    const reading = readNotice(text, { timeZone: 'Not/AZone', receivedAt: new Date('nonsense') });
    expect(reading.deadline?.value).toMatchObject({ timeZone: 'Asia/Tokyo', dueAt: '2024-06-03T14:59:59.999Z' });
  });
});

describe('readNotice determinism and spans', () => {
  it.each(FIXTURES)('%s reads the same twice, with every span matching the original', (file) => {
    const text = loadFixture(file);
    const options = { receivedAt: new Date('2024-05-01T10:00:00+09:00') };
    const first = readNotice(text, options);
    expect(readNotice(text, options)).toEqual(first);
    expect(spanProblems(text, first)).toEqual([]);
  });

  it('does not read the clock: without receivedAt no relative deadline is resolved', () => {
    for (const file of FIXTURES) {
      const deadline = readNotice(loadFixture(file)).deadline;
      if (deadline?.value.kind === 'relative') expect(deadline.value.dueAt).toBeNull();
    }
  });

  it('reads the same notice with Windows line endings identically (values)', () => {
    const text = loadFixture('ja-07-review-manipulation.txt').replace(/\r?\n/g, '\n');
    const unix = readNotice(text);
    const windows = readNotice(text.replace(/\n/g, '\r\n'));
    const values = (r: typeof unix) => JSON.stringify(r, (key, v) => (key === 'span' ? undefined : v));
    expect(values(windows)).toEqual(values(unix));
    expect(spanProblems(text.replace(/\n/g, '\r\n'), windows)).toEqual([]);
  });
});
