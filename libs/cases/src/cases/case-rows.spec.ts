import { Where } from './case-rows';

describe('Where', () => {
  it('numbers the placeholders in order and parenthesises each condition', () => {
    const w = new Where().and('c.tenant_id = ?', 't').and('c.status = ? OR c.status = ?', 'a', 'b');
    expect(w.sql).toBe('(c.tenant_id = $1) AND (c.status = $2 OR c.status = $3)');
    expect(w.param(51)).toBe('$4');
    expect(w.values).toEqual(['t', 'a', 'b', 51]);
  });

  it('refuses a condition whose placeholders and values disagree', () => {
    expect(() => new Where().and('c.payload ? ?', 'key')).toThrow(/2 placeholders for 1 values/);
    expect(() => new Where().and('c.id = ?')).toThrow(/1 placeholders for 0 values/);
  });
});
