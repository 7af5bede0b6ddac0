import { sign, type SignOptions } from 'jsonwebtoken';
import type { AppConfig } from '@reinstate/platform';
import { AccessTokenVerifier } from './jwt.strategy';

const SECRET = 'unit-test-secret-that-is-long-enough-0123';
const ids = { sub: '01900000-0000-7000-8000-000000000001', tid: '01900000-0000-7000-8000-000000000002', mid: '01900000-0000-7000-8000-000000000003' };
const verifier = new AccessTokenVerifier({ JWT_SECRET: SECRET } as AppConfig);
/** A token as the app signs it; `opts` override the signing options, `claims` the payload. */
const token = (claims: Record<string, unknown> = {}, opts: Partial<SignOptions> = {}, secret = SECRET) => {
  const options: SignOptions = { algorithm: 'HS256', issuer: 'reinstate', audience: 'reinstate-api', ...opts };
  // An explicit exp in the claims stands for the expiry; otherwise one minute from now.
  return sign({ ...ids, role: 'consultant', ...('exp' in claims ? {} : { exp: Math.floor(Date.now() / 1000) + 60 }), ...claims }, secret, options);
};

describe('AccessTokenVerifier', () => {
  it('accepts a valid bearer token and reads the actor from it', () => {
    expect(verifier.actorOf(`Bearer ${token()}`)).toEqual({ userId: ids.sub, tenantId: ids.tid, membershipId: ids.mid, role: 'consultant' });
    expect(verifier.actorOf(`bearer ${token()}`)).not.toBeNull();
  });

  it.each<[string, () => string | undefined]>([
    ['no header', () => undefined],
    ['another scheme', () => `Basic ${token()}`],
    ['no scheme', () => token()],
    ['trailing garbage', () => `Bearer ${token()} x`],
    ['another secret', () => `Bearer ${token({}, {}, 'another-secret-that-is-long-enough-012345')}`],
    ['HS512', () => `Bearer ${token({}, { algorithm: 'HS512' })}`],
    ['unsigned (alg none)', () => `Bearer ${sign({ ...ids, role: 'admin' }, '', { algorithm: 'none', issuer: 'reinstate', audience: 'reinstate-api' })}`],
    ['another issuer', () => `Bearer ${token({}, { issuer: 'someone' })}`],
    ['another audience', () => `Bearer ${token({}, { audience: 'other' })}`],
    ['expired', () => `Bearer ${token({ exp: Math.floor(Date.now() / 1000) - 10 })}`],
    ['one without an expiry', () => `Bearer ${sign({ ...ids, role: 'consultant' }, SECRET, { algorithm: 'HS256', issuer: 'reinstate', audience: 'reinstate-api' })}`],
    ['an unknown role', () => `Bearer ${token({ role: 'owner' })}`],
    ['a tenant that is not a UUID', () => `Bearer ${token({ tid: "x' OR 1=1" })}`],
  ])('refuses %s', (_label, header) => {
    expect(verifier.actorOf(header())).toBeNull();
  });

  describe('remembering verified tokens', () => {
    afterEach(() => jest.useRealTimers());

    it('still refuses a remembered token once it has expired', () => {
      jest.useFakeTimers({ now: new Date('2026-12-07T00:00:00Z') });
      const exp = Math.floor(Date.now() / 1000) + 30;
      const header = `Bearer ${token({ exp })}`;
      const fresh = new AccessTokenVerifier({ JWT_SECRET: SECRET } as AppConfig);
      expect(fresh.actorOf(header)).not.toBeNull();
      jest.setSystemTime((exp - 1) * 1000);
      expect(fresh.actorOf(header)).not.toBeNull();
      jest.setSystemTime(exp * 1000);
      expect(fresh.actorOf(header)).toBeNull();
      expect(fresh.actorOf(header)).toBeNull();
    });

    it('answers a remembered token with the same frozen actor, and never remembers a refused one', () => {
      const fresh = new AccessTokenVerifier({ JWT_SECRET: SECRET } as AppConfig);
      const header = `Bearer ${token()}`;
      const first = fresh.actorOf(header);
      expect(fresh.actorOf(header)).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      const forged = `Bearer ${token({}, {}, 'another-secret-that-is-long-enough-012345')}`;
      expect(fresh.actorOf(forged)).toBeNull();
      expect(fresh.actorOf(forged)).toBeNull();
      // The same claims under the right signature are a different string: verified on their own.
      expect(fresh.actorOf(`Bearer ${token({ role: 'admin' })}`)).toMatchObject({ role: 'admin' });
    });

    it('keeps at most 10,000 tokens, the oldest going first', () => {
      const fresh = new AccessTokenVerifier({ JWT_SECRET: SECRET } as AppConfig);
      const exp = Math.floor(Date.now() / 1000) + 60;
      for (let i = 0; i < 10_005; i++) expect(fresh.actorOf(`Bearer ${token({ exp, n: i })}`)).not.toBeNull();
      expect((fresh as unknown as { verified: Map<string, unknown> }).verified.size).toBe(10_000);
    });
  });
});
