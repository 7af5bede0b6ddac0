import { DomainError, NotFoundError, VersionConflictError } from '@reinstate/platform';

export const PlanErrors = {
  planNotFound: () => new NotFoundError('PLAN_NOT_FOUND', 'This case has no plan of action yet.'),
  planExists: () => new DomainError('PLAN_EXISTS', 'conflict', 'This case already has a plan of action; save a new revision instead.'),
  revisionNotFound: (n: number) => new NotFoundError('REVISION_NOT_FOUND', `No revision ${n} of this plan.`),
  templateNotFound: () => new NotFoundError('TEMPLATE_NOT_FOUND', 'No such plan template.'),
  templateNameTaken: () =>
    new DomainError('TEMPLATE_NAME_TAKEN', 'conflict', 'A template with this name already exists in this language.', [{ field: 'name', issue: 'taken' }]),
  threadNotFound: () => new NotFoundError('THREAD_NOT_FOUND', 'No such comment thread.'),
  reviewNotFound: () => new NotFoundError('REVIEW_NOT_FOUND', 'No such review request.'),
  roundNotFound: (n: number) => new NotFoundError('ROUND_NOT_FOUND', `No submission round ${n} on this case.`),
  invalidContent: (problems: { field: string; issue: string }[]) =>
    new DomainError('INVALID_PLAN_CONTENT', 'invalid', `The plan's sections are not valid: ${problems.map((p) => `${p.field} ${p.issue}`).join('; ')}.`, problems),
  invalidAnchor: (why: string) => new DomainError('INVALID_ANCHOR', 'invalid', `The quoted span is not in that revision: ${why}.`, [{ field: 'start', issue: 'out_of_range' }]),
  versionConflict: (current: unknown) =>
    new VersionConflictError('Someone saved a newer revision of this plan; compare it with yours and save again based on it.', current),
  caseEnded: (status: string) => new DomainError('CASE_ENDED', 'conflict', `The case is ${status}; its plan can no longer change.`),
  threadClosed: () => new DomainError('THREAD_RESOLVED', 'conflict', 'This thread is resolved; reopen it to reply.'),
  notASuggestion: () => new DomainError('NO_SUGGESTION', 'conflict', 'This thread carries no pending suggested edit.'),
  suggestionOutdated: () =>
    new DomainError('SUGGESTION_OUTDATED', 'conflict', 'The quoted text is no longer in the plan, so the suggestion cannot be applied; edit the plan by hand.'),
  clientThreadRules: () =>
    new DomainError('FORBIDDEN_VISIBILITY', 'forbidden', 'Clients comment only on shared threads of revisions shared with them, and cannot suggest edits.'),
  reviewPending: () => new DomainError('REVIEW_ALREADY_DECIDED', 'conflict', 'This review request has already been answered or replaced by a newer one.'),
  notApproved: (n: number) =>
    new DomainError(
      'REVISION_NOT_APPROVED',
      'conflict',
      `Revision ${n} has not been approved by the client. Send it for review, or (admins) submit with an approvalOverrideReason.`,
      [{ field: 'revision', issue: 'not_approved' }],
    ),
  overrideForbidden: () => new DomainError('OVERRIDE_FORBIDDEN', 'forbidden', 'Only an admin can submit a revision the client has not approved.'),
  blockers: (count: number, findings: unknown) =>
    new DomainError('PLAN_CHECK_BLOCKERS', 'conflict', `The plan has ${count} blocking finding(s). Fix them, or submit with a checkOverrideReason.`, [
      { field: 'checkOverrideReason', issue: 'required', findings },
    ]),
  documentNotOnCase: (id: string) => new DomainError('DOCUMENT_NOT_FOUND', 'invalid', `Document ${id} is not on this case.`, [{ field: 'documentIds', issue: 'not_found', id }]),
  roundOpen: (n: number) => new DomainError('ROUND_AWAITING_REPLY', 'conflict', `Round ${n} has no reply recorded yet; record the marketplace's answer first.`),
  replyRecorded: (n: number) => new DomainError('REPLY_ALREADY_RECORDED', 'conflict', `Round ${n} already has its reply.`),
  roundSuperseded: (n: number) => new DomainError('ROUND_SUPERSEDED', 'conflict', `Round ${n} was followed by a newer round; record the reply on the newest one.`),
  replyTextRequired: () =>
    new DomainError('REPLY_TEXT_REQUIRED', 'invalid', "Paste the marketplace's reply; only 'no_reply' needs no text.", [{ field: 'text', issue: 'required' }]),
  templateLanguage: (template: string, plan: string) =>
    new DomainError('TEMPLATE_LANGUAGE_MISMATCH', 'invalid', `The template is in ${template}, the plan in ${plan}.`, [{ field: 'templateId', issue: 'language' }]),
  unknownRule: (id: string) => new DomainError('UNKNOWN_RULE', 'invalid', `No plan-check rule ${id}.`, [{ field: 'ruleId', issue: 'unknown', id }]),
};
