import { exited, freePort, startBuiltApi, type BuiltApi } from '../support/built-api';
import { until } from '../support/wait';

/**
 * What the built API logs at LOG_LEVEL=info: one JSON line per answered request, carrying the
 * caller's request id, by level of status, /health left out, credentials never written.
 */
describe('access log', () => {
  let api: BuiltApi;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    api = startBuiltApi(port, { LOG_LEVEL: 'info' });
    await until(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status === 200, 60_000, 'the api');
  }, 90_000);

  afterAll(async () => {
    api.kill('SIGTERM');
    await exited(api);
  });

  const completed = () =>
    api.lines
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; reqId?: string; method?: string; url?: string; statusCode?: number; responseTime?: number; service?: string })
      .filter((l) => l.msg === 'request completed');

  it('writes one line per request with its id, method, URL, status and time; warn for 4xx; /health left out', async () => {
    await fetch(`http://127.0.0.1:${port}/health`);
    const refused = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { 'x-request-id': 'trace-log-1', authorization: 'Bearer not.a.token-secret' } });
    expect(refused.status).toBe(401);
    const docs = await fetch(`http://127.0.0.1:${port}/api/docs-json`, { headers: { 'x-request-id': 'trace-log-2' } });
    expect(docs.status).toBe(200);

    const lines = await until(async () => (completed().length >= 2 ? completed() : null), 10_000, 'two access lines');
    expect(lines.map((l) => l.reqId)).toEqual(['trace-log-1', 'trace-log-2']);
    expect(lines[0]).toMatchObject({ level: 40, service: 'api', reqId: 'trace-log-1', method: 'GET', url: '/api/v1/me', statusCode: 401 });
    expect(lines[1]).toMatchObject({ level: 30, url: '/api/docs-json', statusCode: 200 });
    expect(typeof lines[1]!.responseTime).toBe('number');
    expect(api.lines.join('\n')).not.toContain('not.a.token-secret');
  });
});
