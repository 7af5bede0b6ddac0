import { countWords, isWordToken, tokens } from './tokenize';
import type { Token } from './tokenize';

const texts = (ts: Token[]) => ts.map((t) => t.text);

function expectConsistent(input: string, ts: Token[]): void {
  expect(ts.map((t) => t.text).join('')).toBe(input);
  let pos = 0;
  for (const t of ts) {
    expect(t.start).toBe(pos);
    expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(t.end).toBeGreaterThan(t.start);
    pos = t.end;
  }
  expect(pos).toBe(input.length);
}

describe('tokens (English)', () => {
  it('splits words, numbers, whitespace runs and punctuation', () => {
    const input = 'We removed 3,000 units (4.5%) on 2024-03-01.  Done!';
    const ts = tokens(input, 'en');
    expectConsistent(input, ts);
    expect(texts(ts)).toEqual([
      'We', ' ', 'removed', ' ', '3,000', ' ', 'units', ' ', '(', '4.5', '%', ')', ' ', 'on', ' ',
      '2024', '-', '03', '-', '01', '.', '  ', 'Done', '!',
    ]);
    const kinds = Object.fromEntries(ts.map((t) => [t.text, t.kind]));
    expect(kinds['3,000']).toBe('number');
    expect(kinds['removed']).toBe('word');
    expect(kinds['  ']).toBe('space');
    expect(kinds['(']).toBe('punct');
  });

  it('keeps contractions and ASINs whole', () => {
    expect(texts(tokens("We didn't list B08XYZ1234.", 'en'))).toEqual([
      'We', ' ', "didn't", ' ', 'list', ' ', 'B08XYZ1234', '.',
    ]);
  });

  it('makes every newline a token, including CRLF and blank lines', () => {
    const input = '- one\r\n\n- two\n';
    const ts = tokens(input, 'en');
    expectConsistent(input, ts);
    expect(ts.filter((t) => t.kind === 'newline').map((t) => t.text)).toEqual(['\r\n', '\n', '\n']);
  });

  it('merges tabs and spaces into one whitespace run but not across newlines', () => {
    const ts = tokens('a \t b\n  c', 'en');
    expect(texts(ts)).toEqual(['a', ' \t ', 'b', '\n', '  ', 'c']);
  });

  it('keeps emoji and repeated punctuation as single graphemes', () => {
    const input = 'ok!! 👍🏻 👨‍👩‍👧...';
    const ts = tokens(input, 'en');
    expectConsistent(input, ts);
    expect(texts(ts)).toEqual(['ok', '!', '!', ' ', '👍🏻', ' ', '👨‍👩‍👧', '.', '.', '.']);
  });

  it('returns nothing for the empty string', () => {
    expect(tokens('', 'en')).toEqual([]);
  });
});

describe('tokens (Japanese)', () => {
  it('segments Japanese into words with Intl.Segmenter', () => {
    const input = '当社は出品を停止しました。';
    const ts = tokens(input, 'ja');
    expectConsistent(input, ts);
    expect(texts(ts)).toContain('当社');
    expect(texts(ts)).toContain('出品');
    expect(texts(ts)).toContain('停止');
    expect(ts[ts.length - 1]).toMatchObject({ text: '。', kind: 'punct' });
    // Words, not characters.
    expect(ts.length).toBeLessThan(input.length);
  });

  it('keeps 、。・「」 as their own tokens', () => {
    const input = '「請求書」・領収書、仕入先。';
    const ts = tokens(input, 'ja');
    expectConsistent(input, ts);
    for (const p of ['「', '」', '・', '、', '。']) {
      expect(ts.filter((t) => t.text === p)).toHaveLength(1);
      expect(ts.find((t) => t.text === p)?.kind).toBe('punct');
    }
  });

  it('handles mixed text: ASINs, dates, English words, full-width space and newlines', () => {
    const input = '2024年3月1日、ASIN B08XYZ1234（Amazon FBA在庫）を確認。\n　次の対策：';
    const ts = tokens(input, 'ja');
    expectConsistent(input, ts);
    const t = texts(ts);
    expect(t).toContain('B08XYZ1234');
    expect(t).toContain('ASIN');
    expect(t).toContain('Amazon');
    expect(t).toContain('FBA');
    expect(t).toContain('2024');
    expect(t).toContain('\n');
    expect(ts.find((x) => x.text === '\u3000')?.kind).toBe('space');
    expect(ts.find((x) => x.text === '2024')?.kind).toBe('number');
  });

  it('gives identical boundaries for English text under either language', () => {
    const input = 'Root cause: the supplier invoice was missing.';
    expect(texts(tokens(input, 'ja'))).toEqual(texts(tokens(input, 'en')));
  });
});

describe('countWords / isWordToken', () => {
  it('counts words and numbers, not spaces or punctuation', () => {
    expect(countWords('We removed 12 ASINs.', 'en')).toBe(4);
    expect(countWords('  \n。、', 'ja')).toBe(0);
    expect(countWords('在庫を廃棄しました', 'ja')).toBeGreaterThanOrEqual(3);
    expect(isWordToken({ kind: 'number' })).toBe(true);
    expect(isWordToken({ kind: 'punct' })).toBe(false);
  });
});
