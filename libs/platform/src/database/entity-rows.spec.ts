import type { DataSource } from 'typeorm';
import { EntityRows } from './entity-rows';

class Thing {
  id: string;
  clientId: string;
  rate: number | null;
}

/** Just the column metadata EntityRows reads. */
function source(columns: { databaseName: string; propertyName: string; type: unknown; transformer?: unknown; isArray?: boolean; enum?: string[]; isSelect?: boolean }[]): DataSource {
  return { getMetadata: () => ({ columns }) } as unknown as DataSource;
}

const decimal = { to: (v: unknown) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
const columns = [
  { databaseName: 'id', propertyName: 'id', type: 'uuid' },
  { databaseName: 'client_id', propertyName: 'clientId', type: 'uuid' },
  { databaseName: 'rate', propertyName: 'rate', type: 'numeric', transformer: decimal },
];

describe('EntityRows', () => {
  it('selects a subset in the entity\'s column order, and refuses properties it does not have', () => {
    const rows = new EntityRows(Thing, source(columns));
    expect(rows.subset(['rate', 'id']).columns('t')).toBe('t."id" AS "id", t."rate" AS "rate"');
    expect(rows.subset(['rate', 'id'])).toBe(rows.subset(['rate', 'id']));
    expect(rows.subset(['id']).map([{ id: 'a' }])).toEqual([{ id: 'a' }]);
    expect(() => rows.subset(['nope' as keyof Thing & string])).toThrow(/no column for nope/);
  });

  it('selects every column under its property name, per table alias', () => {
    const rows = new EntityRows(Thing, source(columns));
    expect(rows.columns('t')).toBe('t."id" AS "id", t."client_id" AS "clientId", t."rate" AS "rate"');
    expect(rows.columns('x')).toBe('x."id" AS "id", x."client_id" AS "clientId", x."rate" AS "rate"');
  });

  it('leaves out columns the entity keeps out of reads (select: false)', () => {
    const rows = new EntityRows(Thing, source([...columns, { databaseName: 'password_hash', propertyName: 'passwordHash', type: 'text', isSelect: false }]));
    expect(rows.columns('t')).not.toContain('password_hash');
  });

  it('applies the transformers in place and leaves the rest as pg parsed it', () => {
    const raw = [
      { id: 'a', clientId: 'c', rate: '0.125' },
      { id: 'b', clientId: 'd', rate: null },
    ];
    const out = new EntityRows(Thing, source(columns)).map(raw);
    expect(out).toBe(raw as unknown);
    expect(out).toEqual([
      { id: 'a', clientId: 'c', rate: 0.125 },
      { id: 'b', clientId: 'd', rate: null },
    ]);
  });

  it('refuses columns that need TypeORM\'s hydration, and properties that cannot be aliases', () => {
    expect(() => new EntityRows(Thing, source([...columns, { databaseName: 'data', propertyName: 'data', type: 'jsonb' }]))).toThrow(/data \(jsonb\) needs TypeORM/);
    expect(() => new EntityRows(Thing, source([{ databaseName: 'n', propertyName: 'n', type: 'bigint' }]))).toThrow(/needs TypeORM/);
    expect(() => new EntityRows(Thing, source([{ databaseName: 'tags', propertyName: 'tags', type: 'enum', isArray: true, enum: ['a'] }]))).toThrow(/needs TypeORM/);
    expect(() => new EntityRows(Thing, source([{ databaseName: 'n', propertyName: 'a"b', type: 'text' }]))).toThrow(/cannot be named in plain SQL/);
    expect(() => new EntityRows(Thing, source([{ databaseName: 'n"; DROP', propertyName: 'n', type: 'text' }]))).toThrow(/cannot be named in plain SQL/);
  });
});
