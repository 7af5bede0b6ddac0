/**
 * Defaults for running on a developer's machine (PostgreSQL with trust auth, Redis on
 * localhost). Production sets every variable itself; these never apply when NODE_ENV=production.
 */
export const LOCAL_DEFAULTS: Record<string, string> = {
  NODE_ENV: 'development',
  DATABASE_ADMIN_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  DATABASE_URL: 'postgres://reinstate_app@127.0.0.1:5432/reinstate',
  DATABASE_OWNER_URL: 'postgres://reinstate_owner@127.0.0.1:5432/reinstate',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'local-development-secret-change-me-0123456789',
  HOST: '127.0.0.1',
  PORT: '3000',
  WORKER_PORT: '3001',
};

export function withLocalDefaults(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env.NODE_ENV === 'production') return env;
  const merged = { ...env };
  for (const [key, value] of Object.entries(LOCAL_DEFAULTS)) {
    if (merged[key] === undefined || merged[key] === '') merged[key] = value;
  }
  return merged;
}
