import { staticSecurityHeaders } from './security-headers';

describe('staticSecurityHeaders', () => {
  it('is what helmet sets: CSP from the options, HSTS, nosniff, frame and referrer policies', () => {
    const h = staticSecurityHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } } });
    expect(h['content-security-policy']).toMatch(/default-src 'self'/);
    expect(h['content-security-policy']).toMatch(/img-src 'self' data:/);
    expect(h['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(h).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer' });
    expect(Object.keys(h).every((k) => k === k.toLowerCase())).toBe(true);
  });

  it('leaves out what the options turn off', () => {
    const h = staticSecurityHeaders({ contentSecurityPolicy: false, strictTransportSecurity: false });
    expect(h['content-security-policy']).toBeUndefined();
    expect(h['strict-transport-security']).toBeUndefined();
    expect(h['x-content-type-options']).toBe('nosniff');
  });
});
