import { normalizeText, spanOf } from './normalize';
import { splitSentences, clauseAround, segmentAt } from './segments';

/** Where `needle` sits in the normalised text, mapped back to the original. */
function originalOf(input: string, needle: string): string {
  const n = normalizeText(input);
  const at = n.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return spanOf(n, at, at + needle.length).text;
}

describe('normalizeText', () => {
  it('folds full-width letters, digits and colons (NFKC) and maps spans back to the original', () => {
    const input = 'ＡＳＩＮ：Ｂ０９ＡＢＣ１２３４ です';
    const n = normalizeText(input);
    expect(n.text).toBe('ASIN:B09ABC1234 です');
    expect(originalOf(input, 'B09ABC1234')).toBe('Ｂ０９ＡＢＣ１２３４');
    const span = spanOf(n, 5, 15);
    expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it('joins half-width katakana with its voiced mark into one character', () => {
    const input = 'ｶﾞｲﾄﾞﾗｲﾝ 17日';
    const n = normalizeText(input);
    expect(n.text).toBe('ガイドライン 17日');
    expect(originalOf(input, 'ガ')).toBe('ｶﾞ');
  });

  it('turns CRLF and lone CR into LF, keeping the two-character source span', () => {
    const input = 'line1\r\nline2\rline3';
    const n = normalizeText(input);
    expect(n.text).toBe('line1\nline2\nline3');
    expect(spanOf(n, 5, 6).text).toBe('\r\n');
  });

  it('drops zero-width characters', () => {
    expect(normalizeText('B0\u200bA\ufeffB').text).toBe('B0AB');
  });

  it('strips HTML tags and decodes entities only when the text looks like HTML', () => {
    const input = '<p>Hello&nbsp;there &amp; <b>you</b></p><br/>Funds&#x3a; held';
    expect(normalizeText(input).text).toBe('\nHello there & you\n\nFunds: held');
    expect(originalOf(input, '&')).toBe('&amp;');
    // Plain text keeps angle-bracketed addresses and literal ampersands.
    const plain = 'From: Seller Performance <seller-performance@amazon.com> & co';
    expect(normalizeText(plain).text).toBe(plain);
  });

  it('removes <style> blocks and comments', () => {
    expect(normalizeText('<div>a</div><style>p{color:red}</style><!-- x -->b').text).toBe('\na\nb');
  });

  it('undoes quoted-printable soft breaks and decodes UTF-8 bytes when the text is quoted-printable', () => {
    const input = 'Content-Transfer-Encoding: quoted-printable\n\n=E5=81=9C=E6=AD=A2 invo=\nices =3D ok';
    const n = normalizeText(input);
    expect(n.text).toBe('Content-Transfer-Encoding: quoted-printable\n\n停止 invoices = ok');
    expect(originalOf(input, '停')).toBe('=E5=81=9C');
    expect(originalOf(input, 'invoices')).toBe('invo=\nices');
  });

  it('leaves "=" alone in text that is not quoted-printable', () => {
    expect(normalizeText('a = b, x=\ny').text).toBe('a = b, x=\ny');
  });

  it('maps every normalised unit to a valid original range', () => {
    const input = '＜ｐ＞😀 ＡＢＣ\r\n①②';
    const n = normalizeText(input);
    expect(n.starts).toHaveLength(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i]);
      expect(n.ends[i]).toBeLessThanOrEqual(input.length);
    }
  });

  it('gives an empty span for empty input', () => {
    expect(spanOf(normalizeText(''), 0, 0)).toEqual({ start: 0, end: 0, text: '' });
  });
});

describe('sentences and clauses', () => {
  const text = 'Your account was suspended. Please submit an appeal, within 17 days.\n\nこの措置がとられた理由\n請求書をご提出ください。';

  it('splits on terminators, blank lines and short heading lines', () => {
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
    expect(parts).toEqual([
      'Your account was suspended.',
      'Please submit an appeal, within 17 days.',
      'この措置がとられた理由',
      '請求書をご提出ください。',
    ]);
  });

  it('does not end a sentence at "Amazon.com", "e.g." or "May 10, 2024"', () => {
    const t = 'Visit Amazon.com, e.g. the help page, by May 10, 2024. Next one.';
    const parts = splitSentences(t).map((s) => t.slice(s.start, s.end).trim());
    expect(parts).toEqual(['Visit Amazon.com, e.g. the help page, by May 10, 2024.', 'Next one.']);
  });

  it('joins hard-wrapped long lines', () => {
    const t = `${'word '.repeat(14)}continues\non the next line.`;
    expect(splitSentences(t)).toHaveLength(1);
  });

  it('finds the clause around a match without cutting it', () => {
    const at = text.indexOf('within 17 days');
    const sentence = segmentAt(splitSentences(text), at);
    const clause = clauseAround(text, sentence, at, at + 'within 17 days'.length);
    expect(text.slice(clause.start, clause.end).trim()).toBe('within 17 days.');
  });
});
