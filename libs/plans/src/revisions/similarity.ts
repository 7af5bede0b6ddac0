/**
 * Token-level similarity, for finding a lightly edited passage again.
 *
 * Similarity is the ratio 2·LCS / (|a| + |b|) over the passages' content tokens (words, numbers,
 * punctuation; whitespace and line breaks ignored, so re-wrapping a line changes nothing) — the
 * measure of Python's difflib, computed with Myers' algorithm bounded by the edit distance the
 * threshold allows.
 */

import type { PlanLanguage } from '../plan-checks/plan-checks.types';
import { editDistanceWithin } from './myers';
import { Interner } from './patience';
import { tokens } from './tokenize';
import type { Token } from './tokenize';

/** Tokens that carry content: everything but whitespace and line breaks. */
export function contentTokens(text: string, language: PlanLanguage): Token[] {
  return tokens(text, language).filter((t) => t.kind !== 'space' && t.kind !== 'newline');
}

/** Similarity of two id sequences in [0, 1]; 1 for two empty sequences. */
export function sequenceSimilarity(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  const d = editDistanceWithin(a, b, total);
  return 1 - d / total;
}

/** Token-level similarity of two texts in [0, 1] (1 when both have no content tokens). */
export function textSimilarity(a: string, b: string, language: PlanLanguage): number {
  if (a === b) return 1;
  const ids = new Interner();
  return sequenceSimilarity(ids.tokens(contentTokens(a, language)), ids.tokens(contentTokens(b, language)));
}

export interface SimilarWindow {
  /** Window `body[start, start + length)` in the body's id sequence. */
  start: number;
  length: number;
  similarity: number;
}

export interface WindowSearchOptions {
  /** Minimum similarity (default 0.8). */
  threshold?: number;
  /** Most windows returned, best first, none overlapping (default 50). */
  limit?: number;
  /** Most similarity computations (default 3000); the most promising windows go first. */
  maxEvaluations?: number;
}

/**
 * Windows of `body` at least `threshold` similar to `query`, best first, not overlapping.
 *
 * Only window lengths that can reach the threshold are tried; for each, a sliding multiset count
 * gives an upper bound on the LCS, and only windows that start and end on a query token and whose
 * bound passes are compared exactly, most promising first, up to `maxEvaluations` of them.
 * `idCount` is the number of distinct ids in use.
 */
export function similarWindows(query: Int32Array, body: Int32Array, idCount: number, options: WindowSearchOptions = {}): SimilarWindow[] {
  const threshold = options.threshold ?? 0.8;
  const limit = options.limit ?? 50;
  const maxEvaluations = options.maxEvaluations ?? 3000;
  const n = query.length;
  const total = body.length;
  if (n === 0 || total === 0) return [];
  const inQuery = new Int32Array(idCount);
  for (const id of query) inQuery[id]!++;
  const minLength = Math.max(1, Math.ceil((n * threshold) / (2 - threshold)));
  const maxLength = Math.min(total, Math.floor((n * (2 - threshold)) / threshold));
  const step = Math.max(1, Math.floor(n / 40));
  const inWindow = new Int32Array(idCount);
  const candidates: { start: number; length: number; bound: number }[] = [];
  for (let length = minLength; length <= maxLength; length += step) {
    inWindow.fill(0);
    let common = 0;
    const add = (id: number): void => {
      if (inWindow[id]! < inQuery[id]!) common++;
      inWindow[id]!++;
    };
    const remove = (id: number): void => {
      inWindow[id]!--;
      if (inWindow[id]! < inQuery[id]!) common--;
    };
    for (let t = 0; t < length; t++) add(body[t]!);
    for (let start = 0; start + length <= total; start++) {
      if (start > 0) {
        remove(body[start - 1]!);
        add(body[start + length - 1]!);
      }
      const bound = (2 * common) / (n + length);
      if (bound >= threshold && inQuery[body[start]!]! > 0 && inQuery[body[start + length - 1]!]! > 0) {
        candidates.push({ start, length, bound });
      }
    }
  }
  candidates.sort((x, y) => y.bound - x.bound || x.start - y.start);
  const found: SimilarWindow[] = [];
  for (const c of candidates.slice(0, maxEvaluations)) {
    const sum = n + c.length;
    const d = editDistanceWithin(query, body.subarray(c.start, c.start + c.length), Math.floor((1 - threshold) * sum));
    if (d < 0) continue;
    const similarity = 1 - d / sum;
    if (similarity < threshold) continue;
    found.push({ start: c.start, length: c.length, similarity });
  }
  found.sort((x, y) => y.similarity - x.similarity || x.start - y.start || x.length - y.length);
  const kept: SimilarWindow[] = [];
  for (const w of found) {
    if (kept.length >= limit) break;
    const overlaps = kept.some((k) => w.start < k.start + k.length && k.start < w.start + w.length);
    if (!overlaps) kept.push(w);
  }
  return kept;
}
