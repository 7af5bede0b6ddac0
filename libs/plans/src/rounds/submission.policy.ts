/**
 * When a revision may go to the marketplace, and where the case goes with the marketplace's
 * answer. Pure: the services gather the facts and ask.
 */
import type { CaseStatus } from '@reinstate/cases';
import type { RoundOutcome } from './submission-round.entity';

export interface SubmissionFacts {
  role: string;
  /** The client approved exactly this revision. */
  approved: boolean;
  approvalOverrideReason?: string | null;
  blockers: number;
  checkOverrideReason?: string | null;
  /** A previous round still waits for its reply. */
  openRound: number | null;
}

export type SubmissionVerdict =
  | { ok: true; overridesApproval: boolean; overridesChecks: boolean }
  | { ok: false; code: 'ROUND_AWAITING_REPLY' | 'REVISION_NOT_APPROVED' | 'OVERRIDE_FORBIDDEN' | 'PLAN_CHECK_BLOCKERS' };

const present = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim().length > 0;

/**
 * The plan goes out in the client's name, so it needs the client's approval of that exact
 * revision — or an admin's override with a reason. Blocking findings need a reason too (anyone
 * submitting may give it; it is audited and frozen with the round).
 */
export function checkSubmission(f: SubmissionFacts): SubmissionVerdict {
  if (f.openRound !== null) return { ok: false, code: 'ROUND_AWAITING_REPLY' };
  const overridesApproval = !f.approved;
  if (overridesApproval) {
    if (!present(f.approvalOverrideReason)) return { ok: false, code: 'REVISION_NOT_APPROVED' };
    if (f.role !== 'admin') return { ok: false, code: 'OVERRIDE_FORBIDDEN' };
  }
  const overridesChecks = f.blockers > 0;
  if (overridesChecks && !present(f.checkOverrideReason)) return { ok: false, code: 'PLAN_CHECK_BLOCKERS' };
  return { ok: true, overridesApproval, overridesChecks };
}

/** The case status a recorded reply moves the case to (the case's own table decides if it may). */
export function statusAfterReply(outcome: RoundOutcome): CaseStatus {
  switch (outcome) {
    case 'reinstated':
      return 'reinstated';
    case 'rejected':
      return 'rejected';
    case 'more_info_requested':
      return 'more_info_requested';
    case 'no_reply':
      return 'awaiting_reply';
  }
}

/** A new revision after a "more information" or a rejection starts the next round's drafting. */
export function reopensDrafting(status: CaseStatus): boolean {
  return status === 'more_info_requested' || status === 'rejected';
}
