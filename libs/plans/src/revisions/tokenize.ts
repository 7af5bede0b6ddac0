/**
 * Splits text into the units a revision diff is made of: words, numbers, whitespace runs,
 * newlines and punctuation, each with UTF-16 offsets into the input.
 *
 * Word boundaries come from ICU through `Intl.Segmenter(language, { granularity: 'word' })`,
 * which segments Japanese (no spaces) by dictionary and English by UAX #29 rules, so mixed text
 * — Japanese with ASINs, dates, English words — splits sensibly in either language. The
 * segmenter's output is then normalised:
 *
 * - every line break (`\n`, `\r\n`, `\r`, U+2028, U+2029) is a token of its own;
 * - other whitespace (spaces, tabs, the full-width space U+3000) is merged into runs;
 * - punctuation and symbols (、。・「」, `-`, `!`, emoji…) are one token per grapheme.
 *
 * Concatenating the tokens' texts always gives back the input.
 */

import type { PlanLanguage } from '../plan-checks/plan-checks.types';

export type TokenKind = 'word' | 'number' | 'space' | 'newline' | 'punct';

export interface Token {
  text: string;
  /** UTF-16 offset of the token in the input; `input.slice(start, end) === text`. */
  start: number;
  end: number;
  kind: TokenKind;
}

const wordSegmenters = new Map<PlanLanguage, Intl.Segmenter>();
let graphemeSegmenter: Intl.Segmenter | undefined;

function wordSegmenter(language: PlanLanguage): Intl.Segmenter {
  let s = wordSegmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    wordSegmenters.set(language, s);
  }
  return s;
}

function graphemes(): Intl.Segmenter {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemeSegmenter;
}

const NUMBER = /^\p{Nd}[\p{Nd}.,]*$/u;
const WHITESPACE_CHAR = /^\s$/u;

function isNewlineChar(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

function isSpaceChar(c: string): boolean {
  return !isNewlineChar(c) && WHITESPACE_CHAR.test(c);
}

/**
 * Tokens of `text`. `language` picks the segmenter's locale; both handle mixed-script text.
 * Never throws; the empty string gives no tokens.
 */
export function tokens(text: string, language: PlanLanguage): Token[] {
  const out: Token[] = [];
  if (text.length === 0) return out;
  const push = (start: number, end: number, kind: TokenKind): void => {
    const last = out[out.length - 1];
    if (kind === 'space' && last !== undefined && last.kind === 'space' && last.end === start) {
      last.end = end;
      last.text = text.slice(last.start, end);
      return;
    }
    out.push({ text: text.slice(start, end), start, end, kind });
  };
  for (const seg of wordSegmenter(language).segment(text)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    if (seg.isWordLike) {
      push(start, end, NUMBER.test(seg.segment) ? 'number' : 'word');
      continue;
    }
    splitNonWord(seg.segment, start, push);
  }
  return out;
}

/** Splits a non-word segment into newlines, whitespace runs and single-grapheme punctuation. */
function splitNonWord(segment: string, offset: number, push: (s: number, e: number, k: TokenKind) => void): void {
  let i = 0;
  while (i < segment.length) {
    const c = segment[i]!;
    if (isNewlineChar(c)) {
      const len = c === '\r' && segment[i + 1] === '\n' ? 2 : 1;
      push(offset + i, offset + i + len, 'newline');
      i += len;
      continue;
    }
    if (isSpaceChar(c)) {
      let j = i + 1;
      while (j < segment.length && isSpaceChar(segment[j]!)) j++;
      push(offset + i, offset + j, 'space');
      i = j;
      continue;
    }
    // A run of other characters: one token per grapheme (keeps emoji and combining marks whole).
    let j = i + 1;
    while (j < segment.length && !isNewlineChar(segment[j]!) && !isSpaceChar(segment[j]!)) j++;
    const run = segment.slice(i, j);
    if (run.length === 1) {
      push(offset + i, offset + j, 'punct');
    } else {
      for (const g of graphemes().segment(run)) {
        push(offset + i + g.index, offset + i + g.index + g.segment.length, 'punct');
      }
    }
    i = j;
  }
}

/** True for tokens that carry words (words and numbers), as counted in diff summaries. */
export function isWordToken(t: Pick<Token, 'kind'>): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/** Number of words and numbers in `text`. */
export function countWords(text: string, language: PlanLanguage): number {
  let n = 0;
  for (const t of tokens(text, language)) if (isWordToken(t)) n++;
  return n;
}
