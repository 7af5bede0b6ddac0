import type { Client } from 'pg';
import { pdf } from '../../libs/documents/src/uploads/sample-files.fixture-spec';
import type { TestApi } from './api';
import type { ClientWithUser, SignedIn } from './fixtures';
import { JA_SUSPENSION_NOTICE } from './notices';

/**
 * Puts rows into every tenant table through the API, so the isolation test has something of
 * each tenant to hide. A new tenant table needs a line here (the test says which is empty).
 */
export async function tenantFixture(api: TestApi, admin: SignedIn, seller: ClientWithUser, su: Client): Promise<void> {
  const opened = await api.post('/api/v1/cases', { notice: { text: JA_SUSPENSION_NOTICE } }, seller.user.accessToken);
  const caseId = opened.body.case.id;
  await api.post(`/api/v1/cases/${caseId}/notices/${opened.body.notice.id}/confirm`, {}, admin.accessToken);
  await api.post(
    `/api/v1/cases/${caseId}/contacts`,
    { department: 'account_health_support', channel: 'phone', direction: 'inbound', occurredAt: '2026-11-20T00:00:00Z', summary: 'Call-back' },
    admin.accessToken,
  );
  await planOfActionFixture(api, admin, caseId);
  const doc = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'invoice' }, { name: 'i.pdf', content: pdf(7) });
  await api.get(`/api/v1/documents/${doc.body.id}/download`, admin.accessToken);
  const full = (await api.get('/api/v1/plans', admin.accessToken)).body[1].id;
  await api.post(`/api/v1/clients/${seller.clientId}/memberships`, { planId: full }, admin.accessToken);
  await api.post('/api/v1/on-call-shifts', { membershipId: admin.membershipId, startsAt: '2030-01-01T09:00', endsAt: '2030-01-01T18:00' }, admin.accessToken);
  await api.post('/api/v1/emergencies', { caseId, description: 'Help', callbackNumber: '090-0000-0000' }, seller.user.accessToken);
  await api.request('PUT', '/api/v1/reminder-settings', {
    token: admin.accessToken,
    body: { deadlineOffsetsHours: [48], businessDays: [1, 2, 3, 4, 5], businessStart: '09:00', businessEnd: '18:00' },
  });
  await api.request('PUT', `/api/v1/members/${admin.membershipId}/consultant-profile`, {
    token: admin.accessToken,
    body: { languages: ['ja', 'en'], categories: ['pricing'], away: false },
  });
  await api.request('PUT', '/api/v1/me/notification-preferences', { token: admin.accessToken, body: { emailOptOuts: ['trial.ending'] } });
  // A delivery record needs the worker; record one for an existing reminder directly.
  await su.query(
    `INSERT INTO reminder_deliveries (tenant_id, reminder_id, channel, delivered_at)
     SELECT tenant_id, id, 'in_app', now() FROM reminders WHERE tenant_id = $1 LIMIT 1`,
    [admin.tenantId],
  );
  // Service clock: settings of its own; pauses come from the checklist proposed on confirming the notice.
  await api.request('PUT', '/api/v1/service-clock-settings', {
    token: admin.accessToken,
    body: {
      weekdays: { mon: { start: '09:00', end: '17:00' }, tue: { start: '09:00', end: '17:00' }, wed: null, thu: null, fri: null, sat: null, sun: null },
      holidays: ['2026-12-31'],
      targets: { low: 600, normal: 300, high: 120, critical: 30 },
    },
  });
  await api.request('PUT', '/api/v1/checklist-templates/pricing', {
    token: admin.accessToken,
    body: { items: [{ kind: 'invoice', title: { ja: '請求書', en: 'Invoices' }, description: { ja: '', en: '' } }] },
  });
}

/** A plan with a revision, a thread, a review request and a submitted round (admin override), plus settings. */
async function planOfActionFixture(api: TestApi, admin: SignedIn, caseId: string): Promise<void> {
  const poa = `/api/v1/cases/${caseId}/plan-of-action`;
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  for (const to of ['triage', 'drafting']) ok(await api.post(`/api/v1/cases/${caseId}/transitions`, { to }, admin.accessToken), to);
  ok(await api.post(poa, { language: 'ja' }, admin.accessToken), 'plan');
  ok(await api.post(`${poa}/revisions`, { version: 1, sections: [{ id: 'summary', kind: 'summary', body: '概要です。' }] }, admin.accessToken), 'revision');
  ok(await api.post(`${poa}/threads`, { revision: 2, sectionId: 'summary', start: 0, end: 2, body: '具体的に。', visibility: 'internal' }, admin.accessToken), 'thread');
  ok(await api.post(`${poa}/reviews`, { revision: 2 }, admin.accessToken), 'review');
  ok(await api.post(`${poa}/rounds`, { revision: 2, approvalOverrideReason: 'fixture', checkOverrideReason: 'fixture' }, admin.accessToken), 'round');
  ok(await api.post('/api/v1/plan-templates', { name: 'Fixture', language: 'ja', sections: [{ id: 'summary', kind: 'summary', body: '' }] }, admin.accessToken), 'template');
  ok(await api.request('PUT', '/api/v1/plan-check-rules', { token: admin.accessToken, body: { rules: [{ ruleId: 'readability.no_bullets', severity: 'hint' }] } }), 'rules');
}
