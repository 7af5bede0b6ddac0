/**
 * Line alignment for the first pass of a text diff, in the manner of patience diff (Bram Cohen;
 * also `git diff --patience`): lines that occur exactly once in each text are matched, the
 * longest run of such matches that keeps both orders becomes the fixed anchors, and the gaps
 * between anchors are aligned recursively, with Myers (`diffSequences`) once no unique line is
 * left. Anchoring on distinctive lines keeps a moved or rewritten paragraph from being aligned on
 * blank lines and bullet markers, which is what makes the word-level diff that follows readable.
 */

import { diffSequences, newBudget } from './myers';
import type { Edit, EditOp, WorkBudget } from './myers';
import type { Token } from './tokenize';

type Seq = Int32Array;

/** A stretch of both token arrays: `a[aFrom, aTo)` against `b[bFrom, bTo)`, whole lines. */
export interface LineBlock {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  /** Identical lines; otherwise a run of changed lines (either side may be empty). */
  equal: boolean;
}

/**
 * Aligns the lines of two token arrays (a line ends with its newline token) and returns the
 * equal and changed stretches in order, covering both arrays.
 */
export function lineBlocks(ta: readonly Token[], tb: readonly Token[]): LineBlock[] {
  const la = splitLines(ta);
  const lb = splitLines(tb);
  const ids = new Interner();
  const edits = diffLines(ids.lines(ta, la), ids.lines(tb, lb), newBudget());
  const blocks: LineBlock[] = [];
  for (let k = 0; k < edits.length; ) {
    const e = edits[k]!;
    let aEnd = e.aEnd;
    let bEnd = e.bEnd;
    k++;
    if (e.op !== 'equal') {
      for (; k < edits.length && edits[k]!.op !== 'equal'; k++) {
        aEnd = Math.max(aEnd, edits[k]!.aEnd);
        bEnd = Math.max(bEnd, edits[k]!.bEnd);
      }
    }
    blocks.push({ aFrom: la[e.aStart]!, aTo: la[aEnd]!, bFrom: lb[e.bStart]!, bTo: lb[bEnd]!, equal: e.op === 'equal' });
  }
  return blocks;
}

/** Token index where each line starts, plus the total: line `i` is `toks[starts[i], starts[i + 1])`. */
function splitLines(toks: readonly Token[]): number[] {
  const starts = [0];
  toks.forEach((t, i) => {
    if (t.kind === 'newline' && i + 1 < toks.length) starts.push(i + 1);
  });
  if (toks.length > 0) starts.push(toks.length);
  return starts;
}

/** Maps equal strings to equal small integers, so the diff compares numbers. */
export class Interner {
  private readonly ids = new Map<string, number>();

  /** Number of distinct strings seen (ids are `0 … size - 1`). */
  get size(): number {
    return this.ids.size;
  }

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  tokens(toks: readonly Token[]): Int32Array {
    const out = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) out[i] = this.id(toks[i]!.text);
    return out;
  }

  /** One id per line, given the line starts from `splitLines`. */
  lines(toks: readonly Token[], starts: readonly number[]): Int32Array {
    const out = new Int32Array(Math.max(0, starts.length - 1));
    for (let i = 0; i + 1 < starts.length; i++) {
      let text = '';
      for (let t = starts[i]!; t < starts[i + 1]!; t++) text += toks[t]!.text;
      out[i] = this.id(text);
    }
    return out;
  }
}

export function diffLines(a: Seq, b: Seq, budget: WorkBudget): Edit[] {
  const out: Edit[] = [];
  align(a, 0, a.length, b, 0, b.length, budget, out);
  return out;
}

function emit(out: Edit[], op: EditOp, aStart: number, aEnd: number, bStart: number, bEnd: number): void {
  if (aStart === aEnd && bStart === bEnd) return;
  const last = out[out.length - 1];
  if (last !== undefined && last.op === op && last.aEnd === aStart && last.bEnd === bStart) {
    last.aEnd = aEnd;
    last.bEnd = bEnd;
    return;
  }
  out.push({ op, aStart, aEnd, bStart, bEnd });
}

function align(a: Seq, aLo: number, aHi: number, b: Seq, bLo: number, bHi: number, budget: WorkBudget, out: Edit[]): void {
  let p = 0;
  while (aLo + p < aHi && bLo + p < bHi && a[aLo + p] === b[bLo + p]) p++;
  let s = 0;
  while (aHi - s > aLo + p && bHi - s > bLo + p && a[aHi - 1 - s] === b[bHi - 1 - s]) s++;
  emit(out, 'equal', aLo, aLo + p, bLo, bLo + p);
  const lo1 = aLo + p;
  const hi1 = aHi - s;
  const lo2 = bLo + p;
  const hi2 = bHi - s;
  if (lo1 === hi1 || lo2 === hi2) {
    emit(out, 'delete', lo1, hi1, lo2, lo2);
    emit(out, 'insert', hi1, hi1, lo2, hi2);
  } else {
    const anchors = uniqueAnchors(a, lo1, hi1, b, lo2, hi2);
    if (anchors.length === 0) {
      for (const e of diffSequences(a.subarray(lo1, hi1), b.subarray(lo2, hi2), { budget })) {
        emit(out, e.op, e.aStart + lo1, e.aEnd + lo1, e.bStart + lo2, e.bEnd + lo2);
      }
    } else {
      let x = lo1;
      let y = lo2;
      for (const [ax, by] of anchors) {
        align(a, x, ax, b, y, by, budget, out);
        emit(out, 'equal', ax, ax + 1, by, by + 1);
        x = ax + 1;
        y = by + 1;
      }
      align(a, x, hi1, b, y, hi2, budget, out);
    }
  }
  emit(out, 'equal', aHi - s, aHi, bHi - s, bHi);
}

/**
 * Pairs `[i, j]` with `a[i] === b[j]` occurring once in each range, forming the longest chain
 * increasing in both `i` and `j`.
 */
function uniqueAnchors(a: Seq, aLo: number, aHi: number, b: Seq, bLo: number, bHi: number): [number, number][] {
  const inA = new Map<number, number>(); // id -> index, or -1 when repeated
  for (let i = aLo; i < aHi; i++) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = bLo; j < bHi; j++) {
    const id = b[j]!;
    if (!inA.has(id) || inA.get(id) === -1) continue;
    inB.set(id, inB.has(id) ? -1 : j);
  }
  const pairs: [number, number][] = [];
  for (let i = aLo; i < aHi; i++) {
    const j = inB.get(a[i]!);
    if (j !== undefined && j !== -1 && inA.get(a[i]!) === i) pairs.push([i, j]);
  }
  if (pairs.length === 0) return pairs;
  // Longest increasing subsequence of j over pairs ordered by i (patience sorting).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let n = 0; n < pairs.length; n++) {
    const j = pairs[n]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[n] = tails[lo - 1]!;
    tails[lo] = n;
  }
  const chain: [number, number][] = [];
  for (let n = tails[tails.length - 1]!; n !== -1; n = prev[n]!) chain.push(pairs[n]!);
  return chain.reverse();
}
