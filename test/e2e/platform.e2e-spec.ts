import { TestApi } from '../support/api';
import { isolatedPrefix } from '../support/config';
import { PASSWORD, signupTenant } from '../support/fixtures';

describe('platform behaviour over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ CORS_ORIGINS: 'https://portal.example.jp' });
  });
  afterAll(() => api.close());

  it('reports health of PostgreSQL and Redis', async () => {
    const res = await api.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('sends security headers and a request id', async () => {
    const res = await api.get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await api.request('GET', '/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(echoed.headers['x-request-id']).toBe('trace-123');
    const hostile = await api.request('GET', '/health', { headers: { 'x-request-id': 'bad id\r\nx: y' } });
    expect(hostile.headers['x-request-id']).not.toContain('bad');
  });

  it('allows CORS only from configured origins', async () => {
    const ok = await api.request('OPTIONS', '/api/v1/me', {
      headers: { origin: 'https://portal.example.jp', 'access-control-request-method': 'GET' },
    });
    expect(ok.headers['access-control-allow-origin']).toBe('https://portal.example.jp');
    const other = await api.request('OPTIONS', '/api/v1/me', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes OpenAPI for every route, each with its error responses in the envelope', async () => {
    const ui = await api.get('/api/docs');
    expect(ui.status).toBe(200);
    const doc = (await api.get('/api/docs-json')).body;
    const ops = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown }>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(ops.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/signup',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/refresh',
        'POST /api/v1/auth/logout',
        'POST /api/v1/auth/accept-invitation',
        'GET /api/v1/me',
        'GET /api/v1/tenant',
        'PATCH /api/v1/tenant',
        'GET /api/v1/invitations',
        'GET /api/v1/members',
        'GET /api/v1/audit-events',
        'GET /health',
      ]),
    );
    for (const { id, op } of ops.filter((o) => !o.id.endsWith('/health'))) {
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      expect({ id, documentsErrors: errors.length > 0 }).toEqual({ id, documentsErrors: true });
      for (const [, response] of errors) {
        expect(JSON.stringify(response)).toContain('ErrorEnvelopeDto');
      }
    }
    expect(doc.components.schemas.ErrorEnvelopeDto).toBeDefined();
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const limited = await TestApi.start({ AUTH_RATE_LIMIT_PER_MINUTE: '3', QUEUE_PREFIX: isolatedPrefix() });
    try {
      const admin = await signupTenant(limited); // 1
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        statuses.push((await limited.post('/api/v1/auth/login', { email: admin.email, password: PASSWORD })).status);
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      const blocked = await limited.post('/api/v1/auth/login', { email: admin.email, password: PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('RATE_LIMITED');
      expect(Object.keys(blocked.headers).some((h) => h.startsWith('retry-after'))).toBe(true);
      // Other routes are not limited by it.
      expect((await limited.get('/api/v1/me', admin.accessToken)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
