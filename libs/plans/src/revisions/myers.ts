/**
 * Myers' O(ND) difference algorithm on integer sequences, in its linear-space form: find the
 * middle snake of the shortest edit script by searching forwards and backwards at once, then
 * recurse on both halves (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations",
 * Algorithmica 1986, section 4b). Common prefixes and suffixes are trimmed before every step.
 *
 * Work is bounded: every diagonal step and snake step is counted against a budget, and once the
 * budget is spent the remaining sub-problems are reported as a plain delete-then-insert. That
 * only happens for texts that barely resemble each other, where such an answer is what a reader
 * wants anyway, and it keeps a pathological input from taking seconds. Counting steps (not wall
 * time) keeps the output deterministic.
 */

export type EditOp = 'equal' | 'insert' | 'delete';

/** A run of the edit script: `a[aStart, aEnd)` against `b[bStart, bEnd)`. */
export interface Edit {
  op: EditOp;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** 10–20 ms of work on a current machine; realistic revisions need a small fraction of it. */
export const DEFAULT_BUDGET = 2_000_000;

/** Steps spent and allowed; share one between calls to bound the work of a whole diff. */
export interface WorkBudget {
  used: number;
  limit: number;
}

export interface DiffSequencesOptions {
  /** A shared budget, or a step limit (default `DEFAULT_BUDGET`). */
  budget?: WorkBudget | number;
}

export function newBudget(limit: number = DEFAULT_BUDGET): WorkBudget {
  return { used: 0, limit };
}

type Seq = ArrayLike<number>;

/**
 * The shortest edit script turning `a` into `b` (within the budget), as runs in order.
 * Adjacent runs of the same kind are merged; deletes come before inserts at the same point.
 */
export function diffSequences(a: Seq, b: Seq, options: DiffSequencesOptions = {}): Edit[] {
  const budget = typeof options.budget === 'object' ? options.budget : newBudget(options.budget);
  const d = new Differ(a, b, budget);
  d.diff(0, a.length, 0, b.length);
  return d.out;
}

class Differ {
  readonly out: Edit[] = [];
  /**
   * Furthest x reached per diagonal going forwards / backwards, -1 where not reached. Shared by
   * all middle-snake searches (they never overlap in time) and reset after each one over the
   * range it touched only, so a search costs O(D²) however long the equal stretches are.
   */
  private readonly v1: Int32Array;
  private readonly v2: Int32Array;

  constructor(
    private readonly a: Seq,
    private readonly b: Seq,
    private readonly budget: WorkBudget,
  ) {
    const size = 2 * Math.ceil((a.length + b.length) / 2) + 2;
    this.v1 = new Int32Array(size).fill(-1);
    this.v2 = new Int32Array(size).fill(-1);
  }

  diff(aLo: number, aHi: number, bLo: number, bHi: number): void {
    const { a, b } = this;
    let p = 0;
    while (aLo + p < aHi && bLo + p < bHi && a[aLo + p] === b[bLo + p]) p++;
    let s = 0;
    while (aHi - s > aLo + p && bHi - s > bLo + p && a[aHi - 1 - s] === b[bHi - 1 - s]) s++;
    this.emit('equal', aLo, aLo + p, bLo, bLo + p);
    this.core(aLo + p, aHi - s, bLo + p, bHi - s);
    this.emit('equal', aHi - s, aHi, bHi - s, bHi);
  }

  private core(aLo: number, aHi: number, bLo: number, bHi: number): void {
    if (aLo === aHi || bLo === bHi) {
      this.emit('delete', aLo, aHi, bLo, bLo);
      this.emit('insert', aHi, aHi, bLo, bHi);
      return;
    }
    const split = this.budget.used > this.budget.limit ? null : this.middleSnake(aLo, aHi, bLo, bHi);
    if (split === null) {
      this.emit('delete', aLo, aHi, bLo, bLo);
      this.emit('insert', aHi, aHi, bLo, bHi);
      return;
    }
    const [x, y] = split;
    this.diff(aLo, x, bLo, y);
    this.diff(x, aHi, y, bHi);
  }

