import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { HOUR, TestClock } from '../support/test-clock';

const jst = (local: string) => new Date(`${local}+09:00`);

interface Row {
  id: string;
  title: string;
  marketplaceClock: { deadline: string | null };
  serviceClock?: { dueAt: string | null; state: string };
  nextDueAt?: string | null;
}

/**
 * The tenant-wide case list (filters, three sorts, cursors that carry the sort) and "my queue"
 * ordered by the nearer of the two clocks. Time is fixed so the service due times are known.
 */
describe('case lists and my queue', () => {
  const clock = new TestClock();
  const t0 = jst('2026-11-20T16:00:00'); // Friday; normal cases are due Tuesday 16:00 (Monday is a holiday)
  const tuesday = jst('2026-11-24T16:00:00').toISOString();
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;
  let seller: ClientWithUser;
  let otherSeller: ClientWithUser;
  const ids: Record<string, string> = {};

  const list = async (query: string, token = admin.accessToken) => {
    const res = await api.get(`/api/v1/cases?${query}`, token);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body as { items: Row[]; nextCursor: string | null };
  };
  const titles = async (query: string, token?: string) => (await list(query, token)).items.map((c) => c.title);
  /** Every page at `limit`, following nextCursor. */
  const allPages = async (path: string, token = admin.accessToken, limit = 2) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) {
      const sep = path.includes('?') ? '&' : '?';
      const res: { status: number; body: { items: Row[]; nextCursor: string | null } } = await api.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((c: Row) => c.title));
      cursor = res.body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('pagination did not end');
  };

  beforeAll(async () => {
    clock.set(t0);
    api = await TestApi.start({}, { clock });
    admin = await signupTenant(api, 'Lists');
    consultant = await addMember(api, admin, 'consultant');
    seller = await addClient(api, admin, admin);
    otherSeller = await addClient(api, admin, admin, { companyName: '別の出品者' });
    const open = async (title: string, deadlineInHours: number | null, clientId = seller.clientId) => {
      const body = { clientId, title, ...(deadlineInHours === null ? {} : { marketplaceDeadline: new Date(t0.getTime() + deadlineInHours * HOUR).toISOString() }) };
      const res = await api.post('/api/v1/cases', body, admin.accessToken);
      expect(res.status).toBe(201);
      ids[title] = res.body.case.id;
      return res.body.case;
    };
    await open('in 3 days', 72);
    await open('no deadline', null);
    await open('tomorrow', 24);
    await open('in 2 hours', 2);
    await api.post(`/api/v1/cases/${ids['in 2 hours']}/assignment`, { leadMembershipId: admin.membershipId }, admin.accessToken);
    // Nobody available: the next case stays unassigned. It becomes critical: due in one business hour.
    await api.request('PUT', `/api/v1/members/${consultant.membershipId}/consultant-profile`, { token: admin.accessToken, body: { languages: ['ja'], categories: [], away: true } });
    const urgent = await open('critical', null);
    expect(urgent.leadMembershipId).toBeNull();
    await api.patch(`/api/v1/cases/${urgent.id}`, { version: urgent.version, priority: 'critical' }, admin.accessToken);
    await api.request('PUT', `/api/v1/members/${consultant.membershipId}/consultant-profile`, { token: admin.accessToken, body: { languages: ['ja'], categories: [], away: false } });
    await open('other client', 48, otherSeller.clientId);
    // The client owes documents on one case: paused, waiting on the client.
    await api.post(`/api/v1/cases/${ids['no deadline']}/document-requests`, { kind: 'invoice', title: '請求書' }, admin.accessToken);
  });
  afterAll(() => api.close());

  it('sorts by creation (default), deadline (none last) and the nearer clock, each paged by a cursor that carries the sort', async () => {
    // All opened at the same instant: the time-ordered ids break the tie, newest first.
    const created = ['other client', 'critical', 'in 2 hours', 'tomorrow', 'no deadline', 'in 3 days'];
    expect(await titles('')).toEqual(created);
    expect(await allPages('/api/v1/cases')).toEqual(created);

    const byDeadline = await allPages('/api/v1/cases?sort=deadline');
    expect(byDeadline.slice(0, 4)).toEqual(['in 2 hours', 'tomorrow', 'other client', 'in 3 days']);
    expect(byDeadline.slice(4).sort()).toEqual(['critical', 'no deadline']);
    expect(await allPages('/api/v1/cases?sort=deadline', admin.accessToken, 1)).toEqual(byDeadline);

    // Critical: due Friday 17:00; the others by their deadline, or Tuesday 16:00; the paused one has no due time at all.
    const byNextDue = await allPages('/api/v1/cases?sort=next_due');
    expect(byNextDue).toEqual(['critical', 'in 2 hours', 'tomorrow', 'other client', 'in 3 days', 'no deadline']);
    const rows = (await list('sort=next_due&limit=200')).items;
    expect(rows.find((c) => c.title === 'critical')).toMatchObject({ nextDueAt: jst('2026-11-20T17:00:00').toISOString(), serviceClock: { state: 'running' } });
    expect(rows.find((c) => c.title === 'in 3 days')).toMatchObject({ nextDueAt: new Date(t0.getTime() + 72 * HOUR).toISOString(), serviceClock: { dueAt: tuesday } });
    expect(rows.find((c) => c.title === 'no deadline')).toMatchObject({ nextDueAt: null, serviceClock: { state: 'paused', dueAt: null } });

    // A cursor of one sort is refused by another, rather than skipping rows.
    const cursor = (await list('sort=deadline&limit=1')).nextCursor!;
    const mixed = await api.get(`/api/v1/cases?sort=created&cursor=${cursor}`, admin.accessToken);
    expect({ status: mixed.status, code: mixed.body.error.code }).toEqual({ status: 400, code: 'INVALID_CURSOR' });
  });

  it('filters by assignee, deadline, breach and waiting on the client', async () => {
    expect((await titles(`assignee=${consultant.membershipId}`)).sort()).toEqual(['in 3 days', 'no deadline', 'other client', 'tomorrow']);
    expect(await titles(`assignee=${admin.membershipId}`)).toEqual(['in 2 hours']);
    expect(await titles('assignee=unassigned')).toEqual(['critical']);
    const at = (h: number) => encodeURIComponent(new Date(t0.getTime() + h * HOUR).toISOString());
    expect(await titles(`deadlineBefore=${at(36)}&sort=deadline`)).toEqual(['in 2 hours', 'tomorrow']);
    expect(await titles(`deadlineAfter=${at(36)}&sort=deadline`)).toEqual(['other client', 'in 3 days']);
    expect(await titles(`deadlineAfter=${at(1)}&deadlineBefore=${at(30)}&assignee=${consultant.membershipId}`)).toEqual(['tomorrow']);
    expect(await titles('waitingOnClient=true')).toEqual(['no deadline']);
    expect(await titles('waitingOnClient=false&status=intake&limit=200')).not.toContain('no deadline');

    expect(await titles('breached=true')).toEqual([]);
    clock.set(jst('2026-11-20T17:00:00')); // the critical case's due time: breached, with no write
    expect(await titles('breached=true')).toEqual(['critical']);
    // Not breached: every other case, also the one whose clock is paused (no due time).
    expect((await titles('breached=false')).sort()).toEqual(['in 2 hours', 'in 3 days', 'no deadline', 'other client', 'tomorrow']);
    expect(await titles('breached=true&assignee=unassigned&sort=next_due')).toEqual(['critical']);
    clock.set(t0);

    for (const bad of ['assignee=nobody', 'breached=maybe', 'waitingOnClient=1', 'sort=priority', 'deadlineBefore=yesterday', 'deadlineAfter=1700000000']) {
      const res = await api.get(`/api/v1/cases?${bad}`, admin.accessToken);
      expect({ bad, status: res.status, code: res.body.error.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('shows client users only their own cases, whatever the filter or sort', async () => {
    for (const query of ['', 'sort=deadline', 'waitingOnClient=true', `assignee=${consultant.membershipId}`, `clientId=${seller.clientId}`]) {
      const seen = await titles(query, otherSeller.user.accessToken);
      expect({ query, seen }).toEqual({ query, seen: query.includes('waitingOnClient') || query.includes(seller.clientId) ? [] : ['other client'] });
    }
    // The service clock is staff-only: no filtering or ordering by it (its order would reveal due times).
    for (const query of ['breached=true', 'breached=false', 'sort=next_due']) {
      const res = await api.get(`/api/v1/cases?${query}`, seller.user.accessToken);
      expect({ query, status: res.status, code: res.body.error.code }).toEqual({ query, status: 403, code: 'STAFF_ONLY_FILTER' });
    }
    const own = (await list('waitingOnClient=true', seller.user.accessToken)).items;
    expect(own.map((c) => c.title)).toEqual(['no deadline']);
    expect(own[0]).not.toHaveProperty('serviceClock');
    expect(own[0]).not.toHaveProperty('nextDueAt');
  });

  it('orders my queue by the nearer of the two clocks and shows both, page by page', async () => {
    const queue = await api.get('/api/v1/my-queue', consultant.accessToken);
    expect(queue.body.items.map((c: Row) => c.title)).toEqual(['tomorrow', 'other client', 'in 3 days', 'no deadline']);
    const first = queue.body.items[0];
    expect(first.marketplaceClock).toMatchObject({ deadline: new Date(t0.getTime() + 24 * HOUR).toISOString(), overdue: false, unsuccessfulAppeals: 0 });
    expect(first.serviceClock).toMatchObject({ state: 'running', dueAt: tuesday, breached: false });
    expect(await allPages('/api/v1/my-queue', consultant.accessToken, 1)).toEqual(['tomorrow', 'other client', 'in 3 days', 'no deadline']);
    expect((await api.get('/api/v1/my-queue', admin.accessToken)).body.items.map((c: Row) => c.title)).toEqual(['in 2 hours']);
    const wrong = await api.get(`/api/v1/my-queue?cursor=${(await list('sort=created&limit=1')).nextCursor}`, consultant.accessToken);
    expect(wrong.body.error.code).toBe('INVALID_CURSOR');
  });
});
