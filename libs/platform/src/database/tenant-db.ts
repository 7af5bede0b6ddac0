import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';

const SCOPE_KEY = 'db.scope';

/** Which rows PostgreSQL's row-level security lets the transaction see. */
export interface DbScope {
  tenantId?: string;
  /** Set for the few look-ups that come before a tenant is chosen (a user's own memberships). */
  userId?: string;
}

export class NoTenantContextError extends Error {
  constructor() {
    super(
      'Database access outside TenantDb.run(): row-level security would hide every row. ' +
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
 */
@Injectable()
export class TenantDb {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
  ) {}

  async run<T>(scope: DbScope, fn: () => Promise<T>): Promise<T> {
    const current = this.cls.isActive() ? this.cls.get<DbScope | undefined>(SCOPE_KEY) : undefined;
    if (current && this.txHost.isTransactionActive()) {
      if (current.tenantId !== scope.tenantId || (scope.userId && current.userId !== scope.userId)) {
        throw new Error('TenantDb.run: nested call with a different scope');
      }
      return fn();
    }
    return this.cls.run({ ifNested: 'inherit' }, () =>
      this.txHost.withTransaction(async () => {
        this.cls.set(SCOPE_KEY, scope);
        await this.txHost.tx.query(
          "SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)",
          [scope.tenantId ?? '', scope.userId ?? ''],
        );
        return fn();
      }),
    );
  }

  /** The current scoped transaction's manager. Throws when called outside `run`. */
  manager(): EntityManager {
    if (!this.cls.isActive() || !this.txHost.isTransactionActive() || !this.cls.get(SCOPE_KEY)) {
      throw new NoTenantContextError();
    }
    return this.txHost.tx;
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
