import type { PlanSection } from '../plan-checks/plan-checks.types';
import { contentProblems, countFindings, defaultSections, LIMITS, normaliseSections, revisionVisible } from './plan-content.policy';

const section = (id: string, body = 'x'): PlanSection => ({ id, kind: 'free', body });

describe('contentProblems', () => {
  it('accepts distinct ids within the limits', () => {
    expect(contentProblems([section('a'), section('b')])).toEqual([]);
  });

  it('names duplicate ids by position, empty plans and oversize plans', () => {
    expect(contentProblems([section('a'), section('b'), section('a')])).toEqual([{ field: 'sections[2].id', issue: 'duplicate' }]);
    expect(contentProblems([])).toEqual([{ field: 'sections', issue: 'empty' }]);
    const big = Array.from({ length: 11 }, (_, i) => section(`s${i}`, 'あ'.repeat(LIMITS.planChars / 10)));
    expect(contentProblems(big)).toEqual([{ field: 'sections', issue: `longer_than_${LIMITS.planChars}_characters` }]);
    expect(contentProblems(Array.from({ length: LIMITS.sections + 1 }, (_, i) => section(`s${i}`)))[0]).toEqual({ field: 'sections', issue: `more_than_${LIMITS.sections}` });
  });

  it('counts root-cause fields and titles towards the size', () => {
    const long = { ...section('a', ''), title: 'x'.repeat(LIMITS.planChars / 2), rootCause: { why: 'y'.repeat(LIMITS.planChars / 2 + 1) } };
    expect(contentProblems([long])).toHaveLength(1);
  });
});

describe('normaliseSections', () => {
  it('drops undefined keys so stored JSON compares equal', () => {
    const out = normaliseSections([{ id: 'a', kind: 'root_cause', body: 'b', title: undefined, rootCause: { when: 'w', why: undefined } }]);
    expect(out).toEqual([{ id: 'a', kind: 'root_cause', body: 'b', rootCause: { when: 'w' } }]);
    expect(JSON.stringify(out)).not.toContain('undefined');
  });
});

describe('defaultSections', () => {
  it('puts the summary first, in each language', () => {
    for (const lang of ['ja', 'en'] as const) expect(defaultSections(lang, false)[0]!.kind).toBe('summary');
    expect(defaultSections('ja', false)[0]!.title).toBe('概要');
    expect(defaultSections('en', false)[0]!.title).toBe('Summary');
  });

  it('asks for the FBA statement only from FBA sellers', () => {
    expect(defaultSections('ja', true).map((s) => s.kind)).toContain('fba_stock');
    expect(defaultSections('ja', false).map((s) => s.kind)).not.toContain('fba_stock');
  });
});

describe('countFindings and revisionVisible', () => {
  it('counts blockers and warnings', () => {
    expect(countFindings([{ severity: 'blocker' }, { severity: 'warning' }, { severity: 'warning' }, { severity: 'hint' }])).toEqual({ blockers: 1, warnings: 2 });
  });

  it('hides unshared revisions from clients only', () => {
    expect(revisionVisible('client', { sharedAt: null })).toBe(false);
    expect(revisionVisible('client', { sharedAt: new Date() })).toBe(true);
    expect(revisionVisible('consultant', { sharedAt: null })).toBe(true);
  });
});
