import { changeSummary } from './audit-summary.policy';

describe('changeSummary', () => {
  it('keeps only changed fields', () => {
    expect(changeSummary({ role: 'client', name: 'A' }, { role: 'consultant', name: 'A' })).toEqual({
      before: { role: 'client' },
      after: { role: 'consultant' },
    });
  });

  it('masks secrets and cuts long strings', () => {
    const s = changeSummary(null, { passwordHash: 'x', note: 'y'.repeat(500) });
    expect(s.after?.passwordHash).toBe('[redacted]');
    expect((s.after?.note as string).length).toBe(201);
    expect(s.before).toBeUndefined();
  });

  it('records a deletion as before only', () => {
    expect(changeSummary({ email: 'a@b.c' }, null)).toEqual({ before: { email: 'a@b.c' } });
  });
});
