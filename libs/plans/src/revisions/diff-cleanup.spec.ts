import { alignEdits, cleanupSemantic, normalize } from './diff-cleanup';
import type { Op, TokenRun } from './diff-cleanup';
import { tokens } from './tokenize';

/** Runs from `[op, text]` pairs, each text tokenized as English. */
const runs = (...parts: [Op, string][]): TokenRun[] => parts.map(([op, text]) => ({ op, toks: tokens(text, 'en') }));
const show = (rs: TokenRun[]) => rs.map((r) => [r.op, r.toks.map((t) => t.text).join('')]);

describe('cleanupSemantic', () => {
  it('absorbs a small coincidental equality between larger edits', () => {
    const out = cleanupSemantic(runs(['delete', 'quick brown'], ['insert', 'slow red'], ['equal', ' '], ['delete', 'fox'], ['insert', 'dog']));
    expect(show(out)).toEqual([
      ['delete', 'quick brown fox'],
      ['insert', 'slow red dog'],
    ]);
  });

  it('keeps equalities longer than the edits around them', () => {
    const input = runs(['equal', 'We check '], ['delete', 'the'], ['insert', 'all'], ['equal', ' invoices every week.']);
    expect(show(cleanupSemantic(input))).toEqual(show(input));
  });

  it('keeps an equality holding a whole line, however short', () => {
    const input = runs(['delete', 'Alpha beta gamma.'], ['equal', '\nOk\n'], ['insert', 'Delta epsilon zeta.']);
    expect(show(cleanupSemantic(input))).toEqual(show(input));
  });

  it('absorbs a Japanese particle between rewritten words', () => {
    const ja = (op: Op, text: string): TokenRun => ({ op, toks: tokens(text, 'ja') });
    const out = cleanupSemantic([ja('delete', '出品者'), ja('insert', '担当者'), ja('equal', 'は'), ja('delete', '真贋'), ja('insert', '在庫')]);
    expect(show(out)).toEqual([
      ['delete', '出品者は真贋'],
      ['insert', '担当者は在庫'],
    ]);
  });
});

describe('normalize', () => {
  it('orders deletes before inserts, merges runs and returns shared ends to the equalities', () => {
    const out = normalize(runs(['equal', 'a '], ['insert', 'x '], ['delete', 'x y'], ['insert', 'z'], ['equal', ' b'], ['equal', ' c']));
    expect(show(out)).toEqual([
      ['equal', 'a x '],
      ['delete', 'y'],
      ['insert', 'z'],
      ['equal', ' b c'],
    ]);
  });
});

describe('alignEdits', () => {
  it('slides an inserted line to start at a line start', () => {
    const out = alignEdits(runs(['equal', '- A\n- '], ['insert', 'B\n- '], ['equal', 'C\n']));
    expect(show(out)).toEqual([
      ['equal', '- A\n'],
      ['insert', '- B\n'],
      ['equal', '- C\n'],
    ]);
  });

  it('prefers an edit that starts with a word', () => {
    const out = alignEdits(runs(['equal', 'a'], ['delete', ' very'], ['equal', ' big']));
    expect(show(out)).toEqual([
      ['equal', 'a '],
      ['delete', 'very '],
      ['equal', 'big'],
    ]);
  });

  it('leaves replacements alone', () => {
    const input = runs(['equal', 'a '], ['delete', 'b'], ['insert', 'c'], ['equal', ' d']);
    expect(show(alignEdits(input))).toEqual(show(input));
  });
});
