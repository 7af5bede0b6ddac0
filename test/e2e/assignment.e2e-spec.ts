import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, type SignedIn } from '../support/fixtures';

describe('assignment and the consultant queue', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  const profile = (t: SignedIn, who: SignedIn, body: Record<string, unknown>) =>
    api.request('PUT', `/api/v1/members/${who.membershipId}/consultant-profile`, { token: t.accessToken, body });

  it('picks the least-loaded consultant with the client\'s language and matching expertise, skipping those away', async () => {
    const admin = await signupTenant(api);
    const [jaIp, jaIp2, enOnly, away] = [await addMember(api, admin, 'consultant'), await addMember(api, admin, 'consultant'), await addMember(api, admin, 'consultant'), await addMember(api, admin, 'consultant')];
    await profile(admin, jaIp, { languages: ['ja'], categories: ['ip_complaint'], away: false });
    await profile(admin, jaIp2, { languages: ['ja'], categories: ['ip_complaint'], away: false });
    await profile(admin, enOnly, { languages: ['en'], categories: ['ip_complaint'], away: false });
    await profile(admin, away, { languages: ['ja'], categories: ['ip_complaint', 'authenticity'], away: true });
    const seller = await addClient(api, admin, admin, { preferredLanguage: 'ja' });

    // jaIp already carries a critical case: the next IP case goes to jaIp2.
    const first = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'IP 1', categories: ['ip_complaint'] }, admin.accessToken);
    const firstLead = (await api.get('/api/v1/my-queue', jaIp.accessToken)).body.items.length ? jaIp : jaIp2;
    const second = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'IP 2', categories: ['ip_complaint'] }, admin.accessToken);
    const leads = [first, second].map((r) => r.body.case.id);
    const q1 = (await api.get('/api/v1/my-queue', jaIp.accessToken)).body.items.map((c: { id: string }) => c.id);
    const q2 = (await api.get('/api/v1/my-queue', jaIp2.accessToken)).body.items.map((c: { id: string }) => c.id);
    expect([...q1, ...q2].sort()).toEqual([...leads].sort());
    expect(q1).toHaveLength(1); // spread evenly, round-robin among equals
    expect(q2).toHaveLength(1);
    expect(firstLead).toBeDefined();
    expect((await api.get('/api/v1/my-queue', enOnly.accessToken)).body.items).toEqual([]);
    expect((await api.get('/api/v1/my-queue', away.accessToken)).body.items).toEqual([]);

    // The client sees who its consultant is, by name.
    const seen = await api.get(`/api/v1/cases/${first.body.case.id}`, seller.user.accessToken);
    expect(seen.body.lead).toEqual({ membershipId: firstLead.membershipId, displayName: 'consultant' });
    const timeline = await api.get(`/api/v1/cases/${first.body.case.id}/timeline`, admin.accessToken);
    expect(timeline.body.items.find((e: { kind: string }) => e.kind === 'case.assigned').payload).toMatchObject({ automatic: true });
  });

  it('never gives two concurrent intakes the same consultant while an equal one is free', async () => {
    const admin = await signupTenant(api);
    const a = await addMember(api, admin, 'consultant');
    const b = await addMember(api, admin, 'consultant');
    const seller = await addClient(api, admin, admin);
    await Promise.all([
      api.post('/api/v1/cases', { clientId: seller.clientId, title: 'one' }, admin.accessToken),
      api.post('/api/v1/cases', { clientId: seller.clientId, title: 'two' }, admin.accessToken),
    ]);
    const counts = [(await api.get('/api/v1/my-queue', a.accessToken)).body.items.length, (await api.get('/api/v1/my-queue', b.accessToken)).body.items.length];
    expect(counts.sort()).toEqual([1, 1]);
  });

  it('lets an admin reassign, keeping the history; the queue orders by the nearest deadline', async () => {
    const admin = await signupTenant(api);
    const a = await addMember(api, admin, 'consultant');
    const seller = await addClient(api, admin, admin);
    // The queue orders by the nearer of the two clocks; with months of service time the marketplace deadlines decide here.
    const long = { low: 100000, normal: 100000, high: 100000, critical: 100000 };
    const settings = (await api.get('/api/v1/service-clock-settings', admin.accessToken)).body;
    await api.request('PUT', '/api/v1/service-clock-settings', { token: admin.accessToken, body: { weekdays: settings.weekdays, holidays: settings.holidays, targets: long } });
    const later = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'later', marketplaceDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString() }, admin.accessToken);
    const sooner = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'sooner', marketplaceDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString() }, admin.accessToken);
    const none = await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'no deadline' }, admin.accessToken);
    expect((await api.get('/api/v1/my-queue', a.accessToken)).body.items.map((c: { title: string }) => c.title)).toEqual(['sooner', 'later', 'no deadline']);

    const moved = await api.post(`/api/v1/cases/${none.body.case.id}/assignment`, { leadMembershipId: admin.membershipId }, admin.accessToken);
    expect(moved.status).toBe(200);
    expect((await api.get('/api/v1/my-queue', a.accessToken)).body.items.map((c: { title: string }) => c.title)).toEqual(['sooner', 'later']);
    const history = (await api.get(`/api/v1/cases/${none.body.case.id}/timeline`, admin.accessToken)).body.items.filter((e: { kind: string }) => e.kind === 'case.assigned');
    expect(history.map((e: { payload: { lead: string } }) => e.payload.lead)).toEqual([a.membershipId, admin.membershipId]);
    expect((await api.post(`/api/v1/cases/${later.body.case.id}/assignment`, { leadMembershipId: seller.user.membershipId }, admin.accessToken)).body.error.code).toBe('NOT_A_CONSULTANT');
    expect((await api.post(`/api/v1/cases/${sooner.body.case.id}/assignment`, { leadMembershipId: a.membershipId }, a.accessToken)).status).toBe(403);
  });
});