  /**
   * A point `(x, y)` on an optimal path through `a[aLo, aHi)` × `b[bLo, bHi)` that splits it into
   * two strictly smaller problems, or null when the budget ran out. Both ranges are non-empty and
   * differ in their first and last elements (the caller trimmed them).
   */
  private middleSnake(aLo: number, aHi: number, bLo: number, bHi: number): [number, number] | null {
    const maxD = Math.ceil((aHi - aLo + bHi - bLo) / 2);
    this.v1[maxD + 1] = 0;
    this.v2[maxD + 1] = 0;
    const reached = { d: 0 };
    const split = this.search(aLo, aHi, bLo, bHi, maxD, reached);
    const from = Math.max(0, maxD - reached.d - 2);
    const to = Math.min(this.v1.length, maxD + reached.d + 3);
    this.v1.fill(-1, from, to);
    this.v2.fill(-1, from, to);
    return split;
  }

  private search(aLo: number, aHi: number, bLo: number, bHi: number, maxD: number, reached: { d: number }): [number, number] | null {
    const { a, b, budget, v1, v2 } = this;
    const n = aHi - aLo;
    const m = bHi - bLo;
    const vOffset = maxD;
    const vLength = 2 * maxD + 2;
    const delta = n - m;
    const front = (delta & 1) !== 0;
    // Diagonals that ran off the grid are skipped on later rounds.
    let k1start = 0;
    let k1end = 0;
    let k2start = 0;
    let k2end = 0;
    for (let d = 0; d < maxD; d++) {
      reached.d = d;
      budget.used += 2 * d + 2;
      if (budget.used > budget.limit) return null;
      for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        const k1Offset = vOffset + k1;
        let x1 =
          k1 === -d || (k1 !== d && v1[k1Offset - 1]! < v1[k1Offset + 1]!) ? v1[k1Offset + 1]! : v1[k1Offset - 1]! + 1;
        let y1 = x1 - k1;
        const x1Start = x1;
        while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
          x1++;
          y1++;
        }
        budget.used += x1 - x1Start;
        v1[k1Offset] = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          const k2Offset = vOffset + delta - k1;
          if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] !== -1) {
            const x2 = n - v2[k2Offset]!;
            if (x1 >= x2) return this.checked(aLo, bLo, x1, y1, n, m);
          }
        }
      }
      for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        const k2Offset = vOffset + k2;
        let x2 =
          k2 === -d || (k2 !== d && v2[k2Offset - 1]! < v2[k2Offset + 1]!) ? v2[k2Offset + 1]! : v2[k2Offset - 1]! + 1;
        let y2 = x2 - k2;
        const x2Start = x2;
        while (x2 < n && y2 < m && a[aHi - 1 - x2] === b[bHi - 1 - y2]) {
          x2++;
          y2++;
        }
        budget.used += x2 - x2Start;
        v2[k2Offset] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          const k1Offset = vOffset + delta - k2;
          if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] !== -1) {
            const x1 = v1[k1Offset]!;
            const y1 = vOffset + x1 - k1Offset;
            if (x1 >= n - x2) return this.checked(aLo, bLo, x1, y1, n, m);
          }
        }
      }
    }
    return null;
  }

  /** Guards the recursion: a split at a corner would not shrink the problem. */
  private checked(aLo: number, bLo: number, x: number, y: number, n: number, m: number): [number, number] | null {
    if ((x <= 0 && y <= 0) || (x >= n && y >= m)) return null;
    return [aLo + x, bLo + y];
  }

  private emit(op: EditOp, aStart: number, aEnd: number, bStart: number, bEnd: number): void {
    if (aStart === aEnd && bStart === bEnd) return;
    const last = this.out[this.out.length - 1];
    if (last !== undefined && last.op === op) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
      return;
    }
    // Keep deletes before inserts when a delete follows an insert at the same point.
    if (op === 'delete' && last !== undefined && last.op === 'insert') {
      const prev = this.out[this.out.length - 2];
      if (prev !== undefined && prev.op === 'delete') {
        prev.aEnd = aEnd;
        last.aStart = aEnd;
        last.aEnd = aEnd;
        return;
      }
      this.out.splice(this.out.length - 1, 0, { op, aStart, aEnd, bStart: last.bStart, bEnd: last.bStart });
      last.aStart = aEnd;
      last.aEnd = aEnd;
      return;
    }
    this.out.push({ op, aStart, aEnd, bStart, bEnd });
  }
}

/**
 * The number of insertions plus deletions turning `a` into `b` if it is at most `maxD`, else -1.
 * Plain forward Myers in O((N + M) · maxD) time and O(maxD) space; for similarity tests.
 */
export function editDistanceWithin(a: Seq, b: Seq, maxD: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > maxD) return -1;
  const limit = Math.min(maxD, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return -1;
}
