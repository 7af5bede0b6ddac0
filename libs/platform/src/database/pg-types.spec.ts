import { types } from 'pg';
import { pgTypes } from './pg-types';

describe('pgTypes', () => {
  const parse = pgTypes.getTypeParser(1184, 'text');

  it('parses timestamptz text as pg does, offsets and fractions included', () => {
    const legacy = types.getTypeParser(1184, 'text');
    for (const s of ['2026-11-19 14:06:09.106+00', '2026-11-19 14:06:09+00', '2026-11-19 23:06:09.1065+09', '1999-12-31 19:00:00-05', '2026-03-01 05:30:00.5+05:30', '0099-01-01 00:00:00+00']) {
      const got = parse(s) as Date;
      expect(got).toBeInstanceOf(Date);
      expect(got.getTime()).toBe((legacy(s) as Date).getTime());
    }
    expect((parse('2026-11-19 14:06:09.106+00') as Date).toISOString()).toBe('2026-11-19T14:06:09.106Z');
    expect(parse('infinity')).toBe(Infinity);
  });

  it('leaves every other type to pg', () => {
    for (const oid of [16, 20, 23, 25, 1009, 1082, 1114, 1700, 2950, 3802]) expect(pgTypes.getTypeParser(oid, 'text')).toBe(types.getTypeParser(oid, 'text'));
    expect(pgTypes.getTypeParser(1184, 'binary')).toBe(types.getTypeParser(1184, 'binary'));
  });
});
