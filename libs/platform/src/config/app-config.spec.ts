import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://app@localhost/db',
  DATABASE_OWNER_URL: 'postgres://owner@localhost/db',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults and converts numbers and lists', () => {
    const c = loadConfig({ ...valid, PORT: '8080', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(c.PORT).toBe(8080);
    expect(c.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(c.BODY_LIMIT_BYTES).toBe(1024 * 1024);
    expect(c.QUEUE_PREFIX).toBe('{reinstate}');
  });

  it('names every missing or malformed variable, and hides the secret', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', JWT_SECRET: 'short-secret-value' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.message;
    for (const name of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'REDIS_URL', 'PORT', 'JWT_SECRET']) expect(text).toContain(name);
    expect(text).not.toContain('short-secret-value');
  });
});
