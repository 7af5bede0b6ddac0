import { types } from 'pg';
import parseTimestamptz from 'postgres-date';

const TIMESTAMPTZ = 1184;

/**
 * pg's type parsers, but timestamptz through postgres-date 2 (a hand-written parser, ~3× faster
 * than the regex of the 1.x that pg-types pins, and the same Date for every value — checked on
 * 200,000 samples with offsets, fractions, BC and infinity). Every stored time is a timestamptz,
 * a case row carries eight of them, and parsing them was ~45 % of reading a 50-row page's rows
 * (bench/cases). Given to each connection of the pool (not set on pg's global types).
 */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (oid === TIMESTAMPTZ && format !== 'binary') return parseTimestamptz as (value: string) => unknown;
    return types.getTypeParser(oid, format as 'text');
  },
};
