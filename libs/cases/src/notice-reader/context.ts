/** The shared, precomputed view of one notice that every extractor reads from. */
import type { Confidence, Extracted } from './notice-reader.types';
import { normalizeText, spanOf, type NormalizedText } from './normalize';
import { splitLines, splitSentences, segmentAt, clauseAround, type Segment } from './segments';

export interface ReaderContext {
  norm: NormalizedText;
  /** Normalised text: all matching runs on this. */
  text: string;
  sentences: Segment[];
  lines: Segment[];
}

export function makeContext(original: string): ReaderContext {
  const norm = normalizeText(original);
  return { norm, text: norm.text, sentences: splitSentences(norm.text), lines: splitLines(norm.text) };
}

export function extracted<T>(
  ctx: ReaderContext,
  start: number,
  end: number,
  value: T,
  confidence: Confidence,
): Extracted<T> {
  return { value, span: spanOf(ctx.norm, start, end), confidence };
}

/**
 * Real sentences are short; a run-on "sentence" (a pasted dump without punctuation) is cut to a
 * window around the position so per-match work stays bounded and the reader stays linear.
 */
const SENTENCE_WINDOW = 400;

export function sentenceAt(ctx: ReaderContext, pos: number): Segment {
  const s = segmentAt(ctx.sentences, pos);
  return { start: Math.max(s.start, pos - SENTENCE_WINDOW), end: Math.min(s.end, pos + SENTENCE_WINDOW) };
}

export function sentenceText(ctx: ReaderContext, pos: number): string {
  const s = sentenceAt(ctx, pos);
  return ctx.text.slice(s.start, s.end);
}

export function clauseOf(ctx: ReaderContext, start: number, end: number): Segment {
  return clauseAround(ctx.text, sentenceAt(ctx, start), start, end);
}

/** The line containing `pos` (a newline belongs to the line it ends). */
export function lineAt(ctx: ReaderContext, pos: number): Segment {
  let lo = 0;
  let hi = ctx.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = ctx.lines[mid];
    if (pos < l.start) hi = mid - 1;
    else if (pos > l.end) lo = mid + 1;
    else return l;
  }
  return { start: pos, end: pos };
}

/** Distance in characters between a range and [start, end); 0 when they overlap. */
export function distance(aStart: number, aEnd: number, start: number, end: number): number {
  if (aEnd <= start) return start - aEnd;
  if (aStart >= end) return aStart - end;
  return 0;
}
