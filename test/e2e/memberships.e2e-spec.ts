import { TestApi } from '../support/api';
import { connectAs } from '../support/db';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';

/** Wall-clock "YYYY-MM-DDTHH:mm" in Tokyo, offset by hours from now. */
function tokyo(offsetHours: number): string {
  const d = new Date(Date.now() + offsetHours * 3_600_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(d)
    .replace(' ', 'T');
}

describe('memberships, entitlements and emergency support', () => {
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;
  let onCall: SignedIn;
  let plans: { id: string; tier: string; emergencySupport: boolean }[];

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    consultant = await addMember(api, admin, 'consultant');
    onCall = await addMember(api, admin, 'consultant');
    plans = (await api.get('/api/v1/plans', admin.accessToken)).body;
  });
  afterAll(() => api.close());

  const full = () => plans.find((p) => p.tier === 'full')!;

  it('seeds a 14-day trial and a full membership for every new consultancy', () => {
    expect(plans).toEqual([
      expect.objectContaining({ tier: 'trial', termDays: 14, emergencySupport: false }),
      expect.objectContaining({ tier: 'full', emergencySupport: true, emergencyResponseMinutes: 60 }),
    ]);
  });

  it('trial → 403 ENTITLEMENT_REQUIRED; upgraded → lands with the on-call consultant, acknowledged; cancelled → refused again', async () => {
    const seller = await addClient(api, consultant, admin);
    const history = await api.get(`/api/v1/clients/${seller.clientId}/memberships`, seller.user.accessToken);
    expect(history.body).toEqual([expect.objectContaining({ status: 'active', plan: expect.objectContaining({ tier: 'trial' }) })]);

    const emergency = { newCase: { title: 'アカウント停止' }, description: '本日停止されました。至急お願いします。', callbackNumber: '090-1234-5678' };
    const refused = await api.post('/api/v1/emergencies', emergency, seller.user.accessToken);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'ENTITLEMENT_REQUIRED',
      details: [expect.objectContaining({ entitlement: 'emergency_support', grantedBy: [expect.objectContaining({ planId: full().id })] })],
    });

    // Consultants cannot change memberships; admins can.
    expect((await api.post(`/api/v1/clients/${seller.clientId}/memberships`, { planId: full().id }, consultant.accessToken)).status).toBe(403);
    const upgraded = await api.post(`/api/v1/clients/${seller.clientId}/memberships`, { planId: full().id }, admin.accessToken);
    expect(upgraded.status).toBe(201);
    expect(upgraded.body).toMatchObject({ status: 'active', endsAt: null });

    const shift = await api.post('/api/v1/on-call-shifts', { membershipId: onCall.membershipId, startsAt: tokyo(-1), endsAt: tokyo(8) }, admin.accessToken);
    expect(shift.status).toBe(201);

    const raised = await api.post('/api/v1/emergencies', emergency, seller.user.accessToken);
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ assignedMembershipId: onCall.membershipId, responseTargetMinutes: 60, acknowledgedAt: null });
    const c = await api.get(`/api/v1/cases/${raised.body.caseId}`, onCall.accessToken);
    expect(c.body.priority).toBe('critical');
    const inbox = await api.get('/api/v1/notifications', onCall.accessToken);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'emergency.raised', subjectId: raised.body.id });

    const open = await api.get('/api/v1/emergencies?open=true', admin.accessToken);
    expect(open.body.items.map((e: { id: string }) => e.id)).toContain(raised.body.id);
    const ack = await api.post(`/api/v1/emergencies/${raised.body.id}/acknowledge`, {}, onCall.accessToken);
    expect(ack.status).toBe(200);
    expect(ack.body.secondsToAcknowledge).toEqual(expect.any(Number));
    expect(ack.body.acknowledgedAt).not.toBeNull();
    expect((await api.post(`/api/v1/emergencies/${raised.body.id}/acknowledge`, {}, onCall.accessToken)).body.error.code).toBe('ALREADY_ACKNOWLEDGED');

    // Staff can raise on behalf of a full member, on an existing case.
    const onBehalf = await api.post('/api/v1/emergencies', { caseId: raised.body.caseId, description: 'Phone call', callbackNumber: '03-1111-2222' }, consultant.accessToken);
    expect(onBehalf.status).toBe(201);

    expect((await api.post(`/api/v1/clients/${seller.clientId}/memberships/cancel`, {}, admin.accessToken)).status).toBe(201);
    const again = await api.post('/api/v1/emergencies', emergency, seller.user.accessToken);
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('ENTITLEMENT_REQUIRED');

    const audit = await api.get(`/api/v1/audit-events?entityId=${seller.clientId}`, admin.accessToken);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['membership.trial_started', 'membership.upgraded', 'membership.cancelled']),
    );
  });

  it('refuses a trial-tier plan with emergency support', async () => {
    const res = await api.post('/api/v1/plans', { nameJa: '試用', nameEn: 'Trial+', tier: 'trial', termDays: 7, emergencySupport: true }, admin.accessToken);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('TRIAL_PLAN_CANNOT_HAVE_EMERGENCY_SUPPORT');
    const patch = await api.patch(`/api/v1/plans/${plans[0]!.id}`, { emergencySupport: true }, admin.accessToken);
    expect(patch.body.error.code).toBe('TRIAL_PLAN_CANNOT_HAVE_EMERGENCY_SUPPORT');
    const noLength = await api.post('/api/v1/plans', { nameJa: '試用', nameEn: 'Trial', tier: 'trial' }, admin.accessToken);
    expect(noLength.body.error.code).toBe('TRIAL_LENGTH_REQUIRED');
  });

  it('never leaves two active memberships after concurrent upgrades', async () => {
    const seller = await addClient(api, admin, admin);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api.post(`/api/v1/clients/${seller.clientId}/memberships`, { planId: full().id }, admin.accessToken)),
    );
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const su = await connectAs('super');
    try {
      const active = await su.query(`SELECT count(*)::int AS n FROM client_memberships WHERE client_id = $1 AND status = 'active'`, [seller.clientId]);
      expect(active.rows[0].n).toBe(1);
    } finally {
      await su.end();
    }
  });

  it('reads a trial past its end as expired and grants nothing, though no job ran', async () => {
    const seller = await addClient(api, admin, admin);
    const su = await connectAs('super');
    try {
      // Time passes: the trial ended yesterday; the stored row still says active.
      await su.query(`UPDATE client_memberships SET starts_at = now() - interval '15 days', ends_at = now() - interval '1 day' WHERE client_id = $1`, [seller.clientId]);
    } finally {
      await su.end();
    }
    const history = await api.get(`/api/v1/clients/${seller.clientId}/memberships`, seller.user.accessToken);
    expect(history.body[0].status).toBe('expired');
    const ent = await api.get(`/api/v1/clients/${seller.clientId}/entitlements`, seller.user.accessToken);
    expect(ent.body).toMatchObject({ emergencySupport: false, maxOpenCases: 0 });
    const intake = await api.post('/api/v1/cases', { title: 'x' }, seller.user.accessToken);
    expect(intake.status).toBe(403);
    expect(intake.body.error.details[0].entitlement).toBe('open_case');
    const expired = await api.get('/api/v1/memberships?status=expired&tier=trial', admin.accessToken);
    expect(expired.body.items.map((m: { clientId: string }) => m.clientId)).toContain(seller.clientId);
  });

  it('lists trials ending within a week', async () => {
    const seller = await addClient(api, admin, admin);
    const ending = await api.get('/api/v1/memberships?endingWithinDays=7', admin.accessToken);
    expect(ending.body.items.map((m: { clientId: string }) => m.clientId)).not.toContain(seller.clientId); // 14 days left
    const within = await api.get('/api/v1/memberships?endingWithinDays=15&tier=trial', admin.accessToken);
    expect(within.body.items.map((m: { clientId: string }) => m.clientId)).toContain(seller.clientId);
  });

  it('lets a client read only its own memberships, never change them', async () => {
    const a: ClientWithUser = await addClient(api, admin, admin);
    const b: ClientWithUser = await addClient(api, admin, admin);
    expect((await api.get(`/api/v1/clients/${b.clientId}/memberships`, a.user.accessToken)).status).toBe(404);
    expect((await api.post(`/api/v1/clients/${a.clientId}/memberships`, { planId: full().id }, a.user.accessToken)).status).toBe(403);
    expect((await api.get('/api/v1/memberships', a.user.accessToken)).status).toBe(403);
    expect((await api.post('/api/v1/on-call-shifts', { membershipId: consultant.membershipId, startsAt: tokyo(0), endsAt: tokyo(1) }, consultant.accessToken)).status).toBe(403);
  });
});
