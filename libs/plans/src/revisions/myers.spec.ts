import { diffSequences, editDistanceWithin, newBudget } from './myers';
import type { Edit } from './myers';

function lcsLength(a: number[], b: number[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  return dp[a.length]![b.length]!;
}

/** Checks that the script covers both sequences in order and rebuilds them; returns its cost. */
function verify(a: number[], b: number[], edits: Edit[]): number {
  let x = 0;
  let y = 0;
  let cost = 0;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (i > 0) expect(edits[i - 1]!.op).not.toBe(e.op);
    expect(e.aStart).toBe(x);
    expect(e.bStart).toBe(y);
    if (e.op === 'equal') {
      expect(e.aEnd - e.aStart).toBe(e.bEnd - e.bStart);
      expect(a.slice(e.aStart, e.aEnd)).toEqual(b.slice(e.bStart, e.bEnd));
    } else if (e.op === 'delete') {
      expect(e.bEnd).toBe(e.bStart);
      cost += e.aEnd - e.aStart;
    } else {
      expect(e.aEnd).toBe(e.aStart);
      cost += e.bEnd - e.bStart;
    }
    x = e.aEnd;
    y = e.bEnd;
  }
  expect(x).toBe(a.length);
  expect(y).toBe(b.length);
  return cost;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('diffSequences', () => {
  it('handles empty and identical inputs', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences([1, 2], [1, 2])).toEqual([{ op: 'equal', aStart: 0, aEnd: 2, bStart: 0, bEnd: 2 }]);
    expect(diffSequences([], [1])).toEqual([{ op: 'insert', aStart: 0, aEnd: 0, bStart: 0, bEnd: 1 }]);
    expect(diffSequences([1], [])).toEqual([{ op: 'delete', aStart: 0, aEnd: 1, bStart: 0, bEnd: 0 }]);
  });

  it('finds a shortest edit script (checked against dynamic programming)', () => {
    const rnd = random(7);
    for (let round = 0; round < 300; round++) {
      const alphabet = 2 + Math.floor(rnd() * 6);
      const a = Array.from({ length: Math.floor(rnd() * 30) }, () => Math.floor(rnd() * alphabet));
      const b = rnd() < 0.5 ? a.map((v) => (rnd() < 0.2 ? Math.floor(rnd() * alphabet) : v)) : Array.from({ length: Math.floor(rnd() * 30) }, () => Math.floor(rnd() * alphabet));
      const cost = verify(a, b, diffSequences(a, b));
      expect(cost).toBe(a.length + b.length - 2 * lcsLength(a, b));
    }
  });

  it('puts deletions before insertions at the same place', () => {
    const edits = diffSequences([1, 2, 3], [1, 4, 3]);
    expect(edits.map((e) => e.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  it('still returns a valid script when the work budget runs out', () => {
    const rnd = random(11);
    const a = Array.from({ length: 3000 }, () => Math.floor(rnd() * 50));
    const b = Array.from({ length: 3000 }, () => Math.floor(rnd() * 50));
    const budget = newBudget(10_000);
    const edits = diffSequences(a, b, { budget });
    verify(a, b, edits);
    expect(budget.used).toBeGreaterThan(10_000);
    expect(budget.used).toBeLessThan(50_000);
  });

  it('spends work linear in the length when there are few edits', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => i);
    const b = a.slice();
    b[5] = -1;
    b[15_000] = -2;
    const budget = newBudget();
    const edits = diffSequences(a, b, { budget });
    expect(verify(a, b, edits)).toBe(4);
    // Each snake step counts once; no per-call cost proportional to the length squared.
    expect(budget.used).toBeLessThan(3 * a.length);
  });
});

describe('editDistanceWithin', () => {
  it('returns the insert/delete distance when within the limit, else -1', () => {
    const rnd = random(3);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(rnd() * 15) }, () => Math.floor(rnd() * 4));
      const b = Array.from({ length: Math.floor(rnd() * 15) }, () => Math.floor(rnd() * 4));
      const d = a.length + b.length - 2 * lcsLength(a, b);
      expect(editDistanceWithin(a, b, 30)).toBe(d);
      expect(editDistanceWithin(a, b, d)).toBe(d);
      if (d > 0) expect(editDistanceWithin(a, b, d - 1)).toBe(-1);
    }
  });
});
