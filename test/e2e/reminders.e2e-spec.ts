import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestApi } from '../support/api';
import { testConfig } from '../support/config';
import { freshDatabase, type FreshDatabase } from '../support/db';
import { PASSWORD, addClient, uniqueEmail, type SignedIn } from '../support/fixtures';
import { HOUR, TestClock } from '../support/test-clock';
import { until } from '../support/wait';


describe('deadline reminders (time controlled, not waited for)', () => {
  const clock = new TestClock();
  const prefix = `{rt-${process.env.TEST_RUN_ID}-reminders-${process.pid}}`;
  let overrides: Record<string, string>;
  let db: FreshDatabase;
  let api: TestApi;
  let worker: NestFastifyApplication;
  let admin: SignedIn;
  let mailDir: string;

  beforeAll(async () => {
    db = await freshDatabase('reminders');
    overrides = { QUEUE_PREFIX: prefix, REMINDER_SWEEP_MS: '200', ...db.overrides };
    api = await TestApi.start(overrides, { clock });
    worker = await createWorkerApp(testConfig(overrides), { logs: false, clock });
    // An English-speaking admin; the seller's user keeps the default Japanese.
    const email = uniqueEmail('admin');
    const res = await api.post('/api/v1/auth/signup', { tenantName: 'Sakura Appeals', displayName: 'Admin', email, password: PASSWORD, locale: 'en' });
    const claims = JSON.parse(Buffer.from(res.body.accessToken.split('.')[1], 'base64url').toString());
    admin = { email, accessToken: res.body.accessToken, refreshToken: res.body.refreshToken, tenantId: claims.tid, membershipId: claims.mid, userId: claims.sub };
    mailDir = join(testConfig(overrides).DATA_DIR, 'mail', admin.tenantId);
    // Nudges may go out at any hour in this test, so the outcome does not depend on when it runs.
    await api.request('PUT', '/api/v1/reminder-settings', {
      token: admin.accessToken,
      body: { deadlineOffsetsHours: [72, 24, 3], businessDays: [1, 2, 3, 4, 5, 6, 7], businessStart: '00:00', businessEnd: '23:59' },
    });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  const mails = () => (existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.eml')) : []);

  it('sends 72 h, 24 h and 3 h reminders to the right people in their language; moving the deadline reschedules; closing cancels', async () => {
    const seller = await addClient(api, admin, admin);
    const deadline = new Date(clock.now().getTime() + 73 * HOUR);
    const opened = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Suspension', marketplaceDeadline: deadline.toISOString() }, admin.accessToken);
    const caseId = opened.body.case.id;
    // The case's deadline reminders (its service clock has reminders of its own: service-clock.e2e-spec).
    const reminders = async () =>
      ((await api.get(`/api/v1/cases/${caseId}/reminders`, admin.accessToken)).body as { kind: string; dueAt: string; status: string; recipientMembershipId: string }[]).filter(
        (r) => r.kind === 'deadline.approaching',
      );
    const planned = (await reminders()).filter((r) => r.status === 'pending');
    expect(planned).toHaveLength(6); // 3 times × (admin + client user)
    expect(new Set(planned.map((r) => r.recipientMembershipId))).toEqual(new Set([admin.membershipId, seller.user.membershipId]));

    // 72 h before: two mails, one English (admin) and one Japanese (seller).
    clock.advance(1 * HOUR + 60_000);
    await until(async () => mails().length === 2);
    const texts = mails().map((f) => readFileSync(join(mailDir, f), 'utf8'));
    expect(texts.some((t) => /72 hours to the marketplace deadline/.test(t) || /72 hours/.test(decodeSubject(t)))).toBe(true);
    expect(texts.some((t) => /残り72時間/.test(decodeSubject(t)))).toBe(true);
    const inbox = await api.get('/api/v1/notifications', seller.user.accessToken);
    expect(inbox.body.items.filter((n: { kind: string }) => n.kind === 'deadline.approaching')).toHaveLength(1);

    // The marketplace gives more time: the remaining reminders move with the deadline.
    const later = new Date(deadline.getTime() + 48 * HOUR);
    const version = (await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.version;
    await api.patch(`/api/v1/cases/${caseId}`, { version, marketplaceDeadline: later.toISOString() }, admin.accessToken);
    const moved = (await reminders()).filter((r) => r.status === 'pending');
    expect(moved.map((r) => r.dueAt).sort()).toEqual(
      [later.getTime() - 72 * HOUR, later.getTime() - 72 * HOUR, later.getTime() - 24 * HOUR, later.getTime() - 24 * HOUR, later.getTime() - 3 * HOUR, later.getTime() - 3 * HOUR]
        .map((t) => new Date(t).toISOString())
        .sort(),
    );
    expect((await reminders()).filter((r) => r.status === 'sent')).toHaveLength(2); // the 72 h ones were sent before the move

    // Moved back: the first deadline's 24 h and 3 h reminders are due again (revived, not lost);
    // its 72 h ones were sent and are not sent twice.
    const v2 = (await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.version;
    await api.patch(`/api/v1/cases/${caseId}`, { version: v2, marketplaceDeadline: deadline.toISOString() }, admin.accessToken);
    const back = (await reminders()).filter((r) => r.status === 'pending');
    expect(back.map((r) => r.dueAt).sort()).toEqual(
      [deadline.getTime() - 24 * HOUR, deadline.getTime() - 24 * HOUR, deadline.getTime() - 3 * HOUR, deadline.getTime() - 3 * HOUR].map((t) => new Date(t).toISOString()).sort(),
    );
    expect((await reminders()).filter((r) => r.status === 'sent')).toHaveLength(2);

    // Closing the case cancels what is left; nothing more goes out even when the times come.
    await api.post(`/api/v1/cases/${caseId}/transitions`, { to: 'closed', closeReason: 'withdrawn' }, admin.accessToken);
    expect((await reminders()).filter((r) => r.status === 'pending')).toEqual([]);
    clock.advance(200 * HOUR);
    await new Promise((r) => setTimeout(r, 800));
    expect(mails()).toHaveLength(2);
  });

  it('refuses an invalid transition with 409 naming the allowed ones', async () => {
    const seller = await addClient(api, admin, admin);
    const opened = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Flow' }, admin.accessToken);
    const res = await api.post(`/api/v1/cases/${opened.body.case.id}/transitions`, { to: 'submitted' }, admin.accessToken);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: [expect.objectContaining({ allowed: ['triage', 'closed'] })] });
    const close = await api.post(`/api/v1/cases/${opened.body.case.id}/transitions`, { to: 'closed' }, admin.accessToken);
    expect(close.body.error.code).toBe('CLOSE_REASON_REQUIRED');
  });

  it('nudges the client while a plan waits for review, and suggests a follow-up when a submission gets no reply', async () => {
    const seller = await addClient(api, admin, admin);
    const caseId = (await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Review' }, admin.accessToken)).body.case.id;
    const move = (to: string) => api.post(`/api/v1/cases/${caseId}/transitions`, { to }, admin.accessToken);
    for (const to of ['triage', 'drafting', 'client_review']) expect((await move(to)).status).toBe(200);
    const pending = async (kind: string) =>
      ((await api.get(`/api/v1/cases/${caseId}/reminders`, admin.accessToken)).body as { kind: string; status: string; recipientMembershipId: string }[]).filter(
        (r) => r.kind === kind && r.status === 'pending',
      );
    expect((await pending('client_review.pending')).map((r) => r.recipientMembershipId)).toEqual([seller.user.membershipId]);
    // The client approves: the nudge is cancelled.
    expect((await api.post(`/api/v1/cases/${caseId}/transitions`, { to: 'ready_to_submit' }, seller.user.accessToken)).status).toBe(200);
    expect(await pending('client_review.pending')).toEqual([]);
    expect((await move('submitted')).status).toBe(200);
    expect(await pending('submission.no_reply')).toHaveLength(1);
    await move('reinstated');
    expect(await pending('submission.no_reply')).toEqual([]);
  });

  it('reports due, sent, failed and lag on the worker health endpoint', async () => {
    const res = await worker.inject({ method: 'GET', url: '/health' });
    expect(JSON.parse(res.body).info.reminders).toMatchObject({ status: 'up', sent: expect.any(Number), failed: expect.any(Number), lagSeconds: expect.any(Number) });
  });
});

/** The Subject header, decoded from RFC 2047 encoded-words. */
function decodeSubject(eml: string): string {
  const m = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(eml);
  if (!m) return '';
  return m[1]!.replace(/\r?\n[ \t]/g, '').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_all, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
  );
}
