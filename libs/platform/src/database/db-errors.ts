/** True when a query failed on a unique constraint (optionally a named one). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const driver = (err as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driver?.code === '23505' && (constraint === undefined || driver.constraint === constraint);
}
