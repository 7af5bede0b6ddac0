import type { EntityManager } from 'typeorm';
import { Case } from './case.entity';

/**
 * The hot reads of cases (detail, queue, lists) as plain SQL with a mapper built once from the
 * entity's own column metadata: TypeORM's query builder and its result transformer cost ~15 % of
 * the API's CPU on these routes (bench/cases). Writes stay with TypeORM.
 */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

type ColumnMapping = { column: string; property: string; from?: (v: unknown) => unknown };
let mappings: ColumnMapping[] | null = null;

function mappingsOf(manager: EntityManager): ColumnMapping[] {
  if (!mappings) {
    mappings = manager.connection.getMetadata(Case).columns.map((c) => {
      const t = c.transformer;
      // pg parses these differently from TypeORM's hydration: refuse rather than return raw values.
      if (Array.isArray(t) || ['bigint', 'simple-json', 'simple-array', 'date', 'json', 'jsonb'].includes(String(c.type))) {
        throw new Error(`queryCases: column ${c.databaseName} (${String(c.type)}) needs TypeORM's hydration; map it here first`);
      }
      const from = t ? (v: unknown) => t.from(v) : undefined;
      return { column: c.databaseName, property: c.propertyName, ...(from ? { from } : {}) };
    });
  }
  return mappings;
}

/** Rows of `SELECT c.* FROM cases c …` as Case entities (pg already parses dates, arrays, booleans). */
export async function queryCases(manager: EntityManager, q: SqlQuery): Promise<Case[]> {
  const rows: Record<string, unknown>[] = await manager.query(q.text, q.values);
  const map = mappingsOf(manager);
  return rows.map((row) => {
    const c = new Case() as unknown as Record<string, unknown>;
    for (const m of map) {
      const v = row[m.column];
      c[m.property] = m.from ? m.from(v) : v;
    }
    return c as unknown as Case;
  });
}
