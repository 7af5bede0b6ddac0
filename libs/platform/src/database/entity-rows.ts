import type { DataSource } from 'typeorm';

type ColumnMapping = { column: string; property: string; from?: (v: unknown) => unknown };

/** pg parses these differently from TypeORM's hydration: such an entity is refused rather than half-mapped. */
const NEEDS_HYDRATION = ['bigint', 'simple-json', 'simple-array', 'date', 'json', 'jsonb'];

/**
 * Plain-SQL reads of an entity's rows: an explicit column list and a row → entity mapper, both
 * worked out once from the entity's own column metadata. Used on the hot read paths, where
 * TypeORM's query builder and result transformer cost ~15 % of a request's CPU (bench/cases).
 * The column list is explicit rather than `t.*` because reads are prepared statements: a
 * column added by a migration would change a prepared `t.*` statement's result type, which
 * PostgreSQL refuses ("cached plan must not change result type") on every live connection.
 */
export class EntityRows<T> {
  private readonly mappings: ColumnMapping[];
  private readonly lists = new Map<string, string>();

  constructor(
    private readonly target: new () => T,
    dataSource: DataSource,
  ) {
    this.mappings = dataSource.getMetadata(target).columns.map((c) => {
      const t = c.transformer;
      if (Array.isArray(t) || NEEDS_HYDRATION.includes(String(c.type))) {
        throw new Error(`EntityRows(${target.name}): column ${c.databaseName} (${String(c.type)}) needs TypeORM's hydration; map it here first`);
      }
      const from = t ? (v: unknown) => t.from(v) : undefined;
      return { column: c.databaseName, property: c.propertyName, ...(from ? { from } : {}) };
    });
  }

  /** "a.col1, a.col2, …": every mapped column, qualified by the query's alias for the table. */
  columns(alias: string): string {
    let list = this.lists.get(alias);
    if (list === undefined) {
      list = this.mappings.map((m) => `${alias}.${m.column}`).join(', ');
      this.lists.set(alias, list);
    }
    return list;
  }

  /** Rows selected with `columns()` as entities (pg already parses dates, arrays and booleans). */
  map(rows: Record<string, unknown>[]): T[] {
    const out = new Array<T>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const e = new this.target() as Record<string, unknown>;
      for (const m of this.mappings) {
        const v = row[m.column];
        e[m.property] = m.from ? m.from(v) : v;
      }
      out[i] = e as T;
    }
    return out;
  }
}
