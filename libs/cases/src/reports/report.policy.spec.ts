import { CASE_STATUSES } from '../cases/case.entity';
import { calendarDay, fillStatusCounts, periodProblems, shapeOutcomeReport, visibleToRole, MAX_PERIOD_DAYS, type OutcomeRow } from './report.policy';

const row = (over: Partial<OutcomeRow>): OutcomeRow => ({
  dim: 'overall',
  category: null,
  consultant: null,
  displayName: null,
  decided: 0,
  reinstated: 0,
  reinstatementRate: null,
  roundsMedian: null,
  roundsMean: null,
  drafted: 0,
  withoutDraft: 0,
  hoursMedian: null,
  hoursMean: null,
  ...over,
});

describe('report period', () => {
  it('reads real calendar dates only', () => {
    expect(calendarDay('1970-01-02')).toBe(1);
    expect(calendarDay('2026-02-29')).toBeNull();
    expect(calendarDay('2028-02-29')).not.toBeNull();
    expect(calendarDay('2026-1-05')).toBeNull();
    expect(calendarDay('2026-01-05T00:00')).toBeNull();
  });

  it('accepts open ends and a single day', () => {
    expect(periodProblems({ from: null, to: null })).toEqual([]);
    expect(periodProblems({ from: '2026-01-01', to: null })).toEqual([]);
    expect(periodProblems({ from: '2026-03-31', to: '2026-03-31' })).toEqual([]);
  });

  it('names each problem', () => {
    expect(periodProblems({ from: '2026-13-01', to: '2026-02-30' })).toEqual([
      { field: 'from', issue: 'not_a_date' },
      { field: 'to', issue: 'not_a_date' },
    ]);
    expect(periodProblems({ from: '2026-04-01', to: '2026-03-31' })).toEqual([{ field: 'to', issue: 'before_from' }]);
    expect(periodProblems({ from: '2000-01-01', to: '2026-01-01' })).toEqual([{ field: 'to', issue: 'too_long', maxDays: MAX_PERIOD_DAYS }]);
  });
});

describe('status counts', () => {
  it('lists every status in workflow order with zeros', () => {
    const filled = fillStatusCounts(CASE_STATUSES, [
      { status: 'reinstated', n: 2 },
      { status: 'intake', n: 5 },
    ]);
    expect(filled).toHaveLength(CASE_STATUSES.length);
    expect(filled[0]).toEqual({ status: 'intake', count: 5 });
    expect(filled.find((s) => s.status === 'reinstated')!.count).toBe(2);
    expect(filled.filter((s) => s.count === 0)).toHaveLength(CASE_STATUSES.length - 2);
  });
});

describe('outcome report shape', () => {
  const rows: OutcomeRow[] = [
    row({ dim: 'overall', decided: 3, reinstated: 2, reinstatementRate: 0.6667, roundsMedian: 1.5, roundsMean: 1.5, drafted: 2, withoutDraft: 1, hoursMedian: 4, hoursMean: 4 }),
    row({ dim: 'category', category: 'pricing', decided: 1, reinstated: 1 }),
    row({ dim: 'category', category: 'ip_complaint', decided: 2, reinstated: 1 }),
    row({ dim: 'consultant', consultant: null, decided: 1 }),
    row({ dim: 'consultant', consultant: 'b', displayName: 'Suzuki', decided: 1, reinstated: 1 }),
    row({ dim: 'consultant', consultant: 'a', displayName: 'Abe', decided: 1, reinstated: 1 }),
  ];

  it('derives lost and nests the figures', () => {
    const r = shapeOutcomeReport(rows);
    expect(r.overall).toEqual({
      decided: 3,
      reinstated: 2,
      lost: 1,
      reinstatementRate: 0.6667,
      roundsToReinstatement: { cases: 2, median: 1.5, mean: 1.5 },
      timeToFirstDraft: { cases: 2, withoutDraft: 1, medianHours: 4, meanHours: 4 },
    });
  });

  it('orders categories as the catalogue does and consultants by name, unassigned last', () => {
    const r = shapeOutcomeReport(rows);
    expect(r.byCategory.map((c) => c.category)).toEqual(['ip_complaint', 'pricing']);
    expect(r.byConsultant.map((c) => c.displayName)).toEqual(['Abe', 'Suzuki', null]);
  });

  it('answers zeros and nulls when nothing happened', () => {
    const r = shapeOutcomeReport([]);
    expect(r.overall).toMatchObject({ decided: 0, reinstatementRate: null, roundsToReinstatement: { cases: 0, median: null } });
    expect(r.byCategory).toEqual([]);
    expect(r.byConsultant).toEqual([]);
  });

  it('shows a consultant only its own row of the per-consultant figures', () => {
    const r = shapeOutcomeReport(rows);
    expect(visibleToRole(r, 'admin', 'a').byConsultant).toHaveLength(3);
    const mine = visibleToRole(r, 'consultant', 'b');
    expect(mine.byConsultant.map((c) => c.membershipId)).toEqual(['b']);
    expect(mine.overall).toBe(r.overall);
    expect(mine.byCategory).toBe(r.byCategory);
  });
});
