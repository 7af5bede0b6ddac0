import { pdf } from '../../libs/documents/src/uploads/sample-files.fixture-spec';
import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, uniqueEmail, type ClientWithUser, type SignedIn } from '../support/fixtures';

/**
 * Every endpoint that takes an id, tried by tenant B's admin with tenant A's ids: each must
 * look exactly like a missing id (404), and change nothing.
 */
describe('cross-tenant ids are not found', () => {
  let api: TestApi;
  let a: SignedIn;
  let b: SignedIn;
  let aClient: SignedIn;
  let aInvitation: string;
  let aSeller: ClientWithUser;
  let aOtherSeller: ClientWithUser;
  let aCase: string;
  let aNotice: string;
  let aDocument: string;
  let aRequest: string;
  let aPlan: string;
  let aEmergency: string;
  let aShift: string;
  let aPlanCase: string;
  let aThread: string;
  let aReview: string;
  let aTemplate: string;

  type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  interface IdCase {
    method: Method;
    path: string;
    params: Record<string, string>;
    body?: unknown;
    /** multipart upload instead of a JSON body */
    upload?: boolean;
    /** What another client user of the same tenant gets: 404 for client-visible resources, 403 for staff-only ones. */
    foreignClient: 403 | 404;
  }
  const cases = (): IdCase[] => [
    { method: 'GET', path: '/api/v1/invitations/{id}', params: { id: aInvitation }, foreignClient: 403 },
    { method: 'DELETE', path: '/api/v1/invitations/{id}', params: { id: aInvitation }, foreignClient: 403 },
    { method: 'POST', path: '/api/v1/invitations/{id}/resend', params: { id: aInvitation }, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/members/{id}', params: { id: aClient.membershipId }, foreignClient: 403 },
    { method: 'PATCH', path: '/api/v1/members/{id}', params: { id: aClient.membershipId }, body: { status: 'suspended' }, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/clients/{id}', params: { id: aSeller.clientId }, foreignClient: 404 },
    { method: 'PATCH', path: '/api/v1/clients/{id}', params: { id: aSeller.clientId }, body: { version: 1, storeName: 'x' }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/clients/{id}/users', params: { id: aSeller.clientId }, foreignClient: 404 },
    { method: 'POST', path: '/api/v1/clients/{id}/invitations', params: { id: aSeller.clientId }, body: { email: 'x@example.test' }, foreignClient: 403 },
    { method: 'POST', path: '/api/v1/clients/{id}/users', params: { id: aSeller.clientId }, body: { membershipId: aClient.membershipId }, foreignClient: 403 },
    {
      method: 'DELETE',
      path: '/api/v1/clients/{id}/users/{membershipId}',
      params: { id: aSeller.clientId, membershipId: aSeller.user.membershipId },
      foreignClient: 403,
    },
    { method: 'GET', path: '/api/v1/cases/{id}', params: { id: aCase }, foreignClient: 404 },
    { method: 'PATCH', path: '/api/v1/cases/{id}', params: { id: aCase }, body: { version: 1, description: 'x' }, foreignClient: 404 },
    { method: 'POST', path: '/api/v1/cases/{id}/notices', params: { id: aCase }, body: { text: 'x' }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/cases/{id}/notices', params: { id: aCase }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/cases/{id}/timeline', params: { id: aCase }, foreignClient: 404 },
    { method: 'POST', path: '/api/v1/cases/{id}/notices/{noticeId}/confirm', params: { id: aCase, noticeId: aNotice }, body: {}, foreignClient: 403 },
    { method: 'POST', path: '/api/v1/cases/{id}/documents', params: { id: aCase }, foreignClient: 404, upload: true },
    { method: 'GET', path: '/api/v1/cases/{id}/documents', params: { id: aCase }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/documents/{id}', params: { id: aDocument }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/documents/{id}/download', params: { id: aDocument }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/documents/{id}/access-log', params: { id: aDocument }, foreignClient: 403 },
    { method: 'POST', path: '/api/v1/cases/{id}/document-requests', params: { id: aCase }, body: { kind: 'invoice', title: 'x' }, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/cases/{id}/document-requests', params: { id: aCase }, foreignClient: 404 },
    { method: 'DELETE', path: '/api/v1/document-requests/{id}', params: { id: aRequest }, foreignClient: 403 },
    { method: 'PATCH', path: '/api/v1/plans/{id}', params: { id: aPlan }, body: { nameEn: 'x' }, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/clients/{id}/memberships', params: { id: aSeller.clientId }, foreignClient: 404 },
    { method: 'POST', path: '/api/v1/clients/{id}/memberships', params: { id: aSeller.clientId }, body: { planId: aPlan }, foreignClient: 403 },
    { method: 'POST', path: '/api/v1/clients/{id}/memberships/cancel', params: { id: aSeller.clientId }, body: {}, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/clients/{id}/entitlements', params: { id: aSeller.clientId }, foreignClient: 404 },
    { method: 'GET', path: '/api/v1/emergencies/{id}', params: { id: aEmergency }, foreignClient: 404 },
    { method: 'POST', path: '/api/v1/emergencies/{id}/acknowledge', params: { id: aEmergency }, body: {}, foreignClient: 403 },
    { method: 'DELETE', path: '/api/v1/on-call-shifts/{id}', params: { id: aShift }, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/cases/{id}/reminders', params: { id: aCase }, foreignClient: 403 },
    { method: 'GET', path: '/api/v1/cases/{id}/contacts', params: { id: aCase }, foreignClient: 404 },
    {
      method: 'POST',
      path: '/api/v1/cases/{id}/contacts',
      params: { id: aCase },
      body: { department: 'other', channel: 'phone', direction: 'inbound', occurredAt: '2026-11-20T00:00:00Z', summary: 'x' },
      foreignClient: 403,
    },
    { method: 'POST', path: '/api/v1/cases/{id}/assignment', params: { id: aCase }, body: { leadMembershipId: a.membershipId }, foreignClient: 403 },
    { method: 'PUT', path: '/api/v1/members/{id}/consultant-profile', params: { id: a.membershipId }, body: { languages: ['ja'], categories: [], away: true }, foreignClient: 403 },
    { method: 'POST', path: '/api/v1/cases/{id}/transitions', params: { id: aCase }, body: { to: 'closed', closeReason: 'withdrawn' }, foreignClient: 404 },
    ...planOfActionCases(),
  ];
  const planOfActionCases = (): IdCase[] => {
    const p = '/api/v1/cases/{id}/plan-of-action';
    const id = { id: aPlanCase };
    const thread = { id: aPlanCase, threadId: aThread };
    return [
      { method: 'POST', path: p, params: id, body: {}, foreignClient: 403 },
      { method: 'GET', path: p, params: id, foreignClient: 404 },
      { method: 'POST', path: `${p}/revisions`, params: id, body: { version: 2, sections: [{ id: 's', kind: 'summary', body: 'x' }] }, foreignClient: 403 },
      { method: 'GET', path: `${p}/revisions`, params: id, foreignClient: 404 },
      { method: 'GET', path: `${p}/revisions/{number}`, params: { id: aPlanCase, number: '2' }, foreignClient: 404 },
      { method: 'GET', path: `${p}/revisions/{number}/text`, params: { id: aPlanCase, number: '2' }, foreignClient: 404 },
      { method: 'GET', path: `${p}/diff?from=1&to=2`, params: id, foreignClient: 404 },
      { method: 'GET', path: `${p}/threads`, params: id, foreignClient: 404 },
      { method: 'POST', path: `${p}/threads`, params: id, body: { revision: 2, sectionId: 'summary', start: 0, end: 2, body: 'x', visibility: 'shared' }, foreignClient: 404 },
      { method: 'POST', path: `${p}/threads/{threadId}/replies`, params: thread, body: { body: 'x' }, foreignClient: 404 },
      { method: 'POST', path: `${p}/threads/{threadId}/resolve`, params: thread, body: {}, foreignClient: 403 },
      { method: 'POST', path: `${p}/threads/{threadId}/reopen`, params: thread, body: {}, foreignClient: 403 },
      { method: 'POST', path: `${p}/threads/{threadId}/accept`, params: thread, body: { version: 2 }, foreignClient: 403 },
      { method: 'POST', path: `${p}/threads/{threadId}/reject`, params: thread, body: {}, foreignClient: 403 },
      { method: 'POST', path: `${p}/reviews`, params: id, body: { revision: 2 }, foreignClient: 403 },
      { method: 'GET', path: `${p}/reviews`, params: id, foreignClient: 404 },
      { method: 'POST', path: `${p}/reviews/{reviewId}/decision`, params: { id: aPlanCase, reviewId: aReview }, body: { decision: 'approved' }, foreignClient: 404 },
      { method: 'POST', path: `${p}/rounds`, params: id, body: { revision: 2, approvalOverrideReason: 'x', checkOverrideReason: 'x' }, foreignClient: 403 },
      { method: 'GET', path: `${p}/rounds`, params: id, foreignClient: 404 },
      { method: 'POST', path: `${p}/rounds/{number}/reply`, params: { id: aPlanCase, number: '1' }, body: { outcome: 'reinstated', text: 'x' }, foreignClient: 403 },
      { method: 'GET', path: '/api/v1/plan-templates/{id}', params: { id: aTemplate }, foreignClient: 403 },
      { method: 'PATCH', path: '/api/v1/plan-templates/{id}', params: { id: aTemplate }, body: { version: 1, name: 'x' }, foreignClient: 403 },
      { method: 'DELETE', path: '/api/v1/plan-templates/{id}', params: { id: aTemplate }, foreignClient: 403 },
    ];
  };
  // Only ids are swapped for a missing one; a revision or round number stays what it is.
  const fill = (c: IdCase, override?: string) => c.path.replace(/\{(\w+)\}/g, (_m, k: string) => (override && k !== 'number' ? override : c.params[k]!));
  const call = (c: IdCase, token: string, override?: string) =>
    c.upload
      ? api.upload(fill(c, override), token, { kind: 'other' }, { name: 'x.pdf', content: pdf(Math.floor(Math.random() * 1000)) })
      : api.request(c.method, fill(c, override), { token, body: c.body });

  beforeAll(async () => {
    api = await TestApi.start();
    a = await signupTenant(api, 'A');
    b = await signupTenant(api, 'B');
    aClient = await addMember(api, a, 'client');
    aInvitation = (await api.post('/api/v1/invitations', { email: uniqueEmail('a'), role: 'consultant' }, a.accessToken)).body.invitation.id;
    aSeller = await addClient(api, a, a);
    aOtherSeller = await addClient(api, a, a, { companyName: 'Another seller' });
    const opened = await api.post('/api/v1/cases', { title: 'A case', notice: { text: 'Notice: Policy Warning' } }, aSeller.user.accessToken);
    aCase = opened.body.case.id;
    aNotice = opened.body.notice.id;
    aRequest = (await api.post(`/api/v1/cases/${aCase}/document-requests`, { kind: 'invoice', title: 'Invoices' }, a.accessToken)).body.id;
    aPlan = (await api.get('/api/v1/plans', a.accessToken)).body[1].id;
    await api.post(`/api/v1/clients/${aSeller.clientId}/memberships`, { planId: aPlan }, a.accessToken);
    aEmergency = (await api.post('/api/v1/emergencies', { caseId: aCase, description: 'Help', callbackNumber: '090-0000-0000' }, aSeller.user.accessToken)).body.id;
    aShift = (await api.post('/api/v1/on-call-shifts', { membershipId: a.membershipId, startsAt: '2030-01-01T09:00', endsAt: '2030-01-01T18:00' }, a.accessToken)).body.id;
    await api.request('PUT', '/api/v1/service-clock-settings', {
      token: a.accessToken,
      body: { weekdays: { mon: { start: '10:00', end: '16:00' }, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null }, holidays: [], targets: { low: 7, normal: 7, high: 7, critical: 7 } },
    });
    aDocument = (await api.upload(`/api/v1/cases/${aCase}/documents`, aSeller.user.accessToken, { kind: 'invoice' }, { name: 'a.pdf', content: pdf() })).body.id;
    // A plan of action with a shared thread, a pending review and no round yet, on a case of its own.
    aPlanCase = (await api.post('/api/v1/cases', { clientId: aSeller.clientId, title: 'Plan case' }, a.accessToken)).body.case.id;
    for (const to of ['triage', 'drafting']) await api.post(`/api/v1/cases/${aPlanCase}/transitions`, { to }, a.accessToken);
    await api.post(`/api/v1/cases/${aPlanCase}/plan-of-action`, {}, a.accessToken);
    await api.post(`/api/v1/cases/${aPlanCase}/plan-of-action/revisions`, { version: 1, sections: [{ id: 'summary', kind: 'summary', body: '概要です。' }] }, a.accessToken);
    aThread = (await api.post(`/api/v1/cases/${aPlanCase}/plan-of-action/threads`, { revision: 2, sectionId: 'summary', start: 0, end: 2, body: 'x', visibility: 'shared', suggestion: '要旨' }, a.accessToken)).body.id;
    aReview = (await api.post(`/api/v1/cases/${aPlanCase}/plan-of-action/reviews`, { revision: 2 }, a.accessToken)).body.id;
    aTemplate = (await api.post('/api/v1/plan-templates', { name: 'T', language: 'ja', sections: [{ id: 'summary', kind: 'summary', body: '' }] }, a.accessToken)).body.id;
  });
  afterAll(() => api.close());

  it('covers every path with an id in the OpenAPI document', async () => {
    const doc = (await api.get('/api/docs-json')).body;
    const withId = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => /\{(id|\w+Id)\}/.test(path)) // ids, not enum segments like {category}
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(cases().map((c) => `${c.method} ${c.path.split('?')[0]}`).sort()).toEqual(withId.sort());
  });

  it('gives 404 to another tenant, the same as for an id that does not exist', async () => {
    for (const c of cases()) {
      const foreign = await call(c, b.accessToken);
      const missing = await call(c, b.accessToken, '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f');
      expect({ c: `${c.method} ${c.path}`, status: foreign.status, code: foreign.body.error.code }).toEqual({
        c: `${c.method} ${c.path}`,
        status: 404,
        code: missing.body.error.code,
      });
    }
    // Nothing of A changed.
    expect((await api.get(`/api/v1/invitations/${aInvitation}`, a.accessToken)).body.status).toBe('pending');
    expect((await api.get(`/api/v1/members/${aClient.membershipId}`, a.accessToken)).body.status).toBe('active');
    expect((await api.get(`/api/v1/clients/${aSeller.clientId}`, a.accessToken)).body.version).toBe(1);
    expect((await api.get(`/api/v1/cases/${aCase}`, a.accessToken)).body.version).toBe(2); // 1 + the emergency escalation in setup
    expect((await api.get(`/api/v1/cases/${aCase}/notices`, a.accessToken)).body).toHaveLength(1);
    expect((await api.get(`/api/v1/cases/${aCase}/documents`, a.accessToken)).body).toHaveLength(1);
    expect((await api.get(`/api/v1/documents/${aDocument}/access-log`, a.accessToken)).body).toEqual([]);
    expect((await api.get(`/api/v1/clients/${aSeller.clientId}/entitlements`, a.accessToken)).body.emergencySupport).toBe(true);
    expect((await api.get(`/api/v1/emergencies/${aEmergency}`, a.accessToken)).body.acknowledgedAt).toBeNull();
    expect((await api.get('/api/v1/on-call-shifts?from=2030-01-01T00:00:00Z', a.accessToken)).body).toHaveLength(1);
    const plan = (await api.get(`/api/v1/cases/${aPlanCase}/plan-of-action`, a.accessToken)).body;
    expect(plan.version).toBe(2);
    const [thread] = (await api.get(`/api/v1/cases/${aPlanCase}/plan-of-action/threads`, a.accessToken)).body.items;
    expect(thread).toMatchObject({ status: 'open', suggestionState: 'pending', comments: [expect.anything()] });
    expect((await api.get(`/api/v1/cases/${aPlanCase}/plan-of-action/reviews`, a.accessToken)).body[0].decision).toBeNull();
    expect((await api.get(`/api/v1/cases/${aPlanCase}/plan-of-action/rounds`, a.accessToken)).body).toEqual([]);
    expect((await api.get(`/api/v1/plan-templates/${aTemplate}`, a.accessToken)).body.version).toBe(1);
  });

  it('keeps lists and the audit trail to the own tenant', async () => {
    const members = await api.get('/api/v1/members?limit=200', b.accessToken);
    expect(members.body.items.every((m: { id: string }) => m.id !== aClient.membershipId)).toBe(true);
    const invitations = await api.get('/api/v1/invitations?limit=200', b.accessToken);
    expect(invitations.body.items.map((i: { id: string }) => i.id)).not.toContain(aInvitation);
    const audit = await api.get(`/api/v1/audit-events?entityId=${aInvitation}`, b.accessToken);
    expect(audit.body.items).toEqual([]);
    expect((await api.get('/api/v1/emergencies', b.accessToken)).body.items).toEqual([]);
    expect((await api.get('/api/v1/memberships', b.accessToken)).body.items).toEqual([]);
    expect((await api.get('/api/v1/on-call-shifts?from=2030-01-01T00:00:00Z', b.accessToken)).body).toEqual([]);
    expect((await api.get('/api/v1/plans', b.accessToken)).body.map((p: { id: string }) => p.id)).not.toContain(aPlan);
    // The service clock: B keeps its own (default) settings; A's filters and queue do not reach into B or the other way round.
    expect((await api.get('/api/v1/service-clock-settings', a.accessToken)).body.targets.normal).toBe(7);
    expect((await api.get('/api/v1/service-clock-settings', b.accessToken)).body).toMatchObject({ updatedAt: null, targets: { normal: 540 } });
    for (const query of [`assignee=${a.membershipId}`, `clientId=${aSeller.clientId}`, 'waitingOnClient=true', 'breached=false', 'sort=next_due', 'sort=deadline', 'assignee=unassigned']) {
      expect({ query, items: (await api.get(`/api/v1/cases?${query}`, b.accessToken)).body.items }).toEqual({ query, items: [] });
    }
    expect((await api.get('/api/v1/my-queue', b.accessToken)).body.items).toEqual([]);
  });

  it('keeps the service clock settings and the tenant-wide filters from client users', async () => {
    expect((await api.get('/api/v1/service-clock-settings', aOtherSeller.user.accessToken)).status).toBe(403);
    expect((await api.request('PUT', '/api/v1/service-clock-settings', { token: aOtherSeller.user.accessToken, body: {} })).status).toBe(403);
    expect((await api.get('/api/v1/my-queue', aOtherSeller.user.accessToken)).status).toBe(403);
    // Another client of A filtering for A's case (waiting on the client, by its lead or sort) still sees only its own cases.
    for (const query of ['breached=false', 'sort=next_due']) {
      expect((await api.get(`/api/v1/cases?${query}`, aOtherSeller.user.accessToken)).body.error.code).toBe('STAFF_ONLY_FILTER');
    }
    for (const query of ['waitingOnClient=true', `clientId=${aSeller.clientId}`, `assignee=${a.membershipId}`]) {
      const ids = (await api.get(`/api/v1/cases?${query}`, aOtherSeller.user.accessToken)).body.items.map((c: { id: string }) => c.id);
      expect({ query, ids }).toEqual({ query, ids: [] });
    }
    // The case's own client sees "waiting on you" but not the consultancy's internal clock.
    const own = (await api.get(`/api/v1/cases/${aCase}`, aSeller.user.accessToken)).body;
    expect(own.waitingOnClient).toBe(true);
    expect(own).not.toHaveProperty('serviceClock');
    expect(own).not.toHaveProperty('nextDueAt');
    const staff = (await api.get(`/api/v1/cases/${aCase}`, a.accessToken)).body;
    expect(staff.serviceClock.pauses).toEqual([expect.objectContaining({ reason: 'documents', endedAt: null })]);
  });

  it('gives another client of the same tenant 404 for client resources and 403 for staff-only ones', async () => {
    for (const c of cases()) {
      const res = await call(c, aOtherSeller.user.accessToken);
      expect({ c: `${c.method} ${c.path}`, status: res.status }).toEqual({ c: `${c.method} ${c.path}`, status: c.foreignClient });
    }
    const list = await api.get('/api/v1/clients', aOtherSeller.user.accessToken);
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([aOtherSeller.clientId]);
  });

  it('ignores a tenant named in the body or a forged token', async () => {
    const forged = await api.post('/api/v1/auth/login', { email: b.email, password: 'correct horse battery staple', tenantId: a.tenantId });
    expect(forged.status).toBe(404);
    const [h, , s] = b.accessToken.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: b.userId, tid: a.tenantId, role: 'admin', mid: b.membershipId })).toString('base64url');
    const res = await api.get('/api/v1/members', `${h}.${payload}.${s}`);
    expect(res.status).toBe(401);
  });
});
