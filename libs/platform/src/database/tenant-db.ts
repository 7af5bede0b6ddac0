import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { EntityRows } from './entity-rows';
import { PipelinedRead, type SqlQuery } from './pipelined-read';

const SCOPE_KEY = 'db.scope';
const READ_KEY = 'db.read';
const SERIAL_KEY = 'db.serial';
const SET_SCOPE = "SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)";
/** The same, and PostgreSQL plans each statement of the transaction for its values (see ReadOptions). */
const SET_SCOPE_CUSTOM_PLANS = `${SET_SCOPE}, set_config('plan_cache_mode', 'force_custom_plan', true)`;

export interface ReadOptions {
  /**
   * Plan every statement for its bind values instead of letting PostgreSQL settle on a generic
   * plan after five runs. For filters whose selectivity varies by value: a generic plan of the
   * case list (status = $2 …) read every case of the status and sorted them (431 buffers)
   * where the custom plan walks the index in order (217). Costs a plan per run (~50 µs). The
   * statements then go unnamed: planned each time anyway, their many texts (a list's filter
   * combinations) would only pile up as prepared statements on every pooled connection.
   * Ignored when the read joins an enclosing transaction.
   */
  customPlans?: boolean;
}

/** Which rows PostgreSQL's row-level security lets the transaction see. */
export interface DbScope {
  tenantId?: string;
  /** Set for the few look-ups that come before a tenant is chosen (a user's own memberships). */
  userId?: string;
}

export class NoTenantContextError extends Error {
  constructor(insideRead = false) {
    super(
      insideRead
        ? 'TenantDb.manager() inside TenantDb.read(): a read issues its statements with select(); writes need run().'
        : 'Database access outside TenantDb.run(): row-level security would hide every row. ' +
            'Wrap the service method in db.run({ tenantId }, ...).',
    );
    this.name = 'NoTenantContextError';
  }
}

/**
 * The only door to the database. `run` opens one transaction whose first statement sets
 * app.tenant_id / app.user_id (transaction-local, so a pooled connection never carries it
 * over); `manager()` hands out that transaction's EntityManager and refuses to work outside
 * one, so a repository can never silently query without the tenant set.
 *
 * `read` is the fast path for read-only requests: the same transaction and setting, but sent
 * in one round trip as prepared statements (see PipelinedRead). Repositories read with
 * `select()`, which works inside either.
 */
@Injectable()
export class TenantDb {
  private readonly entityRows = new Map<new () => unknown, EntityRows<unknown>>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async run<T>(scope: DbScope, fn: () => Promise<T>): Promise<T> {
    if (this.joins(scope)) return fn();
    return this.cls.run({ ifNested: 'inherit' }, () =>
      this.txHost.withTransaction(async () => {
        this.cls.set(SCOPE_KEY, scope);
        this.cls.set(SERIAL_KEY, { tail: Promise.resolve() });
        await this.txHost.tx.query(SET_SCOPE, [scope.tenantId ?? '', scope.userId ?? '']);
        return fn();
      }),
    );
  }

  /**
   * Read-only work in one round trip: BEGIN READ ONLY, the scope's set_config, every statement
   * `issue` starts through `select()` and COMMIT leave together, each a prepared statement.
   * `issue` must start all its statements before awaiting any (Promise.all): a statement started
   * later is refused (LateReadStatementError) rather than run outside the transaction. Inside
   * `run` or another `read` of the same scope it joins that transaction.
   */
  async read<T>(scope: DbScope, issue: () => Promise<T>, options: ReadOptions = {}): Promise<T> {
    if (this.joins(scope)) return issue();
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const text = options.customPlans ? SET_SCOPE_CUSTOM_PLANS : SET_SCOPE;
    return PipelinedRead.run(pool, { text, values: [scope.tenantId ?? '', scope.userId ?? ''] }, (read) =>
      this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(SCOPE_KEY, scope);
        this.cls.set(READ_KEY, read);
        return issue();
      }),
      { unnamed: options.customPlans === true },
    );
  }

  /** Rows of one statement, in the current `read` (prepared, pipelined) or `run` transaction. */
  select<R = Record<string, unknown>>(q: SqlQuery): Promise<R[]> {
    const read = this.currentRead();
    if (read) return read.select<R>(q);
    // In a run() transaction, selects started together (a read joining it) take turns: one
    // connection answers one query at a time, and pg is dropping its implicit queue.
    const manager = this.manager();
    const serial = this.cls.get<{ tail: Promise<unknown> }>(SERIAL_KEY);
    const p = serial.tail.then(() => manager.query(q.text, q.values) as Promise<R[]>);
    serial.tail = p.catch(() => undefined);
    return p;
  }

  /** An entity's column list and row mapper for plain-SQL reads (see EntityRows), built once. */
  rowsOf<T>(entity: new () => T): EntityRows<T> {
    let rows = this.entityRows.get(entity);
    if (!rows) this.entityRows.set(entity, (rows = new EntityRows(entity, this.dataSource)));
    return rows as EntityRows<T>;
  }

  /** `select()` of `rowsOf(entity).columns(alias)` (or of a subset's), as entities. */
  async selectAs<T>(entity: (new () => T) | EntityRows<T>, q: SqlQuery): Promise<T[]> {
    const rows = entity instanceof EntityRows ? entity : this.rowsOf(entity);
    return rows.map(await this.select(q));
  }

  /** The current scoped transaction's manager. Throws when called outside `run`. */
  manager(): EntityManager {
    if (!this.cls.isActive() || !this.txHost.isTransactionActive() || !this.cls.get(SCOPE_KEY)) {
      throw new NoTenantContextError(this.currentRead() !== undefined);
    }
    return this.txHost.tx;
  }

  /** True when a transaction of this scope is already open here (run or read): the work joins it. */
  private joins(scope: DbScope): boolean {
    const current = this.cls.isActive() ? this.cls.get<DbScope | undefined>(SCOPE_KEY) : undefined;
    if (!current || !(this.txHost.isTransactionActive() || this.currentRead())) return false;
    if (current.tenantId !== scope.tenantId || (scope.userId && current.userId !== scope.userId)) {
      throw new Error('TenantDb: nested call with a different scope');
    }
    return true;
  }

  private currentRead(): PipelinedRead | undefined {
    return this.cls.isActive() ? this.cls.get<PipelinedRead | undefined>(READ_KEY) : undefined;
  }

  /** The tenant of the current transaction, if any. */
  currentScope(): DbScope | undefined {
    return this.cls.isActive() ? this.cls.get<DbScope | undefined>(SCOPE_KEY) : undefined;
  }

  /** The request id of the current HTTP request or job, for the audit trail. */
  requestId(): string | null {
    return this.cls.isActive() ? (this.cls.getId() ?? null) : null;
  }
}
