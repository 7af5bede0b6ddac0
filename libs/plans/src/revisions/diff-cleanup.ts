/**
 * Post-processing that turns a minimal token diff into a readable one. Works on runs of tokens
 * so no edit ever splits a word. Three passes, all after Myers:
 *
 * 1. `cleanupSemantic` — absorbs tiny coincidental equalities (a particle の, a space, "the")
 *    squeezed between larger edits, the rule of diff-match-patch's semantic cleanup: an equality
 *    no longer than the edits on both sides is turned into delete + insert. An equality holding a
 *    line break and a word is kept: it is structure (whole lines) rather than coincidence.
 * 2. `normalize` — inside each change, all deletes then all inserts; common leading/trailing
 *    tokens of a delete/insert pair go back into the equalities; adjacent runs merged.
 * 3. `alignEdits` — a pure insertion or deletion that can slide (its ends repeat the text around
 *    it) is slid to the best boundary: whole lines first, then word starts.
 */

import type { Token } from './tokenize';

export type Op = 'equal' | 'insert' | 'delete';

export interface TokenRun {
  op: Op;
  toks: Token[];
}

const charLength = (toks: readonly Token[]): number => {
  let n = 0;
  for (const t of toks) n += t.text.length;
  return n;
};

const isStructural = (toks: readonly Token[]): boolean =>
  toks.some((t) => t.kind === 'newline') && toks.some((t) => t.kind === 'word' || t.kind === 'number');

export function cleanupSemantic(input: readonly TokenRun[]): TokenRun[] {
  const runs = input.map((r) => ({ op: r.op, toks: r.toks }));
  const equalities: number[] = [];
  let lastEquality: TokenRun | null = null;
  let lastLength = 0;
  let ins1 = 0;
  let del1 = 0;
  let ins2 = 0;
  let del2 = 0;
  let changed = false;
  let pointer = 0;
  while (pointer < runs.length) {
    const r = runs[pointer]!;
    if (r.op === 'equal') {
      equalities.push(pointer);
      ins1 = ins2;
      del1 = del2;
      ins2 = 0;
      del2 = 0;
      lastEquality = isStructural(r.toks) ? null : r;
      lastLength = lastEquality ? charLength(r.toks) : 0;
    } else {
      if (r.op === 'insert') ins2 += charLength(r.toks);
      else del2 += charLength(r.toks);
      if (lastEquality && lastLength <= Math.max(ins1, del1) && lastLength <= Math.max(ins2, del2)) {
        const at = equalities[equalities.length - 1]!;
        runs.splice(at, 1, { op: 'delete', toks: lastEquality.toks }, { op: 'insert', toks: lastEquality.toks });
        equalities.pop();
        equalities.pop();
        pointer = equalities.length > 0 ? equalities[equalities.length - 1]! : -1;
        ins1 = del1 = ins2 = del2 = 0;
        lastEquality = null;
        changed = true;
      }
    }
    pointer++;
  }
  return changed ? normalize(runs) : runs;
}

const sameText = (x: Token | undefined, y: Token | undefined): boolean =>
  x !== undefined && y !== undefined && x.text === y.text;

/** Deletes before inserts within each change, shared ends moved into equalities, runs merged. */
export function normalize(input: readonly TokenRun[]): TokenRun[] {
  const out: TokenRun[] = [];
  const pushEqual = (toks: Token[]): void => {
    if (toks.length === 0) return;
    const last = out[out.length - 1];
    if (last && last.op === 'equal') last.toks = last.toks.concat(toks);
    else out.push({ op: 'equal', toks });
  };
  let i = 0;
  while (i < input.length) {
    const r = input[i]!;
    if (r.op === 'equal') {
      pushEqual(r.toks.slice());
      i++;
      continue;
    }
    let del: Token[] = [];
    let ins: Token[] = [];
    while (i < input.length && input[i]!.op !== 'equal') {
      const c = input[i]!;
      if (c.op === 'delete') del = del.concat(c.toks);
      else ins = ins.concat(c.toks);
      i++;
    }
    let p = 0;
    while (p < del.length && p < ins.length && sameText(del[p], ins[p])) p++;
    let s = 0;
    while (s < del.length - p && s < ins.length - p && sameText(del[del.length - 1 - s], ins[ins.length - 1 - s])) s++;
    pushEqual(del.slice(0, p));
    if (del.length - p - s > 0) out.push({ op: 'delete', toks: del.slice(p, del.length - s) });
    if (ins.length - p - s > 0) out.push({ op: 'insert', toks: ins.slice(p, ins.length - s) });
    pushEqual(del.slice(del.length - s));
  }
  return out;
}

const isBreak = (t: Token | undefined): boolean => t === undefined || t.kind === 'newline';
const isBlank = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'space' || t.kind === 'newline');

/** How good a boundary it is to show `edit` between `before` and `after` (higher is better). */
function boundaryScore(before: Token | undefined, edit: readonly Token[], after: Token | undefined): number {
  const first = edit[0];
  const last = edit[edit.length - 1];
  let score = 0;
  if (isBreak(before)) score += 4; // starts a line
  if (last?.kind === 'newline') score += 3; // ends a line
  else if (isBreak(after)) score += 2;
  if (!isBlank(first)) score += 1; // starts with a word, not whitespace
  if (isBlank(before) || before?.kind === 'punct') score += 1;
  return score;
}

/** Slides each pure insertion/deletion between two equalities to its most readable position. */
export function alignEdits(input: readonly TokenRun[]): TokenRun[] {
  const runs = input.map((r) => ({ op: r.op, toks: r.toks.slice() }));
  for (let i = 0; i < runs.length; i++) {
    const edit = runs[i]!;
    if (edit.op === 'equal') continue;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    const prevEq = prev && prev.op === 'equal' ? prev : undefined;
    const nextEq = next && next.op === 'equal' ? next : undefined;
    // Only a lone edit (not half of a replacement) can slide.
    if ((prev && !prevEq) || (next && !nextEq) || (!prevEq && !nextEq)) continue;
    const left = prevEq ? prevEq.toks : [];
    const right = nextEq ? nextEq.toks : [];
    // Combined sequence left ++ edit ++ right; the edit may start anywhere its ends repeat.
    const all = left.concat(edit.toks, right);
    const len = edit.toks.length;
    let lo = left.length;
    while (lo > 0 && sameText(all[lo - 1], all[lo - 1 + len])) lo--;
    let hi = left.length;
    while (hi + len < all.length && sameText(all[hi], all[hi + len])) hi++;
    if (lo === hi) continue;
    let best = left.length;
    let bestScore = -1;
    for (let pos = lo; pos <= hi; pos++) {
      const score = boundaryScore(all[pos - 1], all.slice(pos, pos + len), all[pos + len]);
      if (score > bestScore) {
        bestScore = score;
        best = pos;
      }
    }
    if (best === left.length) continue;
    if (prevEq) prevEq.toks = all.slice(0, best);
    edit.toks = all.slice(best, best + len);
    if (nextEq) nextEq.toks = all.slice(best + len);
    else if (best + len < all.length) runs.splice(i + 1, 0, { op: 'equal', toks: all.slice(best + len) });
    if (!prevEq && best > 0) {
      runs.splice(i, 0, { op: 'equal', toks: all.slice(0, best) });
      i++;
    }
  }
  return runs.filter((r) => r.toks.length > 0);
}
