import type { DataSource } from 'typeorm';

type ColumnMapping = { column: string; property: string; from?: (v: unknown) => unknown };

/** pg parses these differently from TypeORM's hydration: such an entity is refused rather than half-mapped. */
const NEEDS_HYDRATION = ['bigint', 'simple-json', 'simple-array', 'date', 'json', 'jsonb', 'hstore'];

/**
 * Plain-SQL reads of an entity's rows: an explicit column list that names each column by its
 * property (`c.client_id AS "clientId"`), so the rows pg builds already have the entity's shape
 * and only columns with a transformer are touched afterwards. Worked out once from the entity's
 * own column metadata. Used on the hot read paths, where TypeORM's query builder and hydration,
 * and then copying each row into an entity instance, cost ~15 % and ~4 % of a request's CPU
 * (bench/cases). The rows are plain objects of the entity's shape, not instances of its class.
 * The list is explicit rather than `t.*` because reads are prepared statements: a column added
 * by a migration would change a prepared `t.*` statement's result type, which PostgreSQL refuses
 * ("cached plan must not change result type") on every live connection.
 */
export class EntityRows<T> {
  private readonly mappings: ColumnMapping[];
  private readonly transformed: ColumnMapping[];
  private readonly lists = new Map<string, string>();
  private readonly subsets = new Map<string, EntityRows<unknown>>();

  constructor(target: new () => T, dataSource: DataSource);
  constructor(target: new () => T, dataSource: DataSource | null, mappings: ColumnMapping[]);
  constructor(
    private readonly target: new () => T,
    dataSource: DataSource | null,
    mappings?: ColumnMapping[],
  ) {
    // Columns the entity keeps out of reads (select: false, a password hash) stay out here too.
    this.mappings = mappings ?? dataSource!.getMetadata(target).columns.filter((c) => c.isSelect !== false).map((c) => {
      const t = c.transformer;
      // Enum arrays and custom types come back from pg as raw strings (TypeORM parses them).
      if (Array.isArray(t) || NEEDS_HYDRATION.includes(String(c.type)) || (c.isArray && c.enum !== undefined)) {
        throw new Error(`EntityRows(${target.name}): column ${c.databaseName} (${String(c.type)}) needs TypeORM's hydration; map it here first`);
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.propertyName) || !/^[a-z_][a-z0-9_]*$/.test(c.databaseName)) {
        throw new Error(`EntityRows(${target.name}): ${c.databaseName} / ${c.propertyName} cannot be named in plain SQL`);
      }
      const from = t ? (v: unknown) => t.from(v) : undefined;
      return { column: c.databaseName, property: c.propertyName, ...(from ? { from } : {}) };
    });
    this.transformed = this.mappings.filter((m) => m.from);
  }

  /** The same for some properties only (what a list shows), in the entity's column order; built once per set. */
  subset<K extends keyof T & string>(properties: readonly K[]): EntityRows<Pick<T, K>> {
    const key = properties.join(',');
    let rows = this.subsets.get(key);
    if (!rows) {
      const unknown = properties.filter((p) => !this.mappings.some((m) => m.property === p));
      if (unknown.length > 0) throw new Error(`EntityRows(${this.target.name}).subset: no column for ${unknown.join(', ')}`);
      rows = new EntityRows(this.target, null, this.mappings.filter((m) => (properties as readonly string[]).includes(m.property)));
      this.subsets.set(key, rows);
    }
    return rows as unknown as EntityRows<Pick<T, K>>;
  }

  /** `a.col AS "prop", …`: every mapped column, qualified by the query's alias for the table. */
  columns(alias: string): string {
    let list = this.lists.get(alias);
    if (list === undefined) {
      list = this.mappings.map((m) => `${alias}."${m.column}" AS "${m.property}"`).join(', ');
      this.lists.set(alias, list);
    }
    return list;
  }

  /** Rows selected with `columns()` as entities: transformers applied in place (pg already parses dates, arrays and booleans). */
  map(rows: Record<string, unknown>[]): T[] {
    if (this.transformed.length > 0) {
      for (const row of rows) for (const m of this.transformed) row[m.property] = m.from!(row[m.property]);
    }
    return rows as T[];
  }
}
