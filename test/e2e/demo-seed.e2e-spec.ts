import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PlansModule } from '@reinstate/plans';
import { ConfigModule, DatabaseModule, QueueModule } from '@reinstate/platform';
import { DEMO, seedDemo } from '../../apps/cli/src/demo-seed';
import { TestApi } from '../support/api';
import { testConfig } from '../support/config';
import { freshDatabase, type FreshDatabase } from '../support/db';

@Module({})
class SeedTestModule {
  static forRoot(overrides: Record<string, string>): DynamicModule {
    return { module: SeedTestModule, imports: [ConfigModule.forRoot(testConfig(overrides)), DatabaseModule.forRoot(), QueueModule.forRoot(), PlansModule] };
  }
}

/** The demo a newcomer logs into after `npm start`: seeded through the real services, once. */
describe('demo seed', () => {
  let db: FreshDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await freshDatabase('demo');
    const app = await NestFactory.createApplicationContext(SeedTestModule.forRoot(db.overrides), { logger: false });
    try {
      expect(await seedDemo(app)).toBe('created');
      expect(await seedDemo(app)).toBe('exists');
    } finally {
      await app.close();
    }
    api = await TestApi.start(db.overrides);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lets the demo consultant log in and find the case with a draft plan and a review comment', async () => {
    const login = await api.post('/api/v1/auth/login', { email: DEMO.consultant.email, password: DEMO.password });
    expect(login.status).toBe(200);
    const token = login.body.tokens.accessToken;
    const cases = (await api.get('/api/v1/cases', token)).body.items;
    expect(cases).toHaveLength(1);
    const plan = (await api.get(`/api/v1/cases/${cases[0].id}/plan-of-action`, token)).body;
    expect(plan).toMatchObject({ language: 'ja', version: 2, revision: { number: 2, note: '初稿', blockers: 0 } });
    const threads = (await api.get(`/api/v1/cases/${cases[0].id}/plan-of-action/threads`, token)).body.items;
    expect(threads).toEqual([expect.objectContaining({ visibility: 'internal', suggestionState: 'pending', position: expect.objectContaining({ status: 'exact' }) })]);
    // The demo seller sees its case but not the internal draft.
    const seller = await api.post('/api/v1/auth/login', { email: DEMO.client.email, password: DEMO.password });
    expect((await api.get(`/api/v1/cases/${cases[0].id}`, seller.body.tokens.accessToken)).status).toBe(200);
    expect((await api.get(`/api/v1/cases/${cases[0].id}/plan-of-action`, seller.body.tokens.accessToken)).status).toBe(404);
  });
});
