/** Who may see and do what in review threads. Pure. */
import type { ThreadVisibility } from './comment-thread.entity';

/** Client users see only shared threads; staff see all. */
export function threadVisible(role: string, visibility: ThreadVisibility): boolean {
  return role !== 'client' || visibility === 'shared';
}

/**
 * A client may open a thread only as shared, on a revision shared with it, and without a
 * suggested edit (the consultancy writes the plan; the client says what is wrong).
 */
export function clientMayOpenThread(input: { visibility: ThreadVisibility; revisionShared: boolean; suggestion?: string | null }): boolean {
  return input.visibility === 'shared' && input.revisionShared && (input.suggestion === undefined || input.suggestion === null);
}
