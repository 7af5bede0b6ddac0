/**
 * Automatic assignment of a new case to a lead consultant at intake. A pure ranking, so the
 * service can explain (and a test can pin down) exactly why someone was picked.
 *
 * Rules, in order of importance:
 * 1. Nobody who is away.
 * 2. Someone who speaks the client's language; if nobody available does, anyone available
 *    (a case must not sit unassigned because of language alone).
 * 3. The most expertise in the case's violation categories.
 * 4. The least open work, weighted by priority.
 * 5. Round-robin: whoever was assigned longest ago (never assigned first), then membershipId,
 *    so the same input always gives the same answer.
 */
import type { CasePriority } from '../cases/case.entity';

export type { CasePriority };

export type CaseLanguage = 'ja' | 'en';

export interface AssignmentCandidate {
  membershipId: string;
  languages: readonly CaseLanguage[];
  /** Violation categories this consultant is experienced in. */
  categories: readonly string[];
  away: boolean;
  /** Open cases weighted by priority; see weightedLoad. */
  openLoad: number;
  lastAssignedAt: Date | null;
}

export interface AssignmentCase {
  language: CaseLanguage;
  categories: readonly string[];
}

export interface Assignment {
  membershipId: string;
  /** Human-readable, for the case timeline ("assigned automatically: …"). */
  reason: string;
}

/** A critical case takes three times the attention of a normal one; a low one half. */
export const PRIORITY_WEIGHTS: Readonly<Record<CasePriority, number>> = {
  low: 0.5,
  normal: 1,
  high: 2,
  critical: 3,
};

/** The openLoad of someone holding open cases of these priorities. Unknown values count as normal. */
export function weightedLoad(priorities: readonly CasePriority[]): number {
  return priorities.reduce((sum, p) => sum + (Object.prototype.hasOwnProperty.call(PRIORITY_WEIGHTS, p) ? PRIORITY_WEIGHTS[p] : PRIORITY_WEIGHTS.normal), 0);
}

/** Case categories the candidate knows; each category counted once however often it is listed. */
function categoryOverlap(candidate: AssignmentCandidate, wanted: ReadonlySet<string>): number {
  return new Set(candidate.categories.filter((c) => wanted.has(c))).size;
}

/** Never assigned sorts first; otherwise older first. An invalid date counts as never (no NaN in a sort). */
function lastAssignedRank(d: Date | null): number {
  const t = d === null ? NaN : d.getTime();
  return Number.isFinite(t) ? t : -Infinity;
}

interface Ranked {
  candidate: AssignmentCandidate;
  overlap: number;
  load: number;
  last: number;
}

function compare(a: Ranked, b: Ranked): number {
  if (a.overlap !== b.overlap) return b.overlap - a.overlap;
  if (a.load !== b.load) return a.load - b.load;
  if (a.last !== b.last) return a.last < b.last ? -1 : 1;
  // Plain code-unit order, not locale order: deterministic on every machine.
  const x = a.candidate.membershipId;
  const y = b.candidate.membershipId;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Which rule decided between the winner and the runner-up, for the reason text. */
function decidingRule(best: Ranked, next: Ranked | undefined): string {
  if (!next) return 'the only candidate';
  if (best.overlap !== next.overlap) return 'most category expertise';
  if (best.load !== next.load) return 'lightest load';
  if (best.last !== next.last) return best.candidate.lastAssignedAt === null ? 'round-robin (never assigned yet)' : 'round-robin (longest since last assignment)';
  return 'tie broken by membership id';
}

/**
 * The consultant to lead a new case, or null when everybody is away (or there is nobody).
 * Loads that are missing or not numbers count as 0 rather than crashing an intake.
 */
export function pickAssignee(candidates: readonly AssignmentCandidate[], c: AssignmentCase): Assignment | null {
  const available = candidates.filter((x) => !x.away);
  if (available.length === 0) return null;

  const speakers = available.filter((x) => x.languages.includes(c.language));
  const pool = speakers.length > 0 ? speakers : available;
  const wanted = new Set(c.categories);

  const ranked = pool
    .map((candidate): Ranked => ({
      candidate,
      overlap: categoryOverlap(candidate, wanted),
      load: Number.isFinite(candidate.openLoad) ? candidate.openLoad : 0,
      last: lastAssignedRank(candidate.lastAssignedAt),
    }))
    .sort(compare);

  const best = ranked[0]!;
  const language = speakers.length > 0 ? `speaks ${c.language}` : `nobody available speaks ${c.language}`;
  const categories = wanted.size > 0 ? `${best.overlap}/${wanted.size} categories` : 'no categories given';
  return {
    membershipId: best.candidate.membershipId,
    reason: `${decidingRule(best, ranked[1])}; ${language}; ${categories}; load ${best.load}`,
  };
}
