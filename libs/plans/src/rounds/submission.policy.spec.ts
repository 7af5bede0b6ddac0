import { checkSubmission, reopensDrafting, statusAfterReply, type SubmissionFacts } from './submission.policy';

const base: SubmissionFacts = { role: 'consultant', approved: true, blockers: 0, openRound: null };

describe('checkSubmission', () => {
  it.each<[string, Partial<SubmissionFacts>, ReturnType<typeof checkSubmission>]>([
    ['approved, no blockers', {}, { ok: true, overridesApproval: false, overridesChecks: false }],
    ['a round still waits for its reply', { openRound: 1 }, { ok: false, code: 'ROUND_AWAITING_REPLY' }],
    ['not approved, no reason', { approved: false }, { ok: false, code: 'REVISION_NOT_APPROVED' }],
    ['not approved, blank reason', { approved: false, approvalOverrideReason: '   ' }, { ok: false, code: 'REVISION_NOT_APPROVED' }],
    ['not approved, consultant gives a reason', { approved: false, approvalOverrideReason: 'deadline' }, { ok: false, code: 'OVERRIDE_FORBIDDEN' }],
    ['not approved, admin gives a reason', { role: 'admin', approved: false, approvalOverrideReason: 'deadline' }, { ok: true, overridesApproval: true, overridesChecks: false }],
    ['blockers, no reason', { blockers: 2 }, { ok: false, code: 'PLAN_CHECK_BLOCKERS' }],
    ['blockers with a reason', { blockers: 2, checkOverrideReason: 'stock already removed' }, { ok: true, overridesApproval: false, overridesChecks: true }],
    ['a reason without blockers overrides nothing', { checkOverrideReason: 'just in case' }, { ok: true, overridesApproval: false, overridesChecks: false }],
    ['open round beats a missing approval', { openRound: 2, approved: false }, { ok: false, code: 'ROUND_AWAITING_REPLY' }],
  ])('%s', (_label, facts, expected) => {
    expect(checkSubmission({ ...base, ...facts })).toEqual(expected);
  });
});

describe('statusAfterReply', () => {
  it('maps each outcome to the case status it leads to', () => {
    expect(statusAfterReply('reinstated')).toBe('reinstated');
    expect(statusAfterReply('rejected')).toBe('rejected');
    expect(statusAfterReply('more_info_requested')).toBe('more_info_requested');
    expect(statusAfterReply('no_reply')).toBe('awaiting_reply');
  });

  it('reopens drafting only after an unsuccessful answer', () => {
    expect(reopensDrafting('more_info_requested')).toBe(true);
    expect(reopensDrafting('rejected')).toBe(true);
    expect(reopensDrafting('drafting')).toBe(false);
    expect(reopensDrafting('submitted')).toBe(false);
  });
});
