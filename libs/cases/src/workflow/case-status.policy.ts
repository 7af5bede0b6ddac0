/**
 * The case status flow, enforced in one place. Services ask this module whether a move is
 * allowed and which moves a user may be offered; nothing else should know the table.
 *
 * Only a type is imported from the entity, so this stays a pure module (erased at runtime) while
 * the compiler still forces the table below to cover every status the entity knows.
 */
import type { CaseStatus } from '../cases/case.entity';

export type { CaseStatus };

export const CLOSE_REASONS = ['withdrawn', 'lost', 'duplicate'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export type WorkflowRole = 'admin' | 'consultant' | 'client';

export type TransitionCode = 'INVALID_TRANSITION' | 'CLOSE_REASON_REQUIRED' | 'FORBIDDEN_TRANSITION';

export type TransitionCheck = { ok: true } | { ok: false; code: TransitionCode; allowed: CaseStatus[] };

/**
 * Every move staff may make. Design choices:
 * - `closed` (withdrawn / lost / duplicate) is reachable from every open status: a client can
 *   walk away, or a duplicate be found, at any stage — even after submission.
 * - `ready_to_submit` is reachable only through `client_review`: the plan goes out in the
 *   client's name, so the client approves it. Internal review is optional.
 * - `rejected` is not the end: the consultancy decides between a further appeal (back to
 *   drafting) and closing the case as lost. Until then it stays open.
 * - `reinstated` is terminal with no way out, not even to `closed`: none of the close reasons
 *   describes a win, and a later suspension is a new notice, hence a new case.
 * - `submitted` may skip `awaiting_reply` when the marketplace answers at once.
 * - `awaiting_reply` → `submitted`: the marketplace stayed silent and the plan is sent again
 *   (a new round); silence is not an unsuccessful appeal.
 */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['triage', 'closed'],
  triage: ['drafting', 'closed'],
  drafting: ['internal_review', 'client_review', 'closed'],
  internal_review: ['drafting', 'client_review', 'closed'],
  client_review: ['drafting', 'ready_to_submit', 'closed'],
  ready_to_submit: ['submitted', 'drafting', 'closed'],
  submitted: ['awaiting_reply', 'reinstated', 'rejected', 'more_info_requested', 'closed'],
  awaiting_reply: ['reinstated', 'rejected', 'more_info_requested', 'submitted', 'closed'],
  more_info_requested: ['drafting', 'closed'],
  rejected: ['drafting', 'closed'],
  reinstated: [],
  closed: [],
};

/**
 * What a client may do in the portal: answer the review request, either by asking for changes
 * (back to drafting) or by approving the plan. Everything else is the consultancy's work.
 */
const CLIENT_TRANSITIONS: Partial<Record<CaseStatus, readonly CaseStatus[]>> = {
  client_review: ['drafting', 'ready_to_submit'],
};

/** The marketplace's "after two unsuccessful appeals" counts these answers to a submission. */
const AWAITING_MARKETPLACE: ReadonlySet<CaseStatus> = new Set(['submitted', 'awaiting_reply']);
const UNSUCCESSFUL_OUTCOMES: ReadonlySet<CaseStatus> = new Set(['rejected', 'more_info_requested']);

function has<K extends string>(record: Partial<Record<K, unknown>>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * The statuses `role` may move a case to from `from`, in table order. Without a role, the staff
 * view (the full table). An unknown status yields [] rather than throwing: values may come
 * straight from a request body.
 */
export function allowedTransitions(from: CaseStatus, role: WorkflowRole = 'admin'): CaseStatus[] {
  const table = role === 'client' ? CLIENT_TRANSITIONS : TRANSITIONS;
  return has(table, from) ? [...(table[from] ?? [])] : [];
}

export function isCloseReason(value: unknown): value is CloseReason {
  return typeof value === 'string' && (CLOSE_REASONS as readonly string[]).includes(value);
}

/**
 * Whether `role` may move a case from `from` to `to`. Checked in this order so the error names
 * the most fundamental problem: not a move at all, then not this user's move, then missing data.
 * `allowed` is always what this role could do instead, for the error message or the UI.
 */
export function checkTransition(from: CaseStatus, to: CaseStatus, opts: { closeReason?: string | null; role: WorkflowRole }): TransitionCheck {
  const allowed = allowedTransitions(from, opts.role);
  if (!allowedTransitions(from).includes(to)) return { ok: false, code: 'INVALID_TRANSITION', allowed };
  if (!allowed.includes(to)) return { ok: false, code: 'FORBIDDEN_TRANSITION', allowed };
  if (to === 'closed' && !isCloseReason(opts.closeReason)) return { ok: false, code: 'CLOSE_REASON_REQUIRED', allowed };
  return { ok: true };
}

/** No move leads out of it. */
export function isTerminal(status: CaseStatus): boolean {
  return has(TRANSITIONS, status) && TRANSITIONS[status].length === 0;
}

/** Still someone's work: everything but the terminal statuses (so `rejected` is open until decided). */
export function isOpen(status: CaseStatus): boolean {
  return has(TRANSITIONS, status) && !isTerminal(status);
}

/**
 * The status itself waits on the client (their approval of the plan); the service clock pauses.
 * Open document requests are a separate flag on the case, not a status, and not decided here.
 */
export function waitsOnClient(status: CaseStatus): boolean {
  return status === 'client_review';
}

/** A marketplace answer that is not a reinstatement: counts towards the notice's appeal limit. */
export function countsAsUnsuccessfulAppeal(from: CaseStatus, to: CaseStatus): boolean {
  return AWAITING_MARKETPLACE.has(from) && UNSUCCESSFUL_OUTCOMES.has(to);
}

/**
 * The shortest way from `from` to `to` through the staff table (the statuses to pass, ending with
 * `to`), never through `closed`; [] when already there, null when there is none. Lets a flow that
 * knows where a case must end up (the plan sent for review, an admin's submission) walk the table
 * one audited step at a time instead of jumping.
 */
export function routeBetween(from: CaseStatus, to: CaseStatus): CaseStatus[] | null {
  if (from === to) return [];
  const previous = new Map<CaseStatus, CaseStatus>();
  const queue: CaseStatus[] = [from];
  while (queue.length) {
    const at = queue.shift()!;
    for (const next of allowedTransitions(at)) {
      if (next === 'closed' || next === from || previous.has(next)) continue;
      previous.set(next, at);
      if (next === to) {
        const path: CaseStatus[] = [to];
        for (let s = at; s !== from; s = previous.get(s)!) path.unshift(s);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
