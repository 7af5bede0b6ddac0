import { TestApi, type Res } from '../support/api';
import { PASSWORD, addMember, signupTenant, uniqueEmail, type SignedIn } from '../support/fixtures';

interface WriteEndpoint {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI path, e.g. /api/v1/members/{id} */
  path: string;
  auth: boolean;
  /** A valid body; its string fields get the hostile values. */
  body?: () => Record<string, unknown>;
  /** Values for the path's {placeholders}. */
  params?: () => Record<string, string>;
  /** multipart/form-data, not JSON: only the path checks apply here (documents.e2e-spec covers its fields). */
  multipart?: boolean;
}

const MB = 1_000_000;
const FRAGMENTS = [
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '\u0000nul',
  '../../etc/passwd',
];
const BAD_UUIDS = ['not-a-uuid', '1', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g', 'x'.repeat(300)];

/** Values of the wrong JSON type for a field, given a valid value. */
function wrongTypesFor(valid: unknown): unknown[] {
  const all: unknown[] = [12345, { nested: true }, ['list'], true, 'text'];
  return all.filter((w) => typeof w !== typeof valid || Array.isArray(w) !== Array.isArray(valid));
}

function expectClientError(res: Res, label: string): void {
  expect({ label, status: res.status, below500: res.status < 500 }).toEqual({ label, status: res.status, below500: true });
  if (res.status >= 400) {
    expect({ label, code: typeof res.body?.error?.code }).toEqual({ label, code: 'string' });
    expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(js|ts):\d+/); // never a stack trace
  }
}

