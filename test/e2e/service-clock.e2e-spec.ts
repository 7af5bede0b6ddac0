import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestApi } from '../support/api';
import { testConfig } from '../support/config';
import { freshDatabase, type FreshDatabase } from '../support/db';
import { PASSWORD, addClient, addMember, uniqueEmail, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { TestClock } from '../support/test-clock';
import { until } from '../support/wait';

/** Tokyo wall-clock time as an instant (JST has no DST). */
const jst = (local: string) => new Date(`${local}+09:00`);
const iso = (local: string) => jst(local).toISOString();

interface ReminderRow {
  kind: string;
  recipientMembershipId: string;
  dueAt: string;
  status: string;
}

/**
 * The service clock end to end, in controlled time: it counts the tenant's business hours and
 * holidays (default Mon–Fri 09:00–18:00, Japan's holidays), pauses while the client owes a
 * review or documents, stops while the marketplace has the ball, and its reminders follow.
 */
describe('service clock (time controlled, not waited for)', () => {
  const clock = new TestClock();
  let db: FreshDatabase;
  let api: TestApi;
  let worker: NestFastifyApplication;
  let admin: SignedIn;
  let consultant: SignedIn;
  let seller: ClientWithUser;

  beforeAll(async () => {
    // Friday 2026-11-20 16:00 in Tokyo; Monday the 23rd is a national holiday (勤労感謝の日).
    clock.set(jst('2026-11-20T16:00:00'));
    db = await freshDatabase('service_clock');
    const overrides = { QUEUE_PREFIX: `{rt-${process.env.TEST_RUN_ID}-service-clock-${process.pid}}`, REMINDER_SWEEP_MS: '200', ...db.overrides };
    api = await TestApi.start(overrides, { clock });
    worker = await createWorkerApp(testConfig(overrides), { logs: false, clock });
    const email = uniqueEmail('admin');
    const res = await api.post('/api/v1/auth/signup', { tenantName: 'Clockwork Appeals', displayName: 'Admin', email, password: PASSWORD, locale: 'en' });
    const claims = JSON.parse(Buffer.from(res.body.accessToken.split('.')[1], 'base64url').toString());
    admin = { email, accessToken: res.body.accessToken, refreshToken: res.body.refreshToken, tenantId: claims.tid, membershipId: claims.mid, userId: claims.sub };
    consultant = await addMember(api, admin, 'consultant');
    seller = await addClient(api, admin, admin);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  const get = async (caseId: string, token = admin.accessToken) => (await api.get(`/api/v1/cases/${caseId}`, token)).body;
  const move = async (caseId: string, to: string, token = admin.accessToken) => {
    const res = await api.post(`/api/v1/cases/${caseId}/transitions`, { to }, token);
    expect({ to, status: res.status }).toEqual({ to, status: 200 });
    return res.body;
  };
  const clockReminders = async (caseId: string, status?: string) =>
    ((await api.get(`/api/v1/cases/${caseId}/reminders`, admin.accessToken)).body as ReminderRow[])
      .filter((r) => r.kind.startsWith('service_clock.') && (!status || r.status === status))
      .map(({ kind, recipientMembershipId, dueAt, status: s }) => ({ kind, to: recipientMembershipId, dueAt, status: s }));

  it('runs in business hours, pauses for the client, moves the due time by the paused business time, breaches, stops and restarts', async () => {
    const opened = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Authenticity' }, admin.accessToken);
    expect(opened.status).toBe(201);
    const caseId = opened.body.case.id;
    expect(opened.body.case.leadMembershipId).toBe(consultant.membershipId);
    // 540 business minutes from Friday 16:00: two hours on Friday, the weekend and the holiday skipped, seven on Tuesday.
    expect(opened.body.case.serviceClock).toMatchObject({ state: 'running', targetMinutes: 540, dueAt: iso('2026-11-24T16:00:00'), breached: false, waitingOnClient: false });
    expect(opened.body.case.nextDueAt).toBe(iso('2026-11-24T16:00:00'));
    expect(await clockReminders(caseId, 'pending')).toEqual(
      expect.arrayContaining([
        { kind: 'service_clock.due_soon', to: consultant.membershipId, dueAt: iso('2026-11-24T15:00:00'), status: 'pending' },
        { kind: 'service_clock.breached', to: consultant.membershipId, dueAt: iso('2026-11-24T16:00:00'), status: 'pending' },
        { kind: 'service_clock.breached', to: admin.membershipId, dueAt: iso('2026-11-24T16:00:00'), status: 'pending' },
      ]),
    );
    expect(await clockReminders(caseId, 'pending')).toHaveLength(3);

    // Tuesday 10:00: the plan goes to the client for review — the clock pauses, its reminders are cancelled.
    clock.set(jst('2026-11-24T10:00:00'));
    for (const to of ['triage', 'drafting']) await move(caseId, to);
    const inReview = await move(caseId, 'client_review');
    expect(inReview.serviceClock).toMatchObject({ state: 'paused', dueAt: null, waitingOnClient: true, breached: false });
    expect(await clockReminders(caseId, 'pending')).toEqual([]);
    const portal = await get(caseId, seller.user.accessToken);
    expect(portal.waitingOnClient).toBe(true);
    expect(portal).not.toHaveProperty('serviceClock');
    expect((await api.get('/api/v1/cases?waitingOnClient=true', admin.accessToken)).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);

    // 13:30: the client asks for changes — 3.5 business hours paused, so Tuesday 16:00 becomes Wednesday 10:30.
    clock.set(jst('2026-11-24T13:30:00'));
    await move(caseId, 'drafting', seller.user.accessToken);
    expect((await get(caseId)).serviceClock).toMatchObject({ state: 'running', dueAt: iso('2026-11-25T10:30:00'), waitingOnClient: false });
    expect((await clockReminders(caseId, 'pending')).map((r) => [r.kind, r.dueAt])).toEqual(
      expect.arrayContaining([
        ['service_clock.due_soon', iso('2026-11-25T09:30:00')],
        ['service_clock.breached', iso('2026-11-25T10:30:00')],
      ]),
    );

    // 14:00 an open document request pauses it too; cancelled at 15:00, the due time moves by that hour.
    clock.set(jst('2026-11-24T14:00:00'));
    const request = await api.post(`/api/v1/cases/${caseId}/document-requests`, { kind: 'invoice', title: '仕入先の請求書' }, admin.accessToken);
    expect(request.status).toBe(201);
    expect((await get(caseId)).serviceClock).toMatchObject({ state: 'paused', dueAt: null, waitingOnClient: true });
    clock.set(jst('2026-11-24T15:00:00'));
    expect((await api.delete(`/api/v1/document-requests/${request.body.id}`, admin.accessToken)).status).toBe(200);
    const detail = await get(caseId);
    expect(detail.serviceClock).toMatchObject({ state: 'running', dueAt: iso('2026-11-25T11:30:00') });
    expect(detail.serviceClock.pauses).toEqual([
      { reason: 'client_review', startedAt: iso('2026-11-24T10:00:00'), endedAt: iso('2026-11-24T13:30:00') },
      { reason: 'documents', startedAt: iso('2026-11-24T14:00:00'), endedAt: iso('2026-11-24T15:00:00') },
    ]);
    expect(await clockReminders(caseId, 'pending')).toHaveLength(3);
    expect((await api.get('/api/v1/cases?breached=true', admin.accessToken)).body.items).toEqual([]);

    // Wednesday 12:00: past due. Breached without any write; the worker delivers both reminders.
    clock.set(jst('2026-11-25T12:00:00'));
    expect((await get(caseId)).serviceClock).toMatchObject({ state: 'running', breached: true, breachedAt: iso('2026-11-25T11:30:00') });
    expect((await api.get('/api/v1/cases?breached=true', admin.accessToken)).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect((await api.get('/api/v1/cases?breached=false', admin.accessToken)).body.items).toEqual([]);
    await until(async () => (await clockReminders(caseId, 'sent')).length === 3, 15_000, 'the service clock reminders to be sent');
    const inbox = (await api.get('/api/v1/notifications', admin.accessToken)).body.items as { kind: string; payload: { title: string } }[];
    expect(inbox.find((n) => n.kind === 'service_clock.breached')?.payload.title).toMatch(/Case #\d+: service target missed/);
    const consultantInbox = (await api.get('/api/v1/notifications', consultant.accessToken)).body.items as { kind: string; payload: { title: string } }[];
    expect(consultantInbox.map((n) => n.kind).sort()).toEqual(['service_clock.breached', 'service_clock.due_soon']);
    expect(consultantInbox.find((n) => n.kind === 'service_clock.breached')?.payload.title).toMatch(/対応目標時刻を過ぎました/);

    // A pause after the breach keeps the breach, and resuming sends no second breach notice.
    await move(caseId, 'client_review');
    expect((await get(caseId)).serviceClock).toMatchObject({ state: 'paused', breached: true, breachedAt: iso('2026-11-25T11:30:00') });
    clock.set(jst('2026-11-25T13:00:00'));
    await move(caseId, 'ready_to_submit', seller.user.accessToken);
    expect((await get(caseId)).serviceClock).toMatchObject({ state: 'running', breached: true });
    expect((await clockReminders(caseId)).filter((r) => r.kind === 'service_clock.breached' && r.status !== 'cancelled')).toHaveLength(2);

    // Submitted: the marketplace has the ball; the clock stops and its reminders with it.
    const submitted = await move(caseId, 'submitted');
    expect(submitted.serviceClock).toMatchObject({ state: 'stopped', dueAt: null, breached: false, startedAt: null });
    expect(await clockReminders(caseId, 'pending')).toEqual([]);
    const timeline = (await api.get(`/api/v1/cases/${caseId}/timeline`, admin.accessToken)).body.items as { kind: string; payload: Record<string, unknown> }[];
    expect(timeline.find((e) => e.kind === 'service_clock.stopped')?.payload).toMatchObject({ status: 'submitted', breachedAt: iso('2026-11-25T11:30:00') });

    // Thursday 10:00 the marketplace asks for more: a new work period with a fresh target.
    clock.set(jst('2026-11-26T10:00:00'));
    const more = await move(caseId, 'more_info_requested');
    expect(more.unsuccessfulAppeals).toBe(1);
    expect(more.serviceClock).toMatchObject({ state: 'running', startedAt: iso('2026-11-26T10:00:00'), dueAt: iso('2026-11-27T10:00:00'), breached: false });
    expect((await move(caseId, 'drafting')).serviceClock.dueAt).toBe(iso('2026-11-27T10:00:00'));

    // Closing ends it for good.
    const closed = await api.post(`/api/v1/cases/${caseId}/transitions`, { to: 'closed', closeReason: 'withdrawn' }, admin.accessToken);
    expect(closed.body.serviceClock).toMatchObject({ state: 'stopped', waitingOnClient: false });
    expect(await clockReminders(caseId, 'pending')).toEqual([]);
  });

  it('takes the target of the priority and of the client\'s membership tier', async () => {
    clock.set(jst('2026-11-30T09:00:00')); // a Monday morning
    const settings = (await api.get('/api/v1/service-clock-settings', admin.accessToken)).body;
    const saved = await api.request('PUT', '/api/v1/service-clock-settings', {
      token: admin.accessToken,
      body: { weekdays: settings.weekdays, holidays: settings.holidays, targets: settings.targets, planTargets: { full: { normal: 120 } } },
    });
    expect(saved.status).toBe(200);
    const opened = (await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Trial client' }, admin.accessToken)).body.case;
    expect(opened.serviceClock).toMatchObject({ targetMinutes: 540, dueAt: iso('2026-11-30T18:00:00') });

    // An emergency-priority case: critical target, and the due time moves at once.
    const raised = await api.patch(`/api/v1/cases/${opened.id}`, { version: opened.version, priority: 'critical' }, admin.accessToken);
    expect(raised.body).toMatchObject({ priority: 'critical', serviceClock: { targetMinutes: 60, dueAt: iso('2026-11-30T10:00:00') } });
    const byClient = await api.patch(`/api/v1/cases/${opened.id}`, { version: raised.body.version, priority: 'low' }, seller.user.accessToken);
    expect(byClient.body.error.code).toBe('FIELD_NOT_EDITABLE');

    // A full member's normal case gets the full tier's target.
    const fullPlan = (await api.get('/api/v1/plans', admin.accessToken)).body.find((p: { tier: string }) => p.tier === 'full').id;
    const member = await addClient(api, admin, admin, { companyName: '正会員商事' });
    // A plan change in the very instant the default trial began would end it with zero length (refused); a frozen clock needs a nudge.
    clock.advance(60_000);
    const joined = await api.post(`/api/v1/clients/${member.clientId}/memberships`, { planId: fullPlan }, admin.accessToken);
    expect(joined.status).toBe(201);
    const full = (await api.post('/api/v1/cases', { clientId: member.clientId, title: 'Full member' }, admin.accessToken)).body.case;
    expect(full.serviceClock).toMatchObject({ targetMinutes: 120, dueAt: iso('2026-11-30T11:01:00') });
  });

  it('keeps its reminders through a pause that costs no business time (over a weekend)', async () => {
    clock.set(jst('2026-12-04T17:00:00')); // Friday
    const opened = (await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Weekend' }, admin.accessToken)).body.case;
    expect(opened.serviceClock.dueAt).toBe(iso('2026-12-07T17:00:00'));
    clock.set(jst('2026-12-04T18:30:00'));
    const request = (await api.post(`/api/v1/cases/${opened.id}/document-requests`, { kind: 'invoice', title: '請求書' }, admin.accessToken)).body;
    expect(await clockReminders(opened.id, 'pending')).toEqual([]);
    clock.set(jst('2026-12-07T08:00:00')); // Monday, before opening
    await api.delete(`/api/v1/document-requests/${request.id}`, admin.accessToken);
    expect((await get(opened.id)).serviceClock).toMatchObject({ state: 'running', dueAt: iso('2026-12-07T17:00:00') });
    // Same due time as before the pause, yet the reminders are back (not blocked by the cancelled ones).
    expect((await clockReminders(opened.id, 'pending')).map((r) => r.dueAt).sort()).toEqual([iso('2026-12-07T16:00:00'), iso('2026-12-07T17:00:00'), iso('2026-12-07T17:00:00')]);
  });

  it('lets admins read and change the settings, refusing unusable ones with a clear 400', async () => {
    const other = await api.post('/api/v1/auth/signup', { tenantName: 'Defaults K.K.', displayName: 'Admin', email: uniqueEmail('admin'), password: PASSWORD });
    const defaults = await api.get('/api/v1/service-clock-settings', other.body.accessToken);
    expect(defaults.body).toMatchObject({
      timeZone: 'Asia/Tokyo',
      weekdays: { mon: { start: '09:00', end: '18:00' }, fri: { start: '09:00', end: '18:00' }, sat: null, sun: null },
      targets: { low: 1080, normal: 540, high: 240, critical: 60 },
      updatedAt: null,
    });
    expect(defaults.body.holidays).toEqual(expect.arrayContaining(['2026-01-01', '2026-05-06', '2026-11-23']));

    const base = { weekdays: defaults.body.weekdays, holidays: [], targets: defaults.body.targets };
    const put = (body: unknown, token = other.body.accessToken) => api.request('PUT', '/api/v1/service-clock-settings', { token, body });
    const backwards = await put({ ...base, weekdays: { ...base.weekdays, mon: { start: '18:00', end: '09:00' } } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toMatchObject({ code: 'SERVICE_CLOCK_SETTINGS_INVALID', details: [expect.objectContaining({ field: 'weekdays.mon', issue: 'invalid_hours' })] });
    const closed = await put({ ...base, weekdays: { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null } });
    expect(closed.body.error.details).toEqual([expect.objectContaining({ field: 'weekdays', issue: 'never_open' })]);
    const notADate = await put({ ...base, holidays: ['2026-02-30'] });
    expect(notADate.body.error.details).toEqual([expect.objectContaining({ field: 'holidays.0', issue: 'invalid_date' })]);
    const missingDay = await put({ ...base, weekdays: { mon: { start: '09:00', end: '18:00' } } });
    expect(missingDay.body.error.code).toBe('VALIDATION_FAILED');

    const saturday = await put({ ...base, weekdays: { ...base.weekdays, sat: { start: '10:00', end: '24:00' } }, holidays: ['2026-12-31', '2026-12-30', '2026-12-31'] });
    expect(saturday.status).toBe(200);
    expect(saturday.body).toMatchObject({ weekdays: { sat: { start: '10:00', end: '24:00' } }, holidays: ['2026-12-30', '2026-12-31'], updatedAt: expect.any(String) });
    const audit = await api.get(`/api/v1/audit-events?action=service_clock_settings.saved`, other.body.accessToken);
    expect(audit.body.items).toHaveLength(1);

    // Consultants read them; only admins change them; client users see neither.
    const colleague = await addMember(api, { ...admin, accessToken: other.body.accessToken }, 'consultant');
    expect((await api.get('/api/v1/service-clock-settings', colleague.accessToken)).body.weekdays.sat).toEqual({ start: '10:00', end: '24:00' });
    expect((await put(base, colleague.accessToken)).status).toBe(403);
    expect((await api.get('/api/v1/service-clock-settings', seller.user.accessToken)).status).toBe(403);
    // Tenants apart: the first tenant still has its own settings.
    expect((await api.get('/api/v1/service-clock-settings', admin.accessToken)).body.weekdays.sat).toBeNull();
  });
});
