import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from './database.module';
import { NoTenantContextError, TenantDb } from './tenant-db';

describe('TenantDb', () => {
  let db: TenantDb;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule.forRoot({ http: false })],
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
});
