/** Fields whose values never go into the audit trail. */
const SECRET_KEYS = /password|token|secret|hash/i;
const MAX_STRING = 200;

/**
 * A small before/after summary: only the fields that changed, secrets masked and long
 * strings cut, so the audit row stays small and never leaks credentials.
 */
export function changeSummary(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { before?: Record<string, unknown>; after?: Record<string, unknown> } {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of keys) {
    const from = before?.[key];
    const to = after?.[key];
    if (before && after && JSON.stringify(from) === JSON.stringify(to)) continue;
    if (before && key in before) b[key] = safeValue(key, from);
    if (after && key in after) a[key] = safeValue(key, to);
  }
  return { ...(before ? { before: b } : {}), ...(after ? { after: a } : {}) };
}

function safeValue(key: string, value: unknown): unknown {
  if (SECRET_KEYS.test(key)) return '[redacted]';
  if (typeof value === 'string' && value.length > MAX_STRING) return `${value.slice(0, MAX_STRING)}…`;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** The named fields of a record, for the "before" side of an audit summary. */
export function pickFields(record: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (record as Record<string, unknown>)[k]]));
}
