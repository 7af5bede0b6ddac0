import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { JA_SUSPENSION_NOTICE } from '../support/notices';

describe('case intake', () => {
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;
  let seller: ClientWithUser;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    consultant = await addMember(api, admin, 'consultant');
    seller = await addClient(api, consultant, admin, { usesFba: true });
  });
  afterAll(() => api.close());

  it('opens a case from a pasted Japanese notice with the reader\'s suggestions, confirmed by a consultant', async () => {
    const receivedAt = '2026-11-20T01:00:00.000Z';
    const opened = await api.post('/api/v1/cases', { description: '突然停止されました', notice: { text: JA_SUSPENSION_NOTICE, receivedAt } }, seller.user.accessToken);
    expect(opened.status).toBe(201);
    const c = opened.body.case;
    expect(c).toMatchObject({
      clientId: seller.clientId,
      openedVia: 'portal',
      status: 'intake',
      severity: 'suspension',
      categories: ['authenticity'],
      senderDepartment: 'account_specialist',
      asins: ['B09ABC1234', 'B09DEF5678'],
      intakeConfirmed: false,
      title: 'Amazon.co.jpでの出品用アカウントの停止について',
    });
    expect(c).not.toHaveProperty('internalNote');
    // 17 days after receipt; the 365-day invoice age and 90-day funds hold are not deadlines.
    expect(c.marketplaceDeadline).toBe('2026-12-07T01:00:00.000Z');
    const reading = opened.body.notice.reading;
    expect(reading.deadline.span.text).toContain('１７日以内');
    expect(reading.nonDeadlinePeriods.map((p: { value: { kind: string } }) => p.value.kind)).toEqual(
      expect.arrayContaining(['invoice_age', 'funds_hold']),
    );
    expect(opened.body.notice.body).toBe(JA_SUSPENSION_NOTICE); // verbatim

    // Admins hear of a portal intake.
    const inbox = await api.get('/api/v1/notifications', admin.accessToken);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'case.opened_by_client', subjectId: c.id });

    // The client cannot confirm; the consultant corrects one field and confirms.
    const noticeId = opened.body.notice.id;
    expect((await api.post(`/api/v1/cases/${c.id}/notices/${noticeId}/confirm`, {}, seller.user.accessToken)).status).toBe(403);
    const confirmed = await api.post(`/api/v1/cases/${c.id}/notices/${noticeId}/confirm`, { categories: ['authenticity', 'condition'] }, consultant.accessToken);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.case).toMatchObject({ intakeConfirmed: true, categories: ['authenticity', 'condition'], severity: 'suspension' });
    expect(confirmed.body.notice.confirmedAt).not.toBeNull();

    const timeline = await api.get(`/api/v1/cases/${c.id}/timeline`, seller.user.accessToken);
    expect(timeline.body.items.map((e: { kind: string }) => e.kind)).toEqual(['case.opened', 'notice.added', 'case.assigned', 'notice.confirmed', 'checklist.proposed']);
  });

  it('never lets a later notice overwrite the case silently', async () => {
    const opened = await api.post('/api/v1/cases', { clientId: seller.clientId, severity: 'warning', title: 'Manual' }, consultant.accessToken);
    const c = opened.body.case;
    expect(c).toMatchObject({ severity: 'warning', openedVia: 'staff', title: 'Manual' });
    const added = await api.post(`/api/v1/cases/${c.id}/notices`, { text: JA_SUSPENSION_NOTICE }, consultant.accessToken);
    expect(added.status).toBe(201);
    expect(added.body.reading.severity.value).toBe('suspension');
    const after = await api.get(`/api/v1/cases/${c.id}`, consultant.accessToken);
    expect(after.body.severity).toBe('warning');
    expect((await api.get(`/api/v1/cases/${c.id}/notices`, seller.user.accessToken)).body).toHaveLength(1);
  });

  it('flags account-health figures that break the marketplace targets', async () => {
    const opened = await api.post(
      '/api/v1/cases',
      { clientId: seller.clientId, title: 'LSR', lateShipmentRate: 4.5, orderDefectRate: 0.5, validTrackingRate: 93, accountHealthRating: 250 },
      consultant.accessToken,
    );
    expect(opened.body.case.healthFlags.map((f: { metric: string }) => f.metric)).toEqual(['lateShipmentRate', 'validTrackingRate']);
  });

  it('keeps client users to their own client\'s cases and internal notes to staff', async () => {
    const other = await addClient(api, consultant, admin, { companyName: 'Other' });
    const mine = await api.post('/api/v1/cases', { title: 'Mine' }, seller.user.accessToken);
    expect(mine.status).toBe(201);
    const theirs = await api.post('/api/v1/cases', { title: 'Theirs', internalNote: 'watch out' }, other.user.accessToken);
    expect(theirs.status).toBe(403);
    const staffCase = await api.post('/api/v1/cases', { clientId: other.clientId, title: 'Theirs', internalNote: 'watch out' }, consultant.accessToken);
    expect(staffCase.body.case.internalNote).toBe('watch out');
    expect((await api.get(`/api/v1/cases/${staffCase.body.case.id}`, seller.user.accessToken)).status).toBe(404);
    expect((await api.get(`/api/v1/cases/${staffCase.body.case.id}`, other.user.accessToken)).body).not.toHaveProperty('internalNote');
    const list = await api.get('/api/v1/cases?limit=200', seller.user.accessToken);
    expect(list.body.items.every((x: { clientId: string }) => x.clientId === seller.clientId)).toBe(true);
    const forOther = await api.post('/api/v1/cases', { clientId: other.clientId, title: 'x' }, seller.user.accessToken);
    expect(forOther.status).toBe(404);
    const editNote = await api.patch(`/api/v1/cases/${mine.body.case.id}`, { version: 1, internalNote: 'x' }, seller.user.accessToken);
    expect(editNote.body.error.code).toBe('FIELD_NOT_EDITABLE');
    const edit = await api.patch(`/api/v1/cases/${mine.body.case.id}`, { version: 1, description: '追記' }, seller.user.accessToken);
    expect(edit.body).toMatchObject({ description: '追記', version: 2 });
    const stale = await api.patch(`/api/v1/cases/${mine.body.case.id}`, { version: 1, description: 'x' }, seller.user.accessToken);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    // The conflict shows the current record, never its staff-only fields.
    expect(stale.body.error.current).toMatchObject({ description: '追記', version: 2 });
    for (const key of ['internalNote', 'tenantId', 'openedBy', 'serviceDueAt', 'serviceStartedAt', 'serviceBreachedAt', 'nextDueAt']) {
      expect(stale.body.error.current).not.toHaveProperty(key);
    }
  });

  it('filters the tenant list by status, severity and category', async () => {
    const t = await signupTenant(api);
    const s = await addClient(api, t, t);
    await api.post('/api/v1/cases', { clientId: s.clientId, title: 'a', severity: 'warning', categories: ['pricing'] }, t.accessToken);
    await api.post('/api/v1/cases', { clientId: s.clientId, title: 'b', severity: 'suspension', categories: ['pricing', 'authenticity'] }, t.accessToken);
    const pricing = await api.get('/api/v1/cases?category=pricing', t.accessToken);
    expect(pricing.body.items.map((x: { title: string }) => x.title)).toEqual(['b', 'a']);
    const susp = await api.get('/api/v1/cases?severity=suspension&category=authenticity', t.accessToken);
    expect(susp.body.items.map((x: { title: string }) => x.title)).toEqual(['b']);
    expect((await api.get('/api/v1/cases?status=intake', t.accessToken)).body.items).toHaveLength(2);
  });

  it('logs contacts with the marketplace\'s teams as evidence; clients see only the shared ones', async () => {
    const c = (await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Contacts' }, consultant.accessToken)).body.case;
    const at = '2026-11-20T05:00:00.000Z';
    const internal = await api.post(`/api/v1/cases/${c.id}/contacts`, { department: 'account_health_support', channel: 'phone', direction: 'inbound', occurredAt: at, summary: 'AHS コールバック: 根本原因をより具体的に' }, consultant.accessToken);
    expect(internal.status).toBe(201);
    const shared = await api.post(`/api/v1/cases/${c.id}/contacts`, { department: 'technical_support', channel: 'chat', direction: 'outbound', occurredAt: at, summary: 'Chat with Seller Support', sharedWithClient: true }, consultant.accessToken);
    expect(shared.body.sharedWithClient).toBe(true);
    expect((await api.get(`/api/v1/cases/${c.id}/contacts`, consultant.accessToken)).body).toHaveLength(2);
    expect((await api.get(`/api/v1/cases/${c.id}/contacts`, seller.user.accessToken)).body.map((x: { id: string }) => x.id)).toEqual([shared.body.id]);
    expect((await api.post(`/api/v1/cases/${c.id}/contacts`, { department: 'other', channel: 'phone', direction: 'inbound', occurredAt: at, summary: 'x' }, seller.user.accessToken)).status).toBe(403);
    const clientTimeline = (await api.get(`/api/v1/cases/${c.id}/timeline`, seller.user.accessToken)).body.items.filter((e: { kind: string }) => e.kind === 'contact.logged');
    expect(clientTimeline).toHaveLength(1);
    // A contact is never a marketplace decision: the case status is untouched.
    expect((await api.get(`/api/v1/cases/${c.id}`, consultant.accessToken)).body.status).toBe('intake');
  });

  it('previews a reading without storing anything', async () => {
    const res = await api.post('/api/v1/notices/preview', { text: JA_SUSPENSION_NOTICE }, seller.user.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.asins.map((a: { value: string }) => a.value)).toEqual(['B09ABC1234', 'B09DEF5678']);
  });
});
