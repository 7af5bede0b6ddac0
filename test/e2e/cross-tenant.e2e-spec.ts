import { TestApi } from '../support/api';
import { addMember, signupTenant, uniqueEmail, type SignedIn } from '../support/fixtures';

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

  const cases = () => [
    { method: 'GET' as const, path: '/api/v1/invitations/{id}', id: aInvitation },
    { method: 'DELETE' as const, path: '/api/v1/invitations/{id}', id: aInvitation },
    { method: 'POST' as const, path: '/api/v1/invitations/{id}/resend', id: aInvitation },
    { method: 'GET' as const, path: '/api/v1/members/{id}', id: aClient.membershipId },
    { method: 'PATCH' as const, path: '/api/v1/members/{id}', id: aClient.membershipId, body: { status: 'suspended' } },
  ];

  beforeAll(async () => {
    api = await TestApi.start();
    a = await signupTenant(api, 'A');
    b = await signupTenant(api, 'B');
    aClient = await addMember(api, a, 'client');
    aInvitation = (await api.post('/api/v1/invitations', { email: uniqueEmail('a'), role: 'consultant' }, a.accessToken)).body.invitation.id;
  });
  afterAll(() => api.close());

  it('covers every path with an id in the OpenAPI document', async () => {
    const doc = (await api.get('/api/docs-json')).body;
    const withId = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.includes('{'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(cases().map((c) => `${c.method} ${c.path}`).sort()).toEqual(withId.sort());
  });

  it('gives 404 to another tenant, the same as for an id that does not exist', async () => {
    for (const c of cases()) {
      const url = c.path.replace('{id}', c.id);
      const foreign = await api.request(c.method, url, { token: b.accessToken, body: c.body });
      const missing = await api.request(c.method, c.path.replace('{id}', '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f'), { token: b.accessToken, body: c.body });
      expect({ c: `${c.method} ${c.path}`, status: foreign.status, code: foreign.body.error.code }).toEqual({
        c: `${c.method} ${c.path}`,
        status: 404,
        code: missing.body.error.code,
      });
    }
    // Nothing of A changed.
    expect((await api.get(`/api/v1/invitations/${aInvitation}`, a.accessToken)).body.status).toBe('pending');
    expect((await api.get(`/api/v1/members/${aClient.membershipId}`, a.accessToken)).body.status).toBe('active');
  });

  it('keeps lists and the audit trail to the own tenant', async () => {
    const members = await api.get('/api/v1/members?limit=200', b.accessToken);
    expect(members.body.items.every((m: { id: string }) => m.id !== aClient.membershipId)).toBe(true);
    const invitations = await api.get('/api/v1/invitations?limit=200', b.accessToken);
    expect(invitations.body.items.map((i: { id: string }) => i.id)).not.toContain(aInvitation);
    const audit = await api.get(`/api/v1/audit-events?entityId=${aInvitation}`, b.accessToken);
    expect(audit.body.items).toEqual([]);
  });

  it('refuses a client of the same tenant with its role, never with data', async () => {
    for (const c of cases()) {
      const res = await api.request(c.method, c.path.replace('{id}', c.id), { token: aClient.accessToken, body: c.body });
      expect({ c: c.path, status: res.status }).toEqual({ c: c.path, status: 403 });
    }
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
