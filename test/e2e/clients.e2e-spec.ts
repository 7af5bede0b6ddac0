import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, type SignedIn } from '../support/fixtures';

describe('clients (seller accounts)', () => {
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    consultant = await addMember(api, admin, 'consultant');
  });
  afterAll(() => api.close());

  it('lets staff create clients and a client user see and edit only its own', async () => {
    const a = await addClient(api, consultant, admin, { sellerId: 'A1B2C3D4E5F6G7', usesFba: true, internalNote: 'VIP' });
    const b = await addClient(api, consultant, admin, { companyName: 'Other Seller' });

    const mine = await api.get('/api/v1/clients', a.user.accessToken);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([a.clientId]);
    expect(mine.body.items[0]).not.toHaveProperty('internalNote');
    expect(mine.body.items[0]).toMatchObject({ marketplace: 'amazon.co.jp', usesFba: true, preferredLanguage: 'ja' });

    expect((await api.get(`/api/v1/clients/${b.clientId}`, a.user.accessToken)).status).toBe(404);
    expect((await api.get(`/api/v1/clients/${a.clientId}/users`, a.user.accessToken)).body).toHaveLength(1);

    const edit = await api.patch(`/api/v1/clients/${a.clientId}`, { version: 1, storeName: 'さくらストア' }, a.user.accessToken);
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ storeName: 'さくらストア', version: 2 });

    const staleAsClient = await api.patch(`/api/v1/clients/${a.clientId}`, { version: 1, storeName: 'x' }, a.user.accessToken);
    expect(staleAsClient.body.error.code).toBe('VERSION_CONFLICT');
    expect(staleAsClient.body.error.current).not.toHaveProperty('internalNote');
    const note = await api.patch(`/api/v1/clients/${a.clientId}`, { version: 2, internalNote: 'mine' }, a.user.accessToken);
    expect(note.status).toBe(403);
    expect(note.body.error.code).toBe('FIELD_NOT_EDITABLE');

    const stale = await api.patch(`/api/v1/clients/${a.clientId}`, { version: 1, storeName: 'x' }, consultant.accessToken);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2, storeName: 'さくらストア' } });

    expect((await api.patch(`/api/v1/clients/${b.clientId}`, { version: 1, storeName: 'x' }, a.user.accessToken)).status).toBe(404);
    expect((await api.post('/api/v1/clients', { companyName: 'x' }, a.user.accessToken)).status).toBe(403);
    const staffView = await api.get(`/api/v1/clients/${a.clientId}`, consultant.accessToken);
    expect(staffView.body.internalNote).toBe('VIP');
  });

  it('refuses a second client with the same seller ID on the marketplace', async () => {
    await addClient(api, admin, admin, { sellerId: 'DUPLICATE0001' });
    const dup = await api.post('/api/v1/clients', { companyName: 'Copy', sellerId: 'DUPLICATE0001' }, admin.accessToken);
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('SELLER_ID_TAKEN');
  });

  it('links and unlinks client users, only members with the client role', async () => {
    const a = await addClient(api, admin, admin);
    const other = await addMember(api, admin, 'client');
    const staffLink = await api.post(`/api/v1/clients/${a.clientId}/users`, { membershipId: consultant.membershipId }, admin.accessToken);
    expect(staffLink.body.error.code).toBe('NOT_A_CLIENT_USER');
    const linked = await api.post(`/api/v1/clients/${a.clientId}/users`, { membershipId: other.membershipId }, admin.accessToken);
    expect(linked.status).toBe(201);
    expect(linked.body).toHaveLength(2);
    // The second user shares the client and sees it.
    expect((await api.get(`/api/v1/clients/${a.clientId}`, other.accessToken)).status).toBe(200);
    const again = await api.post(`/api/v1/clients/${a.clientId}/users`, { membershipId: other.membershipId }, admin.accessToken);
    expect(again.body.error.code).toBe('CLIENT_USER_ALREADY_LINKED');
    expect((await api.delete(`/api/v1/clients/${a.clientId}/users/${other.membershipId}`, admin.accessToken)).status).toBe(204);
    expect((await api.get(`/api/v1/clients/${a.clientId}`, other.accessToken)).status).toBe(404);
  });

  it('filters and pages the list', async () => {
    const t = await signupTenant(api);
    for (const name of ['Alpha Trading', 'alpine goods', 'Beta Store']) {
      await api.post('/api/v1/clients', { companyName: name }, t.accessToken);
    }
    const al = await api.get('/api/v1/clients?q=al', t.accessToken);
    expect(al.body.items.map((c: { companyName: string }) => c.companyName)).toEqual(['Alpha Trading', 'alpine goods']);
    const page = await api.get('/api/v1/clients?limit=2', t.accessToken);
    expect(page.body.items).toHaveLength(2);
    const rest = await api.get(`/api/v1/clients?limit=2&cursor=${page.body.nextCursor}`, t.accessToken);
    expect(rest.body.items.map((c: { companyName: string }) => c.companyName)).toEqual(['Beta Store']);
    expect((await api.get('/api/v1/clients?q=%25', t.accessToken)).body.items).toEqual([]);
  });

  it('notifications: list, unread count, mark read', async () => {
    const res = await api.get('/api/v1/notifications/unread-count', admin.accessToken);
    expect(res.body).toEqual({ unread: expect.any(Number) });
    const marked = await api.post('/api/v1/notifications/read', {}, admin.accessToken);
    expect(marked.status).toBe(200);
    expect((await api.get('/api/v1/notifications/unread-count', admin.accessToken)).body.unread).toBe(0);
  });
});
