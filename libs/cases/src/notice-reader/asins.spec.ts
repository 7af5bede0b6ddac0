import { isIsbn10, isMaskedAsin, readAsins } from './asins';
import { makeContext } from './context';

function asinsOf(text: string): string[] {
  return readAsins(makeContext(text)).asins.map((a) => a.value);
}
function masksOf(text: string): string[] {
  return readAsins(makeContext(text)).maskedAsins.map((a) => a.span.text);
}

describe('ASIN masking', () => {
  it.each(['B0XXXXXXXX', 'B00XXXXX1', 'BXXXXXXXXX', 'B08●●●●●●●●', 'B0***12345'])('%s is a mask', (token) => {
    expect(isMaskedAsin(token)).toBe(true);
  });
  it.each(['B07QWERTY1', 'B0XXAB1234', 'B08X1Y2Z34'])('%s is not a mask', (token) => {
    expect(isMaskedAsin(token)).toBe(false);
  });

  it('never reports placeholders as ASINs and lists them separately', () => {
    const text = 'ASIN: B08●●●●●●●●, B00XXXXX1, ******, B0XXXXXXXX, B07REAL123, ＊＊＊＊＊＊';
    expect(asinsOf(text)).toEqual(['B07REAL123']);
    expect(masksOf(text)).toEqual(['B08●●●●●●●●', 'B00XXXXX1', '******', 'B0XXXXXXXX', '＊＊＊＊＊＊']);
  });

  it('treats an ASIN glued to mask characters as masked', () => {
    expect(asinsOf('B0812345●●')).toEqual([]);
  });
});

describe('ASIN extraction', () => {
  it('reads comma lines, one-per-line lists and prose, deduplicated in order', () => {
    const text = 'The ASINs B07AAAAAA1, B07BBBBBB2 were removed.\nAffected ASINs:\nB07CCCCCC3\nB07AAAAAA1\n';
    expect(asinsOf(text)).toEqual(['B07AAAAAA1', 'B07BBBBBB2', 'B07CCCCCC3']);
  });

  it('reads full-width ASINs and keeps the original span', () => {
    const r = readAsins(makeContext('ＡＳＩＮ：Ｂ０９ＡＢＣ１２３４'));
    expect(r.asins[0].value).toBe('B09ABC1234');
    expect(r.asins[0].span.text).toBe('Ｂ０９ＡＢＣ１２３４');
  });

  it('skips values labelled as SKU/FNSKU in ASIN rows', () => {
    expect(asinsOf('ASIN: B07AAA1111, SKU: B07ZZZ9999, タイトル: ケトル\nFNSKU: B0FNSKU001')).toEqual(['B07AAA1111']);
  });

  it('uses only the ASIN column of a table', () => {
    const tab = 'ASIN\tSKU\t商品名\nB0DANGER01\tB0SKU00001\t電池\n';
    expect(asinsOf(tab)).toEqual(['B0DANGER01']);
    const pipes = '| SKU | ASIN | Title |\n| B0SKU00001 | B0REAL0001 | Kettle |\n';
    expect(asinsOf(pipes)).toEqual(['B0REAL0001']);
  });

  it('does not treat a prose sentence with commas as a table header', () => {
    const text = 'The following ASINs, listed below, have been removed:\nB0AAAAAAA1, B0BBBBBBB2, B0CCCCCCC3';
    expect(asinsOf(text)).toEqual(['B0AAAAAAA1', 'B0BBBBBBB2', 'B0CCCCCCC3']);
  });

  it('accepts 10-digit ASINs only when labelled as ASINs', () => {
    expect(asinsOf('ASIN: 4774142042, 4839958432')).toEqual(['4774142042', '4839958432']);
    expect(asinsOf('対象ASIN\n4774142042\n487311778X\n')).toEqual(['4774142042', '487311778X']);
    expect(asinsOf('電話番号 0312345678、ISBN 4774142042、注文番号 4774142042')).toEqual([]);
    // Directly labelled but failing the ISBN check digit: still reported, with low confidence.
    const r = readAsins(makeContext('ASIN: 1234567890'));
    expect(r.asins.map((a) => [a.value, a.confidence])).toEqual([['1234567890', 'low']]);
  });

  it('validates ISBN-10 check digits', () => {
    expect(isIsbn10('4774142042')).toBe(true);
    expect(isIsbn10('487311778X')).toBe(true);
    expect(isIsbn10('1234567890')).toBe(false);
  });

  it('ignores longer tokens and words that merely start with B0', () => {
    expect(asinsOf('B0123456789 B0ABCDEFGHIJ xB0ABCDEFGH')).toEqual([]);
  });
});
