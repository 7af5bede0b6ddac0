import { TestApi } from '../support/api';
import { PASSWORD, addMember, signupTenant, uniqueEmail } from '../support/fixtures';

describe('identity flow over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('sign-up → invite → accept → login → refresh → reuse revokes the family → logout', async () => {
    const admin = await signupTenant(api, 'さくら改善コンサルティング');
    const me = await api.get('/api/v1/me', admin.accessToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'admin', tenant: { name: 'さくら改善コンサルティング', timeZone: 'Asia/Tokyo' } });
    expect(JSON.stringify(me.body)).not.toMatch(/argon2|password/i);

    const email = uniqueEmail('consultant');
    const invite = await api.post('/api/v1/invitations', { email, role: 'consultant' }, admin.accessToken);
    expect(invite.status).toBe(201);
    expect(invite.body.invitation).toMatchObject({ email, role: 'consultant', status: 'pending' });
    expect(invite.body.invitation).not.toHaveProperty('tokenHash');

    const accepted = await api.post('/api/v1/auth/accept-invitation', {
      token: invite.body.token,
      password: PASSWORD,
      displayName: '佐藤 相談員',
    });
    expect(accepted.status).toBe(200);
    // single use
    const again = await api.post('/api/v1/auth/accept-invitation', { token: invite.body.token, password: PASSWORD, displayName: 'x' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('INVITATION_USED');

    const login = await api.post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);
    const first = login.body.tokens;
    expect((await api.get('/api/v1/me', first.accessToken)).body).toMatchObject({ email, role: 'consultant' });

    const refreshed = await api.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);

    // The spent token comes back (stolen): the whole family dies, including the new token.
    const reuse = await api.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    const afterReuse = await api.post('/api/v1/auth/refresh', { refreshToken: refreshed.body.refreshToken });
    expect(afterReuse.status).toBe(401);
    expect(afterReuse.body.error.code).toBe('REFRESH_TOKEN_REVOKED');

    // A fresh sign-in, then logout ends that session.
    const second = (await api.post('/api/v1/auth/login', { email, password: PASSWORD })).body.tokens;
    const out = await api.request('POST', '/api/v1/auth/logout', { token: second.accessToken, body: { refreshToken: second.refreshToken } });
    expect(out.status).toBe(204);
    const afterLogout = await api.post('/api/v1/auth/refresh', { refreshToken: second.refreshToken });
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.body.error.code).toBe('REFRESH_TOKEN_REVOKED');

    // The audit trail saw it all, in the admin's tenant.
    const audit = await api.get('/api/v1/audit-events?limit=200', admin.accessToken);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['tenant.created', 'invitation.created', 'invitation.accepted', 'auth.login', 'auth.refresh_token_reused', 'auth.logout']),
    );
  });

  it('refuses wrong passwords and unknown accounts alike', async () => {
    const admin = await signupTenant(api);
    const wrong = await api.post('/api/v1/auth/login', { email: admin.email, password: 'not the password' });
    const unknown = await api.post('/api/v1/auth/login', { email: uniqueEmail('nobody'), password: PASSWORD });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.error).toEqual({ ...wrong.body.error, requestId: unknown.body.error.requestId });
  });

  it('lets a user who belongs to two tenants choose one at login', async () => {
    const a = await signupTenant(api, 'Tenant A');
    const b = await signupTenant(api, 'Tenant B');
    const member = await addMember(api, a, 'consultant');
    // The same person is invited to B: accepting proves the existing password, never resets it.
    const inv = await api.post('/api/v1/invitations', { email: member.email, role: 'client' }, b.accessToken);
    const wrongPw = await api.post('/api/v1/auth/accept-invitation', { token: inv.body.token, password: 'something else entirely' });
    expect(wrongPw.status).toBe(401);
    const ok = await api.post('/api/v1/auth/accept-invitation', { token: inv.body.token, password: PASSWORD });
    expect(ok.status).toBe(200);

    const choose = await api.post('/api/v1/auth/login', { email: member.email, password: PASSWORD });
    expect(choose.status).toBe(200);
    expect(choose.body.tokens).toBeUndefined();
    expect(choose.body.chooseTenant.map((t: { tenantId: string }) => t.tenantId).sort()).toEqual([a.tenantId, b.tenantId].sort());

    const inB = await api.post('/api/v1/auth/login', { email: member.email, password: PASSWORD, tenantId: b.tenantId });
    const me = await api.get('/api/v1/me', inB.body.tokens.accessToken);
    expect(me.body).toMatchObject({ role: 'client', tenant: { id: b.tenantId } });
    expect(me.body.memberships).toHaveLength(2);

    const notMine = await api.post('/api/v1/auth/login', { email: member.email, password: PASSWORD, tenantId: (await signupTenant(api)).tenantId });
    expect(notMine.status).toBe(404);
  });

  it('expires and revokes invitations', async () => {
    const admin = await signupTenant(api);
    const inv = await api.post('/api/v1/invitations', { email: uniqueEmail('late'), role: 'client' }, admin.accessToken);
    const revoked = await api.delete(`/api/v1/invitations/${inv.body.invitation.id}`, admin.accessToken);
    expect(revoked.body.status).toBe('revoked');
    const accept = await api.post('/api/v1/auth/accept-invitation', { token: inv.body.token, password: PASSWORD, displayName: 'x' });
    expect(accept.status).toBe(410);
    expect(accept.body.error.code).toBe('INVITATION_REVOKED');
    const unknown = await api.post('/api/v1/auth/accept-invitation', { token: 'x'.repeat(43), password: PASSWORD });
    expect(unknown.status).toBe(404);
  });

  it('keeps at least one admin and ends a suspended member\'s sessions', async () => {
    const admin = await signupTenant(api);
    const demote = await api.patch(`/api/v1/members/${admin.membershipId}`, { role: 'consultant' }, admin.accessToken);
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('LAST_ADMIN');

    const consultant = await addMember(api, admin, 'consultant');
    const suspended = await api.patch(`/api/v1/members/${consultant.membershipId}`, { status: 'suspended' }, admin.accessToken);
    expect(suspended.body).toMatchObject({ status: 'suspended', role: 'consultant' });
    const refresh = await api.post('/api/v1/auth/refresh', { refreshToken: consultant.refreshToken });
    expect(refresh.status).toBe(401);
    const login = await api.post('/api/v1/auth/login', { email: consultant.email, password: PASSWORD });
    expect(login.body.error.code).toBe('NO_ACTIVE_MEMBERSHIP');
  });

  it('enforces roles: clients and consultants cannot manage the consultancy', async () => {
    const admin = await signupTenant(api);
    const consultant = await addMember(api, admin, 'consultant');
    const client = await addMember(api, admin, 'client');
    expect((await api.post('/api/v1/invitations', { email: uniqueEmail('x'), role: 'admin' }, consultant.accessToken)).status).toBe(403);
    expect((await api.get('/api/v1/members', client.accessToken)).status).toBe(403);
    expect((await api.get('/api/v1/members', consultant.accessToken)).status).toBe(200);
    expect((await api.patch('/api/v1/tenant', { name: 'Mine now' }, consultant.accessToken)).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await api.get('/api/v1/audit-events', consultant.accessToken)).status).toBe(403);
    expect((await api.get('/api/v1/me')).status).toBe(401);
  });

  it('pages lists with a cursor, in a stable order, without repeats', async () => {
    const admin = await signupTenant(api);
    for (let i = 0; i < 5; i += 1) await api.post('/api/v1/invitations', { email: uniqueEmail(`p${i}`), role: 'client' }, admin.accessToken);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.get(
        `/api/v1/invitations?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        admin.accessToken,
      );
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort()).toEqual(seen); // UUIDv7 and created_at agree on order
  });

  it('updates tenant settings with a validated time zone, audited', async () => {
    const admin = await signupTenant(api);
    const bad = await api.patch('/api/v1/tenant', { timeZone: 'Mars/Olympus' }, admin.accessToken);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_TIME_ZONE');
    const ok = await api.patch('/api/v1/tenant', { timeZone: 'Europe/London', defaultLocale: 'en' }, admin.accessToken);
    expect(ok.body).toMatchObject({ timeZone: 'Europe/London', defaultLocale: 'en' });
    const audit = await api.get('/api/v1/audit-events?action=tenant.settings_updated', admin.accessToken);
    expect(audit.body.items[0].summary).toEqual({
      before: { timeZone: 'Asia/Tokyo', defaultLocale: 'ja' },
      after: { timeZone: 'Europe/London', defaultLocale: 'en' },
    });
  });
});
