import { Interner } from './patience';
import { contentTokens, sequenceSimilarity, similarWindows, textSimilarity } from './similarity';

describe('textSimilarity', () => {
  it('is 1 for equal texts and ignores whitespace and line breaks', () => {
    expect(textSimilarity('same text', 'same text', 'en')).toBe(1);
    expect(textSimilarity('same  text', 'same\ntext', 'en')).toBe(1);
    expect(textSimilarity('', '', 'ja')).toBe(1);
  });

  it('is the share of common tokens (English)', () => {
    // 9 tokens each, 8 in common: 16 / 18.
    expect(textSimilarity('No one compared the ASIN with the physical product', 'No one compared the ASIN with the actual product', 'en')).toBeCloseTo(16 / 18);
    expect(textSimilarity('stock', 'invoice', 'en')).toBe(0);
  });

  it('measures Japanese by words', () => {
    const s = textSimilarity('商品実物を照合する手順がなかった', '商品の実物を照合する手順がなかった', 'ja');
    expect(s).toBeGreaterThan(0.85);
    expect(s).toBeLessThan(1);
    expect(textSimilarity('在庫を廃棄しました', '請求書を確認した', 'ja')).toBeLessThan(0.5);
  });
});

describe('similarWindows', () => {
  it('finds the lightly edited passage inside a longer text', () => {
    const ids = new Interner();
    const query = ids.tokens(contentTokens('compared the ASIN with the physical product', 'en'));
    const bodyToks = contentTokens('One person uploaded alone. Nobody compared the ASIN with the real product before upload.', 'en');
    const body = ids.tokens(bodyToks);
    const [best] = similarWindows(query, body, ids.size);
    expect(best).toBeDefined();
    expect(bodyToks.slice(best!.start, best!.start + best!.length).map((t) => t.text).join(' ')).toBe('compared the ASIN with the real product');
    expect(best!.similarity).toBeCloseTo(12 / 14);
  });

  it('returns nothing below the threshold, and non-overlapping windows best first', () => {
    const ids = new Interner();
    const query = ids.tokens(contentTokens('在庫を廃棄しました', 'ja'));
    const other = ids.tokens(contentTokens('請求書を確認しました。', 'ja'));
    expect(similarWindows(query, other, ids.size)).toEqual([]);
    const twice = ids.tokens(contentTokens('在庫を廃棄しました。次に、在庫を廃棄した。', 'ja'));
    const found = similarWindows(query, twice, ids.size);
    expect(found.length).toBe(2);
    expect(found[0]!.similarity).toBe(1);
    expect(found[1]!.start).toBeGreaterThanOrEqual(found[0]!.start + found[0]!.length);
  });

  it('computes sequence similarity as 2·LCS / total', () => {
    expect(sequenceSimilarity(Int32Array.from([1, 2, 3]), Int32Array.from([1, 3]))).toBeCloseTo(4 / 5);
    expect(sequenceSimilarity(new Int32Array(0), new Int32Array(0))).toBe(1);
  });
});