describe('bad input on every write endpoint gets a coded 4xx, never a 500', () => {
  let api: TestApi;
  let admin: SignedIn;
  let client: SignedIn;
  let invitationId: string;
  let clientId: string;
  let caseId: string;
  let noticeId: string;
  let requestId: string;
  let planId: string;
  let emergencyId: string;
  let shiftId: string;
  let planCaseId: string;
  let threadId: string;
  let reviewId: string;
  let templateId: string;
  let endpoints: WriteEndpoint[];

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    client = await addMember(api, admin, 'client');
    invitationId = (await api.post('/api/v1/invitations', { email: uniqueEmail('i'), role: 'client' }, admin.accessToken)).body.invitation.id;
    clientId = (await api.post('/api/v1/clients', { companyName: 'Bad Input K.K.' }, admin.accessToken)).body.id;
    const opened = await api.post('/api/v1/cases', { clientId, title: 'Bad input', notice: { text: 'Notice' } }, admin.accessToken);
    caseId = opened.body.case.id;
    noticeId = opened.body.notice.id;
    planId = (await api.get('/api/v1/plans', admin.accessToken)).body[1].id;
    shiftId = (await api.post('/api/v1/on-call-shifts', { membershipId: admin.membershipId, startsAt: '2030-01-01T09:00', endsAt: '2030-01-01T18:00' }, admin.accessToken)).body.id;
    await api.post(`/api/v1/clients/${clientId}/memberships`, { planId }, admin.accessToken);
    emergencyId = (await api.post('/api/v1/emergencies', { caseId, description: 'x', callbackNumber: '090-0000-0000' }, admin.accessToken)).body.id;
    requestId = (await api.post(`/api/v1/cases/${caseId}/document-requests`, { kind: 'invoice', title: 'x' }, admin.accessToken)).body.id;
    // A case with a plan of action, a thread with a suggestion and a pending client review.
    planCaseId = (await api.post('/api/v1/cases', { clientId, title: 'Plan' }, admin.accessToken)).body.case.id;
    for (const to of ['triage', 'drafting']) await api.post(`/api/v1/cases/${planCaseId}/transitions`, { to }, admin.accessToken);
    await api.post(`/api/v1/cases/${planCaseId}/plan-of-action`, { language: 'ja' }, admin.accessToken);
    const poa = `/api/v1/cases/${planCaseId}/plan-of-action`;
    await api.post(`${poa}/revisions`, { version: 1, sections: [{ id: 'summary', kind: 'summary', body: '概要です。' }] }, admin.accessToken);
    threadId = (await api.post(`${poa}/threads`, { revision: 2, sectionId: 'summary', start: 0, end: 2, body: 'x', visibility: 'internal', suggestion: '要旨' }, admin.accessToken)).body.id;
    reviewId = (await api.post(`${poa}/reviews`, { revision: 2 }, admin.accessToken)).body.id;
    templateId = (await api.post('/api/v1/plan-templates', { name: 'Base', language: 'ja', sections: [{ id: 'summary', kind: 'summary', body: '' }] }, admin.accessToken)).body.id;
    const section = () => [{ id: 'summary', kind: 'summary', title: 'T', body: 'B', rootCause: { when: 'W' }, documentIds: [] }];
    const onPlan = () => ({ id: planCaseId });
    const onThread = () => ({ id: planCaseId, threadId });
    endpoints = [
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action', auth: true, body: () => ({ language: 'ja', templateId }), params: () => ({ id: caseId }) },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/revisions', auth: true, body: () => ({ version: 2, sections: section(), note: 'N' }), params: onPlan },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/plan-of-action/threads',
        auth: true,
        body: () => ({ revision: 2, sectionId: 'summary', start: 0, end: 2, body: 'B', visibility: 'shared', suggestion: 'S' }),
        params: onPlan,
      },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/threads/{threadId}/replies', auth: true, body: () => ({ body: 'B' }), params: onThread },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/threads/{threadId}/resolve', auth: true, params: onThread },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/threads/{threadId}/reopen', auth: true, params: onThread },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/threads/{threadId}/accept', auth: true, body: () => ({ version: 2 }), params: onThread },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/threads/{threadId}/reject', auth: true, params: onThread },
      { method: 'POST', path: '/api/v1/cases/{id}/plan-of-action/reviews', auth: true, body: () => ({ revision: 2, message: 'M' }), params: onPlan },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/plan-of-action/reviews/{reviewId}/decision',
        auth: true,
        body: () => ({ decision: 'approved', comment: 'C' }),
        params: () => ({ id: planCaseId, reviewId }),
      },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/plan-of-action/rounds',
        auth: true,
        body: () => ({ revision: 2, documentIds: [], approvalOverrideReason: 'A', checkOverrideReason: 'C' }),
        params: onPlan,
      },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/plan-of-action/rounds/{number}/reply',
        auth: true,
        body: () => ({ outcome: 'more_info_requested', text: 'T', receivedAt: '2026-11-20T00:00:00Z' }),
        params: () => ({ id: planCaseId, number: '1' }),
      },
      { method: 'POST', path: '/api/v1/plan-templates', auth: true, body: () => ({ name: `T${Math.random()}`, language: 'en', category: 'pricing', sections: section() }) },
      { method: 'PATCH', path: '/api/v1/plan-templates/{id}', auth: true, body: () => ({ version: 1, name: 'N', sections: section() }), params: () => ({ id: templateId }) },
      { method: 'DELETE', path: '/api/v1/plan-templates/{id}', auth: true, params: () => ({ id: templateId }) },
      { method: 'PUT', path: '/api/v1/plan-check-rules', auth: true, body: () => ({ rules: [{ ruleId: 'readability.no_bullets', severity: 'hint', enabled: true }] }) },
      { method: 'POST', path: '/api/v1/auth/signup', auth: false, body: () => ({ tenantName: 'T', displayName: 'D', email: uniqueEmail('s'), password: PASSWORD }) },
      { method: 'POST', path: '/api/v1/auth/login', auth: false, body: () => ({ email: admin.email, password: PASSWORD }) },
      { method: 'POST', path: '/api/v1/auth/refresh', auth: false, body: () => ({ refreshToken: 'rt_x' }) },
      { method: 'POST', path: '/api/v1/auth/logout', auth: true, body: () => ({ refreshToken: 'rt_x' }) },
      { method: 'POST', path: '/api/v1/auth/accept-invitation', auth: false, body: () => ({ token: 'y'.repeat(43), password: PASSWORD, displayName: 'N' }) },
      { method: 'POST', path: '/api/v1/invitations', auth: true, body: () => ({ email: uniqueEmail('b'), role: 'client' }) },
      { method: 'POST', path: '/api/v1/invitations/{id}/resend', auth: true, params: () => ({ id: invitationId }) },
      { method: 'DELETE', path: '/api/v1/invitations/{id}', auth: true, params: () => ({ id: invitationId }) },
      { method: 'PATCH', path: '/api/v1/members/{id}', auth: true, body: () => ({ role: 'client' }), params: () => ({ id: client.membershipId }) },
      { method: 'PATCH', path: '/api/v1/tenant', auth: true, body: () => ({ name: 'Renamed' }) },
      { method: 'POST', path: '/api/v1/clients', auth: true, body: () => ({ companyName: 'C', storeName: 'S', internalNote: 'N' }) },
      { method: 'PATCH', path: '/api/v1/clients/{id}', auth: true, body: () => ({ version: 1, storeName: 'S' }), params: () => ({ id: clientId }) },
      { method: 'POST', path: '/api/v1/clients/{id}/invitations', auth: true, body: () => ({ email: uniqueEmail('c') }), params: () => ({ id: clientId }) },
      { method: 'POST', path: '/api/v1/clients/{id}/users', auth: true, body: () => ({ membershipId: client.membershipId }), params: () => ({ id: clientId }) },
      {
        method: 'DELETE',
        path: '/api/v1/clients/{id}/users/{membershipId}',
        auth: true,
        params: () => ({ id: clientId, membershipId: client.membershipId }),
      },
      { method: 'POST', path: '/api/v1/notifications/read', auth: true, body: () => ({ ids: [invitationId] }) },
      {
        method: 'POST',
        path: '/api/v1/cases',
        auth: true,
        body: () => ({ clientId, title: 'T', description: 'D', severity: 'warning', categories: ['pricing'], asins: ['B0ABCDEFGH'], lateShipmentRate: 4.5 }),
      },
      { method: 'PATCH', path: '/api/v1/cases/{id}', auth: true, body: () => ({ version: 1, description: 'D', internalNote: 'N' }), params: () => ({ id: caseId }) },
      { method: 'POST', path: '/api/v1/cases/{id}/notices', auth: true, body: () => ({ text: 'Notice text' }), params: () => ({ id: caseId }) },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/notices/{noticeId}/confirm',
        auth: true,
        body: () => ({ severity: 'suspension', senderDepartment: 'other' }),
        params: () => ({ id: caseId, noticeId }),
      },
      { method: 'POST', path: '/api/v1/notices/preview', auth: true, body: () => ({ text: 'Notice text' }) },
      { method: 'POST', path: '/api/v1/cases/{id}/documents', auth: true, params: () => ({ id: caseId }), multipart: true },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/document-requests',
        auth: true,
        body: () => ({ kind: 'invoice', title: 'Invoices', description: 'D', dueOn: '2026-12-01' }),
        params: () => ({ id: caseId }),
      },
      { method: 'DELETE', path: '/api/v1/document-requests/{id}', auth: true, params: () => ({ id: requestId }) },
      { method: 'POST', path: '/api/v1/plans', auth: true, body: () => ({ nameJa: '会員', nameEn: 'Member', tier: 'full', termDays: 30, maxOpenCases: 3 }) },
      { method: 'PATCH', path: '/api/v1/plans/{id}', auth: true, body: () => ({ nameEn: 'Renamed', maxOpenCases: 4 }), params: () => ({ id: planId }) },
      { method: 'POST', path: '/api/v1/clients/{id}/memberships', auth: true, body: () => ({ planId }), params: () => ({ id: clientId }) },
      { method: 'POST', path: '/api/v1/clients/{id}/memberships/cancel', auth: true, params: () => ({ id: clientId }) },
      {
        method: 'POST',
        path: '/api/v1/emergencies',
        auth: true,
        body: () => ({ caseId, description: 'Help', callbackNumber: '090-1234-5678' }),
      },
      { method: 'POST', path: '/api/v1/emergencies/{id}/acknowledge', auth: true, params: () => ({ id: emergencyId }) },
      { method: 'POST', path: '/api/v1/on-call-shifts', auth: true, body: () => ({ membershipId: admin.membershipId, startsAt: '2030-02-01T09:00', endsAt: '2030-02-01T18:00' }) },
      { method: 'DELETE', path: '/api/v1/on-call-shifts/{id}', auth: true, params: () => ({ id: shiftId }) },
      { method: 'POST', path: '/api/v1/cases/{id}/transitions', auth: true, body: () => ({ to: 'triage' }), params: () => ({ id: caseId }) },
      {
        method: 'PUT',
        path: '/api/v1/reminder-settings',
        auth: true,
        body: () => ({ deadlineOffsetsHours: [72, 24], businessDays: [1, 2], businessStart: '09:00', businessEnd: '18:00' }),
      },
      {
        method: 'POST',
        path: '/api/v1/cases/{id}/contacts',
        auth: true,
        body: () => ({ department: 'account_health_support', channel: 'phone', direction: 'inbound', occurredAt: '2026-11-20T00:00:00Z', summary: 'S', counterpart: 'C' }),
        params: () => ({ id: caseId }),
      },
      { method: 'POST', path: '/api/v1/cases/{id}/assignment', auth: true, body: () => ({ leadMembershipId: admin.membershipId }), params: () => ({ id: caseId }) },
      {
        method: 'PUT',
        path: '/api/v1/members/{id}/consultant-profile',
        auth: true,
        body: () => ({ languages: ['ja'], categories: ['pricing'], away: false }),
        params: () => ({ id: admin.membershipId }),
      },
      { method: 'PUT', path: '/api/v1/me/notification-preferences', auth: true, body: () => ({ emailOptOuts: ['trial.ending'] }) },
      {
        method: 'PUT',
        path: '/api/v1/service-clock-settings',
        auth: true,
        body: () => ({
          weekdays: { mon: { start: '09:00', end: '18:00' }, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null },
          holidays: ['2026-11-23'],
          targets: { low: 1080, normal: 540, high: 240, critical: 60 },
          planTargets: { full: { normal: 300 } },
        }),
      },
      {
        method: 'PUT',
        path: '/api/v1/checklist-templates/{category}',
        auth: true,
        body: () => ({ items: [{ kind: 'invoice', title: { ja: 'T', en: 'T' }, description: { ja: 'D', en: 'D' } }] }),
      },
    ];
  });
  afterAll(() => api.close());

  /** The endpoint's URL; `bad` replaces every path parameter when given. */
  const url = (e: WriteEndpoint, bad?: string) =>
    e.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent((name === 'number' ? undefined : bad) ?? e.params?.()[name] ?? (name === 'category' ? 'pricing' : '')),
    );
  const send = (e: WriteEndpoint, opts: { body?: unknown; raw?: string; bad?: string }) =>
    api.request(e.method, url(e, opts.bad), { ...opts, token: e.auth ? admin.accessToken : undefined });

  it('covers every write endpoint the OpenAPI document lists', async () => {
    const doc = (await api.get('/api/docs-json')).body;
    const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'patch', 'put', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(endpoints.map((e) => `${e.method} ${e.path}`).sort()).toEqual(writes.sort());
  });

  it('answers malformed JSON with MALFORMED_JSON', async () => {
    for (const e of endpoints.filter((x) => !x.multipart)) {
      for (const raw of ['{"a":', '{bad json}', '{"__proto__":{"admin":true}}']) {
        const res = await send(e, { raw });
        expect({ e: e.path, status: res.status, code: res.body.error.code }).toEqual({ e: e.path, status: 400, code: 'MALFORMED_JSON' });
      }
    }
  });

  it('answers wrong types, unknown fields and non-object bodies with VALIDATION_FAILED', async () => {
    for (const e of endpoints.filter((x) => x.body)) {
      const valid = e.body!();
      for (const key of Object.keys(valid)) {
        for (const wrong of wrongTypesFor(valid[key])) {
          const res = await send(e, { body: { ...valid, [key]: wrong } });
          expect({ e: e.path, key, status: res.status, code: res.body.error.code }).toEqual({ e: e.path, key, status: 400, code: 'VALIDATION_FAILED' });
          expect(res.body.error.details.some((d: { field: string }) => d.field === key)).toBe(true);
        }
      }
      const extra = await send(e, { body: { ...valid, isAdmin: true } });
      expect(extra.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'isAdmin', issue: 'unknown_field' })] });
      for (const raw of ['[1,2]', '"text"', '42', 'null']) {
        const res = await send(e, { raw });
        expect({ e: e.path, raw, status: res.status }).toEqual({ e: e.path, raw, status: 400 });
      }
    }
  });

  it('answers 1 MB strings with VALIDATION_FAILED and bodies over the limit with 413', async () => {
    for (const e of endpoints.filter((x) => x.body)) {
      const valid = e.body!();
      for (const key of Object.keys(valid).filter((k) => typeof valid[k] === 'string')) {
        const res = await send(e, { body: { ...valid, [key]: 'x'.repeat(MB) } });
        expect({ e: e.path, key, status: res.status, code: res.body.error.code }).toEqual({ e: e.path, key, status: 400, code: 'VALIDATION_FAILED' });
      }
      const huge = await send(e, { body: { ...valid, pad: 'x'.repeat(2 * MB) } });
      expect({ e: e.path, status: huge.status, code: huge.body.error.code }).toEqual({ e: e.path, status: 413, code: 'PAYLOAD_TOO_LARGE' });
    }
    // Nested objects (checklist items) get the same treatment.
    const nested = await api.request('PUT', '/api/v1/checklist-templates/pricing', {
      token: admin.accessToken,
      body: { items: [{ kind: 'invoice', title: { ja: 12, en: 'x'.repeat(MB) }, description: { ja: 'D', en: 'D' }, extra: 1 }] },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['items.0.title.ja', 'items.0.title.en', 'items.0.extra']));
    const clock = await api.request('PUT', '/api/v1/service-clock-settings', {
      token: admin.accessToken,
      body: {
        weekdays: { mon: { start: 9, end: 'x'.repeat(MB) }, tue: 'closed', wed: null, thu: null, fri: null, sat: null, extra: null },
        holidays: ['tomorrow'],
        targets: { low: -1, normal: 1.5, high: '240', critical: 10_000_000 },
        planTargets: { gold: {} },
      },
    });
    expect(clock.status).toBe(400);
    expect(clock.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['weekdays.mon.start', 'weekdays.mon.end', 'weekdays.tue', 'weekdays.sun', 'weekdays.extra', 'holidays', 'targets.low', 'targets.normal', 'targets.high', 'targets.critical', 'planTargets.gold']),
    );
  });

  it('treats SQL and script fragments as plain data', async () => {
    for (const e of endpoints.filter((x) => x.body)) {
      const valid = e.body!();
      for (const key of Object.keys(valid).filter((k) => typeof valid[k] === 'string')) {
        for (const fragment of FRAGMENTS) {
          expectClientError(await send(e, { body: { ...valid, [key]: fragment } }), `${e.path} ${key}=${fragment}`);
        }
      }
    }
    // The database is intact and the admin can still sign in.
    const login = await api.post('/api/v1/auth/login', { email: admin.email, password: PASSWORD });
    expect(login.status).toBe(200);
  });

  it('answers invalid UUIDs in paths with INVALID_ID', async () => {
    for (const e of endpoints.filter((x) => x.params)) {
      for (const bad of BAD_UUIDS) {
        const res = await send(e, { bad, body: e.body?.() });
        expect({ e: e.path, bad, status: res.status, code: res.body.error.code }).toEqual({ e: e.path, bad, status: 400, code: 'INVALID_ID' });
      }
    }
    // Revision and round numbers: positive integers only.
    for (const bad of ['0', '-1', '1.5', 'abc', '9'.repeat(12)]) {
      const revision = await api.get(`/api/v1/cases/${planCaseId}/plan-of-action/revisions/${bad}`, admin.accessToken);
      const reply = await api.post(`/api/v1/cases/${planCaseId}/plan-of-action/rounds/${bad}/reply`, { outcome: 'reinstated', text: 'T' }, admin.accessToken);
      for (const res of [revision, reply]) expect({ bad, status: res.status, code: res.body.error.code }).toEqual({ bad, status: 400, code: 'INVALID_NUMBER' });
    }
  });

  it('answers bad query parameters on lists with VALIDATION_FAILED or INVALID_CURSOR', async () => {
    const planLists = [`/api/v1/cases/${planCaseId}/plan-of-action/revisions`, `/api/v1/cases/${planCaseId}/plan-of-action/threads`];
    for (const path of ['/api/v1/invitations', '/api/v1/members', '/api/v1/audit-events', '/api/v1/clients', '/api/v1/notifications', '/api/v1/cases', '/api/v1/memberships', '/api/v1/emergencies', ...planLists]) {
      for (const [query, code] of [
        ['limit=abc', 'VALIDATION_FAILED'],
        ['limit=0', 'VALIDATION_FAILED'],
        ['limit=100000', 'VALIDATION_FAILED'],
        ['cursor=%27%3B--', 'INVALID_CURSOR'],
        ['unknown=1', 'VALIDATION_FAILED'],
      ] as const) {
        const res = await api.get(`${path}?${query}`, admin.accessToken);
        expect({ path, query, status: res.status, code: res.body.error.code }).toEqual({ path, query, status: 400, code });
      }
    }
    const audit = await api.get('/api/v1/audit-events?from=yesterday&entityId=1', admin.accessToken);
    expect(audit.status).toBe(400);
  });

  it('answers unknown routes, wrong methods and non-JSON bodies in the envelope', async () => {
    const unknown = await api.get('/api/v1/does-not-exist', admin.accessToken);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ROUTE_NOT_FOUND');
    const form = await api.request('POST', '/api/v1/auth/login', { raw: 'email=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const tampered = await api.get('/api/v1/me', `${admin.accessToken.slice(0, -4)}AAAA`);
    expect(tampered.status).toBe(401);
    expect(tampered.body.error.code).toBe('UNAUTHENTICATED');
  });
});
