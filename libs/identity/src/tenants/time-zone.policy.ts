import { IdentityErrors } from '../identity.errors';

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));
ZONES.add('UTC');

export function isTimeZone(tz: string): boolean {
  return ZONES.has(tz);
}

export function assertTimeZone(tz: string): void {
  if (!isTimeZone(tz)) throw IdentityErrors.invalidTimeZone(tz);
}
