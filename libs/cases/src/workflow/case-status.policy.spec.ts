import { CASE_STATUSES, type CaseStatus } from '../cases/case.entity';
import {
  CLOSE_REASONS,
  TRANSITIONS,
  allowedTransitions,
  checkTransition,
  countsAsUnsuccessfulAppeal,
  isOpen,
  isTerminal,
  routeBetween,
  waitsOnClient,
  type WorkflowRole,
} from './case-status.policy';

const STAFF: WorkflowRole[] = ['admin', 'consultant'];

describe('case status table', () => {
  it('has an entry for every status and only known targets', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
    for (const targets of Object.values(TRANSITIONS)) for (const t of targets) expect(CASE_STATUSES).toContain(t);
  });

  it('never allows staying in place', () => {
    for (const s of CASE_STATUSES) expect(allowedTransitions(s)).not.toContain(s);
  });

  it.each<[CaseStatus, CaseStatus[]]>([
    ['intake', ['triage', 'closed']],
    ['triage', ['drafting', 'closed']],
    ['drafting', ['internal_review', 'client_review', 'closed']],
    ['internal_review', ['drafting', 'client_review', 'closed']],
    ['client_review', ['drafting', 'ready_to_submit', 'closed']],
    ['ready_to_submit', ['submitted', 'drafting', 'closed']],
    ['submitted', ['awaiting_reply', 'reinstated', 'rejected', 'more_info_requested', 'closed']],
    ['awaiting_reply', ['reinstated', 'rejected', 'more_info_requested', 'submitted', 'closed']],
    ['more_info_requested', ['drafting', 'closed']],
    ['rejected', ['drafting', 'closed']],
    ['reinstated', []],
    ['closed', []],
  ])('staff from %s may go to %j', (from, to) => {
    expect(allowedTransitions(from)).toEqual(to);
    for (const role of STAFF) expect(allowedTransitions(from, role)).toEqual(to);
  });

  it('reaches every status from intake', () => {
    const seen = new Set<CaseStatus>(['intake']);
    const queue: CaseStatus[] = ['intake'];
    while (queue.length) for (const next of allowedTransitions(queue.shift()!)) if (!seen.has(next)) seen.add(next), queue.push(next);
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('only lets a plan be submitted after client approval', () => {
    const into = CASE_STATUSES.filter((s) => allowedTransitions(s).includes('ready_to_submit'));
    expect(into).toEqual(['client_review']);
  });

  it('returns a copy, so callers cannot corrupt the table', () => {
    allowedTransitions('intake').push('reinstated');
    expect(allowedTransitions('intake')).toEqual(['triage', 'closed']);
  });

  it('answers [] for an unknown status instead of throwing', () => {
    expect(allowedTransitions('nonsense' as CaseStatus)).toEqual([]);
    expect(allowedTransitions('toString' as CaseStatus)).toEqual([]);
  });
});

describe('checkTransition', () => {
  it.each<[CaseStatus, CaseStatus, WorkflowRole, string | undefined, ReturnType<typeof checkTransition>]>([
    ['intake', 'triage', 'consultant', undefined, { ok: true }],
    ['awaiting_reply', 'more_info_requested', 'admin', undefined, { ok: true }],
    ['more_info_requested', 'drafting', 'consultant', undefined, { ok: true }],
    ['rejected', 'drafting', 'consultant', undefined, { ok: true }],
    ['rejected', 'closed', 'admin', 'lost', { ok: true }],
    ['intake', 'closed', 'consultant', 'duplicate', { ok: true }],
    ['submitted', 'closed', 'admin', 'withdrawn', { ok: true }],
    // not in the table
    ['intake', 'submitted', 'admin', undefined, { ok: false, code: 'INVALID_TRANSITION', allowed: ['triage', 'closed'] }],
    ['internal_review', 'ready_to_submit', 'admin', undefined, { ok: false, code: 'INVALID_TRANSITION', allowed: ['drafting', 'client_review', 'closed'] }],
    ['reinstated', 'closed', 'admin', 'withdrawn', { ok: false, code: 'INVALID_TRANSITION', allowed: [] }],
    ['closed', 'drafting', 'admin', undefined, { ok: false, code: 'INVALID_TRANSITION', allowed: [] }],
    ['drafting', 'drafting', 'consultant', undefined, { ok: false, code: 'INVALID_TRANSITION', allowed: ['internal_review', 'client_review', 'closed'] }],
    // close reason
    ['drafting', 'closed', 'consultant', undefined, { ok: false, code: 'CLOSE_REASON_REQUIRED', allowed: ['internal_review', 'client_review', 'closed'] }],
    ['drafting', 'closed', 'consultant', '', { ok: false, code: 'CLOSE_REASON_REQUIRED', allowed: ['internal_review', 'client_review', 'closed'] }],
    ['drafting', 'closed', 'consultant', 'bored', { ok: false, code: 'CLOSE_REASON_REQUIRED', allowed: ['internal_review', 'client_review', 'closed'] }],
    // clients
    ['client_review', 'drafting', 'client', undefined, { ok: true }],
    ['client_review', 'ready_to_submit', 'client', undefined, { ok: true }],
    ['client_review', 'closed', 'client', 'withdrawn', { ok: false, code: 'FORBIDDEN_TRANSITION', allowed: ['drafting', 'ready_to_submit'] }],
    ['drafting', 'client_review', 'client', undefined, { ok: false, code: 'FORBIDDEN_TRANSITION', allowed: [] }],
    ['ready_to_submit', 'submitted', 'client', undefined, { ok: false, code: 'FORBIDDEN_TRANSITION', allowed: [] }],
    ['intake', 'submitted', 'client', undefined, { ok: false, code: 'INVALID_TRANSITION', allowed: [] }],
  ])('%s → %s as %s (reason %s)', (from, to, role, closeReason, expected) => {
    expect(checkTransition(from, to, { role, closeReason })).toEqual(expected);
  });

  it('accepts every close reason and ignores a reason on other moves', () => {
    for (const closeReason of CLOSE_REASONS) expect(checkTransition('triage', 'closed', { role: 'admin', closeReason })).toEqual({ ok: true });
    expect(checkTransition('triage', 'drafting', { role: 'admin', closeReason: 'lost' })).toEqual({ ok: true });
  });

  it('agrees with allowedTransitions for every pair and staff role', () => {
    for (const role of STAFF)
      for (const from of CASE_STATUSES)
        for (const to of CASE_STATUSES) {
          const r = checkTransition(from, to, { role, closeReason: 'lost' });
          expect(r.ok).toBe(allowedTransitions(from).includes(to));
        }
  });
});

describe('status predicates', () => {
  it.each<[CaseStatus, boolean, boolean, boolean]>([
    // status, open, terminal, waits on client
    ['intake', true, false, false],
    ['triage', true, false, false],
    ['drafting', true, false, false],
    ['internal_review', true, false, false],
    ['client_review', true, false, true],
    ['ready_to_submit', true, false, false],
    ['submitted', true, false, false],
    ['awaiting_reply', true, false, false],
    ['more_info_requested', true, false, false],
    ['rejected', true, false, false],
    ['reinstated', false, true, false],
    ['closed', false, true, false],
  ])('%s: open %s, terminal %s, waits on client %s', (status, open, terminal, waits) => {
    expect(isOpen(status)).toBe(open);
    expect(isTerminal(status)).toBe(terminal);
    expect(waitsOnClient(status)).toBe(waits);
  });
});

describe('countsAsUnsuccessfulAppeal', () => {
  it.each<[CaseStatus, CaseStatus, boolean]>([
    ['submitted', 'rejected', true],
    ['submitted', 'more_info_requested', true],
    ['awaiting_reply', 'rejected', true],
    ['awaiting_reply', 'more_info_requested', true],
    ['submitted', 'reinstated', false],
    ['awaiting_reply', 'reinstated', false],
    ['submitted', 'awaiting_reply', false],
    ['submitted', 'closed', false],
    ['rejected', 'drafting', false],
    ['more_info_requested', 'drafting', false],
    ['drafting', 'rejected', false],
  ])('%s → %s counts: %s', (from, to, counts) => {
    expect(countsAsUnsuccessfulAppeal(from, to)).toBe(counts);
  });
});

describe('routeBetween', () => {
  it.each<[CaseStatus, CaseStatus, CaseStatus[] | null]>([
    ['drafting', 'drafting', []],
    ['drafting', 'client_review', ['client_review']],
    ['ready_to_submit', 'client_review', ['drafting', 'client_review']],
    ['more_info_requested', 'client_review', ['drafting', 'client_review']],
    ['triage', 'client_review', ['drafting', 'client_review']],
    ['drafting', 'submitted', ['client_review', 'ready_to_submit', 'submitted']],
    ['awaiting_reply', 'submitted', ['submitted']],
    ['reinstated', 'drafting', null],
    ['closed', 'drafting', null],
    ['intake', 'closed', null],
  ])('%s → %s', (from, to, expected) => {
    expect(routeBetween(from, to)).toEqual(expected);
  });

  it('only ever takes moves the table allows', () => {
    for (const from of Object.keys(TRANSITIONS) as CaseStatus[]) {
      for (const to of Object.keys(TRANSITIONS) as CaseStatus[]) {
        const path = routeBetween(from, to);
        if (!path) continue;
        let at = from;
        for (const step of path) {
          expect(allowedTransitions(at)).toContain(step);
          at = step;
        }
        expect(at).toBe(to);
      }
    }
  });
});
