/** A date as the API writes it: ISO 8601 in UTC, or null. */
export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
