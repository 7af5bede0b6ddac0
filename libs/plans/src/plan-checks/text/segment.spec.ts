import { countChars, countWords, isJapaneseText, MASK_CHAR, maskQuotes, segment } from './segment';

const texts = (body: string) => segment(body).sentences.map((s) => s.text);

describe('segment', () => {
  it('splits Japanese on 。！？ and newlines, keeping closing brackets with the sentence', () => {
    expect(texts('出品を削除しました。返金も完了しました！本当ですか？\n次の行')).toEqual(['出品を削除しました。', '返金も完了しました！', '本当ですか？', '次の行']);
    expect(texts('「SB-500」と「SB-350」を取り違えました（詳細は別紙）。次です。')).toEqual(['「SB-500」と「SB-350」を取り違えました（詳細は別紙）。', '次です。']);
  });

  it('does not split inside quotes', () => {
    expect(texts('購入者から「届かない。返金してほしい。」と連絡がありました。')).toEqual(['購入者から「届かない。返金してほしい。」と連絡がありました。']);
    expect(texts('The buyer wrote: "It broke. I want a refund." We refunded.')).toEqual(['The buyer wrote: "It broke. I want a refund."', 'We refunded.']);
  });

  it('splits English on . ! ? but not on abbreviations, initials or decimals', () => {
    expect(texts('Our rate was 4.5% in June. E.g. Sunrise Co. Ltd. supplies us. Mr. K. Tanaka checks it! Done?')).toEqual([
      'Our rate was 4.5% in June.',
      'E.g. Sunrise Co. Ltd. supplies us.',
      'Mr. K. Tanaka checks it!',
      'Done?',
    ]);
  });

  it('strips bullet markers from sentences and records them on the line', () => {
    const seg = segment('・一つ目です。\n1. 二つ目\n（3）三つ目\n① 四つ目\n- fifth\n10月2日に出品');
    expect(seg.sentences.map((s) => s.text)).toEqual(['一つ目です。', '二つ目', '三つ目', '四つ目', 'fifth', '10月2日に出品']);
    expect(seg.lines.map((l) => l.isBullet)).toEqual([true, true, true, true, true, false]);
  });

  it('keeps offsets into the original body', () => {
    const body = '  ・出品を削除しました。 返金しました。\r\n次';
    for (const s of segment(body).sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('masks quoted text with a same-length placeholder and ignores unbalanced quotes', () => {
    const masked = maskQuotes('A「嘘です」B "lie" C「open');
    expect(masked).toBe(`A「${MASK_CHAR.repeat(3)}」B "${MASK_CHAR.repeat(3)}" C「open`);
  });

  it('joins hard-wrapped lines into one paragraph but keeps one-sentence lines and bullets apart', () => {
    const wrapped = 'On 2 October 2024 our lister copied the previous upload file and did\nnot change the ASIN column.';
    expect(segment(`${wrapped}\nNew one.`).paragraphs.map((p) => p.text)).toEqual([
      wrapped,
      'New one.',
    ]);
    expect(segment('一文目です。\n二文目です。\n・箇条書き\n・箇条書き').paragraphs).toHaveLength(4);
    expect(segment('段落一。\n\n段落二。').paragraphs).toHaveLength(2);
  });
});

describe('measuring', () => {
  it('counts visible characters and words, ignoring identifiers', () => {
    expect(countChars('出品 を\u3000削除')).toBe(5);
    expect(countWords('We mapped SKU SB-500 to B0CXYZ1234 on 2 October.')).toBe(7);
  });
  it('tells Japanese from English by script', () => {
    expect(isJapaneseText('ASIN B0CXYZ1234 の出品を削除しました。')).toBe(true);
    expect(isJapaneseText('We deleted the listing for B0CXYZ1234.')).toBe(false);
  });
});
