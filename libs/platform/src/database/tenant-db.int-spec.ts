import { Test } from '@nestjs/testing';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/config';
import { connectAs } from '../../../../test/support/db';
import { ConfigModule } from '../config/config.module';
import { newId } from '../ids';
import { DatabaseModule } from './database.module';
import { pgTypes } from './pg-types';
import { LateReadStatementError, statementName } from './pipelined-read';
import { NoTenantContextError, TenantDb } from './tenant-db';

describe('TenantDb', () => {
  let db: TenantDb;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule.forRoot()],
    }).compile();
    await moduleRef.init();
    db = moduleRef.get(TenantDb);
    close = () => moduleRef.close();
  });
  afterAll(() => close());

  const tenantA = '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f';
  const tenantB = '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e60';

  it('refuses database access outside a scoped transaction', () => {
    expect(() => db.manager()).toThrow(NoTenantContextError);
  });

  it('sets the tenant for the transaction only', async () => {
    const inside = await db.run({ tenantId: tenantA }, async () => {
      const rows = await db.manager().query("SELECT current_setting('app.tenant_id', true) AS t");
      return rows[0].t;
    });
    expect(inside).toBe(tenantA);
    // The pooled connection does not carry the setting over.
    const ds = (db as unknown as { txHost: { tx: { connection: DataSource } } }).txHost.tx.connection;
    const after = await ds.query("SELECT coalesce(current_setting('app.tenant_id', true), '') AS t");
    expect(after[0].t).toBe('');
  });

  it('joins an enclosing transaction of the same tenant, and refuses to switch tenants inside one', async () => {
    await db.run({ tenantId: tenantA }, async () => {
      const outer = (await db.manager().query('SELECT txid_current() AS x'))[0].x;
      const inner = await db.run({ tenantId: tenantA }, async () => (await db.manager().query('SELECT txid_current() AS x'))[0].x);
      expect(inner).toBe(outer);
      await expect(db.run({ tenantId: tenantB }, async () => 1)).rejects.toThrow(/different scope/);
    });
  });

  it('rolls back everything when the work fails', async () => {
    await expect(
      db.run({ tenantId: tenantA }, async () => {
        await db.manager().query("SELECT set_config('app.marker', 'x', true)");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });

  describe('read (one round trip, prepared statements)', () => {
    // Two tenants with a counter row each, written below the application as the superuser.
    const one = newId();
    const two = newId();
    let superuser: Client;
    const counter = (tenantId: string) => ({ text: 'SELECT tenant_id, last_number FROM case_counters WHERE tenant_id = $1', values: [tenantId] });
    const everyCounter = { text: 'SELECT tenant_id, last_number FROM case_counters ORDER BY last_number', values: [] };

    beforeAll(async () => {
      superuser = await connectAs('super');
      for (const [id, n] of [[one, 7], [two, 9]] as const) {
        await superuser.query('INSERT INTO tenants (id, name) VALUES ($1, $2)', [id, `read ${n}`]);
        await superuser.query('INSERT INTO case_counters (tenant_id, last_number) VALUES ($1, $2)', [id, n]);
      }
    });
    afterAll(async () => {
      await superuser.query('DELETE FROM case_counters WHERE tenant_id = ANY($1)', [[one, two]]);
      await superuser.query('DELETE FROM tenants WHERE id = ANY($1)', [[one, two]]);
      await superuser.end();
    });

    it('sees only the scoped tenant\'s rows, several statements in one transaction', async () => {
      const [rows, all, tx] = await db.read({ tenantId: one }, () =>
        Promise.all([
          db.select<{ tenant_id: string; last_number: number }>(counter(one)),
          db.select<{ tenant_id: string }>(everyCounter),
          db.select<{ x: string; ro: string }>({ text: "SELECT txid_current_if_assigned() AS x, current_setting('transaction_read_only') AS ro, current_setting('app.tenant_id') AS t", values: [] }),
        ]),
      );
      expect(rows).toEqual([{ tenant_id: one, last_number: 7 }]);
      // Row-level security: the other tenant's counter is not there.
      expect(all.map((r) => r.tenant_id)).toEqual([one]);
      expect(tx[0]).toMatchObject({ ro: 'on', t: one });
      // Another tenant's row through this tenant's read: nothing.
      expect(await db.read({ tenantId: one }, () => db.select(counter(two)))).toEqual([]);
    });

    it('sees nothing without a tenant, and leaves no setting on the pooled connection', async () => {
      expect(await db.read({}, () => db.select(everyCounter))).toEqual([]);
      await db.read({ tenantId: two }, () => db.select(everyCounter));
      const ds = (db as unknown as { dataSource: DataSource }).dataSource;
      const after = await Promise.all(Array.from({ length: 5 }, () => ds.query("SELECT coalesce(current_setting('app.tenant_id', true), '') AS t")));
      expect(after.map((r) => r[0].t)).toEqual(['', '', '', '', '']);
    });

    it('refuses a statement started after the read was sent, instead of running it without the tenant', async () => {
      await expect(
        db.read({ tenantId: one }, async () => {
          await db.select(counter(one));
          return db.select(counter(one));
        }),
      ).rejects.toThrow(LateReadStatementError);
    });

    it('refuses manager() inside a read, and joins run() of the same tenant', async () => {
      await expect(db.read({ tenantId: one }, async () => db.manager())).rejects.toThrow(/inside TenantDb.read/);
      const joined = await db.read({ tenantId: one }, () => db.run({ tenantId: one }, () => db.select<{ last_number: number }>(counter(one))));
      expect(joined[0]!.last_number).toBe(7);
      await expect(db.read({ tenantId: one }, () => db.run({ tenantId: two }, async () => 1))).rejects.toThrow(/different scope/);
    });

    it('joins an enclosing run() transaction (select works in both)', async () => {
      await db.run({ tenantId: one }, async () => {
        const outer = (await db.manager().query('SELECT txid_current() AS x'))[0].x;
        const [inner] = await db.read({ tenantId: one }, () => db.select<{ x: string }>({ text: 'SELECT txid_current() AS x', values: [] }));
        expect(inner!.x).toBe(outer);
      });
    });

    it('runs selects started together inside run() one after another on its connection', async () => {
      // pg queues a query sent while another runs (deprecated; pg 9 refuses): count the overlap.
      let inFlight = 0;
      let most = 0;
      const answers = await db.run({ tenantId: one }, () => {
        const conn = (db.manager().queryRunner as unknown as { databaseConnection: { query: (...a: unknown[]) => Promise<unknown> } }).databaseConnection;
        const query = conn.query.bind(conn);
        conn.query = (...a: unknown[]) => {
          most = Math.max(most, ++inFlight);
          return query(...a).finally(() => inFlight--);
        };
        return db
          .read({ tenantId: one }, () => Promise.all([1, 2, 3].map((n) => db.select<{ n: number }>({ text: `SELECT ${n} AS n FROM pg_sleep(0.02)`, values: [] }))))
          .finally(() => (conn.query = query));
      });
      expect(answers.map((r) => r[0]!.n)).toEqual([1, 2, 3]);
      expect(most).toBe(1);
    });

    it('fails the statements of a failed read and returns a clean connection to the pool', async () => {
      await expect(
        db.read({ tenantId: one }, () => Promise.all([db.select({ text: 'SELECT 1/0 AS boom', values: [] }), db.select(counter(one))])),
      ).rejects.toThrow(/division by zero/);
      // A write is refused: the transaction is read-only.
      await expect(db.read({ tenantId: one }, () => db.select({ text: 'UPDATE case_counters SET last_number = 0 WHERE tenant_id = $1', values: [one] }))).rejects.toThrow(
        /read-only transaction/,
      );
      // Bad bind values fail the statement, not the process.
      await expect(db.read({ tenantId: one }, () => db.select({ text: 'SELECT $1::uuid AS u', values: ['not-a-uuid'] }))).rejects.toThrow(/uuid/);
      const again = await Promise.all(Array.from({ length: 8 }, () => db.read({ tenantId: one }, () => db.select<{ last_number: number }>(counter(one)))));
      expect(again.map((r) => r[0]!.last_number)).toEqual(Array(8).fill(7));
      const [counterRow] = await superuser.query('SELECT last_number FROM case_counters WHERE tenant_id = $1', [one]).then((r) => r.rows);
      expect(counterRow.last_number).toBe(7);
    });

    it('runs each text as a named prepared statement, prepared once per connection', async () => {
      const text = 'SELECT last_number FROM case_counters WHERE tenant_id = $1 AND last_number > $2';
      const prepared = { text: 'SELECT name, statement FROM pg_prepared_statements WHERE name = $1', values: [statementName(text)] };
      // More reads than pooled connections: each connection prepares the text once and reuses it.
      for (let i = 0; i < 12; i++) {
        const [rows, own] = await db.read({ tenantId: one }, () =>
          Promise.all([db.select<{ last_number: number }>({ text, values: [one, i % 9] }), db.select<{ statement: string }>(prepared)]),
        );
        expect(rows).toEqual(i % 9 < 7 ? [{ last_number: 7 }] : []);
        expect(own.map((r) => r.statement)).toEqual([text]);
      }
      expect(statementName(text)).toMatch(/^r_[A-Za-z0-9_-]{27}$/);
      expect(statementName(`${text} `)).not.toBe(statementName(text));
    });

    it('plans for the values when asked, for that read only', async () => {
      const mode = { text: "SELECT current_setting('plan_cache_mode') AS m", values: [] };
      const [custom] = await db.read({ tenantId: one }, () => db.select<{ m: string }>(mode), { customPlans: true });
      expect(custom!.m).toBe('force_custom_plan');
      const after = await Promise.all(Array.from({ length: 6 }, () => db.read({ tenantId: one }, () => db.select<{ m: string }>(mode))));
      expect(after.map((r) => r[0]!.m)).toEqual(Array(6).fill('auto'));
    });

    it('sends the statements of a custom-planned read unnamed (no prepared statement left behind)', async () => {
      const text = 'SELECT last_number FROM case_counters WHERE tenant_id = $1 AND last_number >= $2';
      const prepared = { text: 'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = $1', values: [statementName(text)] };
      const [rows, left] = await db.read({ tenantId: one }, () => Promise.all([db.select({ text, values: [one, 7] }), db.select<{ n: number }>(prepared)]), { customPlans: true });
      expect(rows).toEqual([{ last_number: 7 }]);
      expect(left[0]!.n).toBe(0);
    });

    it('survives its connection dying mid-read: the read fails, the process and the pool go on', async () => {
      await expect(db.read({ tenantId: one }, () => db.select({ text: 'SELECT pg_terminate_backend(pg_backend_pid())', values: [] }))).rejects.toThrow(/terminat/);
      const again = await Promise.all(Array.from({ length: 8 }, () => db.read({ tenantId: one }, () => db.select<{ last_number: number }>(counter(one)))));
      expect(again.map((r) => r[0]!.last_number)).toEqual(Array(8).fill(7));
    });

    it('never runs inside a transaction another user left open on a pooled connection', async () => {
      const pool = ((db as unknown as { dataSource: DataSource }).dataSource.driver as unknown as { master: { connect(): Promise<{ query(t: string): Promise<unknown>; release(): void }> } }).master;
      const leftover = await pool.connect();
      await leftover.query('BEGIN');
      await leftover.query("SET LOCAL app.marker = 'leftover'");
      leftover.release();
      const seen = await Promise.all(
        Array.from({ length: 8 }, () => db.read({ tenantId: one }, () => db.select<{ m: string | null }>({ text: "SELECT current_setting('app.marker', true) AS m", values: [] }))),
      );
      expect(seen.map((r) => r[0]!.m ?? '')).toEqual(Array(8).fill(''));
    });

    it('parses times with the pool\'s own type parsers', async () => {
      const pool = ((db as unknown as { dataSource: DataSource }).dataSource.driver as unknown as { master: { options: { types: unknown } } }).master;
      expect(pool.options.types).toBe(pgTypes);
      const [row] = await db.read({ tenantId: one }, () => db.select<{ t: Date }>({ text: "SELECT '2026-11-19 23:06:09.1065+09'::timestamptz AS t", values: [] }));
      expect(row!.t.toISOString()).toBe('2026-11-19T14:06:09.106Z');
    });

    it('keeps reads of different tenants apart under concurrency', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const tenantId = i % 2 === 0 ? one : two;
          return db.read({ tenantId }, () => db.select<{ tenant_id: string }>(everyCounter)).then((rows) => ({ tenantId, rows }));
        }),
      );
      for (const r of results) expect(r.rows.map((x) => x.tenant_id)).toEqual([r.tenantId]);
    });
  });
});
