import { ReportRepository, TimelineService, statusCountsQuery } from '@reinstate/cases';
import { TenantDb, type Actor } from '@reinstate/platform';
import { TestApi } from '../support/api';
import { connectAs, inTenant } from '../support/db';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { HOUR, TestClock } from '../support/test-clock';

/**
 * Counts by status and outcome figures over cases walked through the API. Six cases in tenant A
 * (created 2026-03-02 09:00 Tokyo), whose figures are worked out by hand below:
 *
 * | case | categories              | lead | first draft | ends                       | rounds |
 * |------|-------------------------|------|-------------|----------------------------|--------|
 * | c1   | pricing, authenticity   | K1   | +4 h        | reinstated (03-03)         | 2      |
 * | c2   | pricing                 | K1   | +10 h       | reinstated (03-03)         | 1      |
 * | c3   | authenticity            | K2   | +7 h        | rejected → closed lost     | –      |
 * | c4   | ip_complaint            | K2   | none        | closed withdrawn           | –      |
 * | c5   | pricing (other client)  | K2   | +1 h        | rejected (still open)      | –      |
 * | c6   | authenticity            | K1   | +2 h        | reinstated 03-11 00:30 JST | 3      |
 */
describe('counts by status and outcome figures', () => {
  const clock = new TestClock();
  const T0 = new Date('2026-03-02T00:00:00Z');
  let api: TestApi;
  let admin: SignedIn;
  let k1: SignedIn;
  let k2: SignedIn;
  let seller: ClientWithUser;
  let other: ClientWithUser;
  let foreign: SignedIn;
  let foreignClient: ClientWithUser;
  const ids: Record<string, string> = {};

  const open = async (key: string, clientId: string, categories: string[], lead: SignedIn): Promise<void> => {
    const res = await api.post('/api/v1/cases', { clientId, title: key, categories }, admin.accessToken);
    expect(res.status).toBe(201);
    ids[key] = res.body.case.id;
    expect((await api.post(`/api/v1/cases/${ids[key]}/assignment`, { leadMembershipId: lead.membershipId }, admin.accessToken)).status).toBe(200);
  };
  const walk = async (key: string, ...steps: string[]): Promise<void> => {
    for (const step of steps) {
      const [to, closeReason] = step.split(':');
      const res = await api.post(`/api/v1/cases/${ids[key]}/transitions`, { to, closeReason }, admin.accessToken);
      expect({ key, step, status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ key, step, status: 200, body: null });
    }
  };
  const TO_SUBMITTED = ['triage', 'drafting', 'client_review', 'ready_to_submit', 'submitted'];
  const RESUBMIT = ['drafting', 'client_review', 'ready_to_submit', 'submitted'];
  /** What the plans library writes for every saved revision; its API is not here yet. */
  const draftSaved = async (key: string, at: Date): Promise<void> => {
    clock.set(at);
    const actor: Actor = { userId: k1.userId, tenantId: admin.tenantId, role: 'consultant', membershipId: k1.membershipId };
    const db = api.app.get(TenantDb);
    const timeline = api.app.get(TimelineService);
    await db.run({ tenantId: admin.tenantId }, () => timeline.append(actor, ids[key]!, { kind: 'plan.revision_saved', payload: { revision: 1 } }));
  };
  const outcomes = (query: string, who: SignedIn = admin) => api.get(`/api/v1/reports/outcomes${query}`, who.accessToken);
  const counts = (query: string, token: string) => api.get(`/api/v1/cases/counts${query}`, token);
  const nonZero = (body: { statuses: { status: string; count: number }[] }) =>
    Object.fromEntries(body.statuses.filter((s) => s.count > 0).map((s) => [s.status, s.count]));

  beforeAll(async () => {
    clock.set(T0);
    api = await TestApi.start({}, { clock });
    admin = await signupTenant(api, 'Outcomes A');
    k1 = await addMember(api, admin, 'consultant');
    k2 = await addMember(api, admin, 'consultant');
    seller = await addClient(api, admin, admin, { companyName: 'Seller' });
    other = await addClient(api, admin, admin, { companyName: 'Other seller' });
    foreign = await signupTenant(api, 'Outcomes B');
    foreignClient = await addClient(api, foreign, foreign, { companyName: 'Foreign seller' });

    clock.set(T0);
    await open('c1', seller.clientId, ['pricing', 'authenticity'], k1);
    await open('c2', seller.clientId, ['pricing'], k1);
    await open('c3', seller.clientId, ['authenticity'], k2);
    await open('c4', seller.clientId, ['ip_complaint'], k2);
    await open('c5', other.clientId, ['pricing'], k2);
    await open('c6', seller.clientId, ['authenticity'], k1);

    await draftSaved('c1', new Date(T0.getTime() + 4 * HOUR));
    await draftSaved('c1', new Date(T0.getTime() + 9 * HOUR)); // a later revision: not the first draft
    await draftSaved('c2', new Date(T0.getTime() + 10 * HOUR));
    await draftSaved('c3', new Date(T0.getTime() + 7 * HOUR));
    await draftSaved('c5', new Date(T0.getTime() + 1 * HOUR));
    await draftSaved('c6', new Date(T0.getTime() + 2 * HOUR));

    clock.set(new Date('2026-03-03T03:00:00Z'));
    await walk('c1', ...TO_SUBMITTED, 'more_info_requested', ...RESUBMIT, 'reinstated');
    await walk('c2', ...TO_SUBMITTED, 'awaiting_reply', 'reinstated');
    await walk('c3', ...TO_SUBMITTED, 'rejected', 'closed:lost');
    await walk('c4', 'closed:withdrawn');
    await walk('c5', ...TO_SUBMITTED, 'rejected');
    await walk('c6', ...TO_SUBMITTED, 'rejected', ...RESUBMIT, 'more_info_requested', ...RESUBMIT);
    // 15:30 UTC on the 10th is 00:30 on the 11th in Tokyo: the tenant's day, not UTC's.
    clock.set(new Date('2026-03-10T15:30:00Z'));
    await walk('c6', 'reinstated');
  });
  afterAll(() => api.close());

  describe('GET /cases/counts', () => {
    it('gives staff every status with its count, zeros included', async () => {
      const res = await counts('', admin.accessToken);
      expect(res.status).toBe(200);
      expect(res.body.statuses.map((s: { status: string }) => s.status)).toEqual([
        'intake', 'triage', 'drafting', 'internal_review', 'client_review', 'ready_to_submit',
        'submitted', 'awaiting_reply', 'more_info_requested', 'reinstated', 'rejected', 'closed',
      ]);
      expect(res.body.total).toBe(6);
      expect(nonZero(res.body)).toEqual({ reinstated: 3, rejected: 1, closed: 2 });
      expect(res.body.statuses.find((s: { status: string }) => s.status === 'intake').count).toBe(0);
    });

    it('filters by client, category and lead', async () => {
      expect(nonZero((await counts(`?clientId=${other.clientId}`, k1.accessToken)).body)).toEqual({ rejected: 1 });
      expect(nonZero((await counts('?category=pricing', k1.accessToken)).body)).toEqual({ reinstated: 2, rejected: 1 });
      expect(nonZero((await counts(`?leadMembershipId=${k2.membershipId}`, admin.accessToken)).body)).toEqual({ rejected: 1, closed: 2 });
      const both = await counts(`?clientId=${seller.clientId}&category=authenticity`, admin.accessToken);
      expect(nonZero(both.body)).toEqual({ reinstated: 2, closed: 1 });
    });

    it('gives client users their own cases\' counts, and zeros for another client\'s', async () => {
      const own = await counts('', seller.user.accessToken);
      expect(own.status).toBe(200);
      expect(own.body.total).toBe(5);
      expect(nonZero(own.body)).toEqual({ reinstated: 3, closed: 2 });
      expect(nonZero((await counts('', other.user.accessToken)).body)).toEqual({ rejected: 1 });
      const foreignClientOfTenant = await counts(`?clientId=${other.clientId}`, seller.user.accessToken);
      expect(foreignClientOfTenant.status).toBe(200);
      expect(foreignClientOfTenant.body.total).toBe(0);
    });

    it('never counts another tenant\'s cases', async () => {
      const all = await counts('', foreign.accessToken);
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(0);
      expect((await counts(`?clientId=${seller.clientId}`, foreign.accessToken)).body.total).toBe(0);
      expect((await counts(`?leadMembershipId=${k1.membershipId}`, foreign.accessToken)).body.total).toBe(0);
      expect((await counts('', foreignClient.user.accessToken)).body.total).toBe(0);
    });

    it('refuses bad filters with a coded 400', async () => {
      for (const q of ['?clientId=not-a-uuid', '?category=bogus', "?leadMembershipId=1' OR '1'='1"]) {
        const res = await counts(q, admin.accessToken);
        expect({ q, status: res.status, code: res.body.error?.code }).toEqual({ q, status: 400, code: 'VALIDATION_FAILED' });
      }
      expect((await api.get('/api/v1/cases/counts')).status).toBe(401);
    });

    it('is served by indexes that lead with tenant_id', async () => {
      const db = await connectAs('app');
      const planOf = (filter: { leadMembershipId?: string }) =>
        inTenant(db, admin.tenantId, async () => {
          // Six rows make a sequential scan cheapest; forbid it to see which index the statement can use.
          await db.query('SET LOCAL enable_seqscan = off');
          const { sql, params } = statusCountsQuery(admin.tenantId, filter);
          return JSON.stringify((await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows[0]['QUERY PLAN']);
        });
      try {
        // Which tenant-first index wins depends on the shared test database's statistics (other
        // suites add cases concurrently); what must hold is an index lookup by tenant, never a scan.
        // The bench on 1,000 × 1,000 cases prints the chosen plans at scale.
        for (const plan of [await planOf({}), await planOf({ leadMembershipId: k2.membershipId })]) {
          expect(plan).not.toContain('Seq Scan');
          expect(plan).toMatch(/"Index Name":"cases_(status|lead_status|lead|queue|list)_idx"/);
          expect(plan).toMatch(/"Index Cond":"\(+tenant_id = /);
        }
      } finally {
        await db.end();
      }
    });
  });

  describe('GET /reports/outcomes', () => {
    it('counts reinstatements, rounds and time to first draft, exactly', async () => {
      const res = await outcomes('');
      expect(res.status).toBe(200);
      expect(res.body.period).toEqual({ from: null, to: null, timeZone: 'Asia/Tokyo' });
      expect(res.body.overall).toEqual({
        decided: 4, // c1, c2, c6 reinstated; c3 lost. c4 withdrawn and c5 rejected are not decided.
        reinstated: 3,
        lost: 1,
        reinstatementRate: 0.75,
        roundsToReinstatement: { cases: 3, median: 2, mean: 2 }, // 2, 1, 3
        timeToFirstDraft: { cases: 5, withoutDraft: 1, medianHours: 4, meanHours: 4.8 }, // 4, 10, 7, 1, 2; c4 none
      });
    });

    it('counts a case in each of its categories', async () => {
      const byCat = Object.fromEntries((await outcomes('')).body.byCategory.map((c: { category: string }) => [c.category, c]));
      expect(Object.keys(byCat)).toEqual(['ip_complaint', 'authenticity', 'pricing']);
      expect(byCat.pricing).toEqual({
        category: 'pricing',
        decided: 2,
        reinstated: 2,
        lost: 0,
        reinstatementRate: 1,
        roundsToReinstatement: { cases: 2, median: 1.5, mean: 1.5 },
        timeToFirstDraft: { cases: 3, withoutDraft: 0, medianHours: 4, meanHours: 5 },
      });
      expect(byCat.authenticity).toMatchObject({
        decided: 3,
        reinstated: 2,
        lost: 1,
        reinstatementRate: 0.6667,
        roundsToReinstatement: { cases: 2, median: 2.5, mean: 2.5 },
        timeToFirstDraft: { cases: 3, withoutDraft: 0, medianHours: 4, meanHours: 4.33 },
      });
      expect(byCat.ip_complaint).toMatchObject({
        decided: 0,
        reinstatementRate: null,
        roundsToReinstatement: { cases: 0, median: null, mean: null },
        timeToFirstDraft: { cases: 0, withoutDraft: 1, medianHours: null, meanHours: null },
      });
    });

    it('groups by lead consultant with the display name', async () => {
      const rows = (await outcomes('')).body.byConsultant;
      expect(rows).toHaveLength(2);
      const byId = Object.fromEntries(rows.map((r: { membershipId: string }) => [r.membershipId, r]));
      expect(byId[k1.membershipId]).toEqual({
        membershipId: k1.membershipId,
        displayName: 'consultant',
        decided: 3,
        reinstated: 3,
        lost: 0,
        reinstatementRate: 1,
        roundsToReinstatement: { cases: 3, median: 2, mean: 2 },
        timeToFirstDraft: { cases: 3, withoutDraft: 0, medianHours: 4, meanHours: 5.33 },
      });
      expect(byId[k2.membershipId]).toMatchObject({
        decided: 1,
        reinstated: 0,
        lost: 1,
        reinstatementRate: 0,
        roundsToReinstatement: { cases: 0, median: null, mean: null },
        timeToFirstDraft: { cases: 2, withoutDraft: 1, medianHours: 4, meanHours: 4 },
      });
    });

    it('selects decisions by the tenant\'s calendar days', async () => {
      // c6 was reinstated at 2026-03-10 15:30 UTC = 03-11 00:30 Tokyo: outside a period ending on the 10th.
      const march1to10 = await outcomes('?from=2026-03-01&to=2026-03-10');
      expect(march1to10.status).toBe(200);
      expect(march1to10.body.period).toEqual({ from: '2026-03-01', to: '2026-03-10', timeZone: 'Asia/Tokyo' });
      expect(march1to10.body.overall).toMatchObject({ decided: 3, reinstated: 2, lost: 1, reinstatementRate: 0.6667, roundsToReinstatement: { cases: 2, median: 1.5, mean: 1.5 } });
      // First drafts select by opening date: all six were opened on 03-02.
      expect(march1to10.body.overall.timeToFirstDraft).toEqual({ cases: 5, withoutDraft: 1, medianHours: 4, meanHours: 4.8 });

      const the11th = await outcomes('?from=2026-03-11&to=2026-03-11');
      expect(the11th.body.overall).toMatchObject({ decided: 1, reinstated: 1, roundsToReinstatement: { cases: 1, median: 3, mean: 3 } });
      expect(the11th.body.overall.timeToFirstDraft).toEqual({ cases: 0, withoutDraft: 0, medianHours: null, meanHours: null });
      expect(the11th.body.byCategory.map((c: { category: string }) => c.category)).toEqual(['authenticity']);

      const openEnded = await outcomes('?from=2026-03-04');
      expect(openEnded.body.overall).toMatchObject({ decided: 1, reinstated: 1 });
      expect((await outcomes('?to=2026-03-01')).body.overall).toMatchObject({ decided: 0, reinstatementRate: null });
    });

    it('shows a consultant the shared figures and only its own consultant row', async () => {
      const res = await outcomes('', k2);
      expect(res.status).toBe(200);
      expect(res.body.overall.decided).toBe(4);
      expect(res.body.byCategory).toHaveLength(3);
      expect(res.body.byConsultant.map((r: { membershipId: string }) => r.membershipId)).toEqual([k2.membershipId]);
    });

    it('is for staff only, and never shows another tenant\'s figures', async () => {
      const client = await outcomes('', seller.user);
      expect(client.status).toBe(403);
      expect(client.body.error.code).toBe('FORBIDDEN_ROLE');
      expect((await outcomes('', foreignClient.user)).status).toBe(403);
      const theirs = await outcomes('', foreign);
      expect(theirs.status).toBe(200);
      expect(theirs.body.overall).toMatchObject({ decided: 0, reinstated: 0, timeToFirstDraft: { cases: 0, withoutDraft: 0 } });
      expect(theirs.body.byCategory).toEqual([]);
      expect(theirs.body.byConsultant).toEqual([]);
      expect((await api.get('/api/v1/reports/outcomes')).status).toBe(401);
    });

    it('refuses a bad period with a coded 400', async () => {
      const cases: [string, string][] = [
        ['?from=2026-02-30', 'INVALID_PERIOD'],
        ['?from=2026-04-01&to=2026-03-31', 'INVALID_PERIOD'],
        ['?from=2000-01-01&to=2026-01-01', 'INVALID_PERIOD'],
        ['?from=yesterday', 'VALIDATION_FAILED'],
        ['?to=2026-03-31T00:00:00Z', 'VALIDATION_FAILED'],
        [`?from=${encodeURIComponent("2026-01-01'; DROP TABLE cases; --")}`, 'VALIDATION_FAILED'],
      ];
      for (const [q, code] of cases) {
        const res = await outcomes(q);
        expect({ q, status: res.status, code: res.body.error?.code }).toEqual({ q, status: 400, code });
      }
    });

    it('aggregates in PostgreSQL: the repository answers one row per group, not per case', async () => {
      const repo = api.app.get(ReportRepository);
      const rows = await api.app.get(TenantDb).run({ tenantId: admin.tenantId }, () => repo.outcomes(admin.tenantId, { from: null, to: null }));
      // overall + 3 categories + 2 consultants
      expect(rows).toHaveLength(6);
    });
  });
});
