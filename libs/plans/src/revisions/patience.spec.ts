import { diffLines, Interner, lineBlocks } from './patience';
import { newBudget } from './myers';
import { tokens } from './tokenize';

const text = (toks: { text: string }[], from: number, to: number) => toks.slice(from, to).map((t) => t.text).join('');

describe('diffLines', () => {
  it('anchors on lines unique to both sides, so a moved line is one delete and one insert', () => {
    // F E S E T -> S E F E T, where E is a repeated blank line.
    const edits = diffLines(Int32Array.from([1, 0, 2, 0, 3]), Int32Array.from([2, 0, 1, 0, 3]), newBudget());
    expect(edits.map((e) => e.op)).toEqual(['delete', 'equal', 'insert', 'equal']);
    expect(edits[0]).toMatchObject({ aStart: 0, aEnd: 2 });
    expect(edits[1]).toMatchObject({ aStart: 2, bStart: 0 }); // S stays, the blank line is not the anchor
  });

  it('falls back to Myers when no line is unique', () => {
    const edits = diffLines(Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 1, 1]), newBudget());
    const cost = edits.filter((e) => e.op !== 'equal').reduce((n, e) => n + (e.aEnd - e.aStart) + (e.bEnd - e.bStart), 0);
    expect(cost).toBe(2);
  });
});

describe('lineBlocks', () => {
  it('returns equal and changed runs of whole lines covering both texts', () => {
    const a = tokens('概要。\n在庫を廃棄した。\n以上。\n', 'ja');
    const b = tokens('概要。\n在庫を返送した。\n請求書を確認した。\n以上。\n', 'ja');
    const blocks = lineBlocks(a, b);
    expect(blocks.map((k) => k.equal)).toEqual([true, false, true]);
    expect(text(a, blocks[1]!.aFrom, blocks[1]!.aTo)).toBe('在庫を廃棄した。\n');
    expect(text(b, blocks[1]!.bFrom, blocks[1]!.bTo)).toBe('在庫を返送した。\n請求書を確認した。\n');
    expect(blocks[blocks.length - 1]).toMatchObject({ aTo: a.length, bTo: b.length });
  });

  it('treats a last line without a newline as a line', () => {
    const a = tokens('one\ntwo', 'en');
    const b = tokens('one\ntwo\n', 'en');
    const blocks = lineBlocks(a, b);
    expect(blocks.map((k) => [k.equal, text(a, k.aFrom, k.aTo), text(b, k.bFrom, k.bTo)])).toEqual([
      [true, 'one\n', 'one\n'],
      [false, 'two', 'two\n'],
    ]);
  });
});

describe('Interner', () => {
  it('gives equal texts equal ids', () => {
    const ids = new Interner();
    const x = ids.tokens(tokens('a b a', 'en'));
    expect(x[0]).toBe(x[4]);
    expect(x[0]).not.toBe(x[2]);
  });
});
