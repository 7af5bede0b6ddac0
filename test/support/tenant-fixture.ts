import type { Client } from 'pg';
import type { TestApi } from './api';
import type { ClientWithUser, SignedIn } from './fixtures';

/**
 * Puts rows into every tenant table through the API, so the isolation test has something of
 * each tenant to hide. A new tenant table needs a line here (the test says which is empty).
 */
export async function tenantFixture(_api: TestApi, admin: SignedIn, _seller: ClientWithUser, su: Client): Promise<void> {
  // No endpoint creates notifications yet (document uploads will): write one directly.
  await su.query(
    `INSERT INTO notifications (tenant_id, id, recipient_membership_id, kind, subject_type, created_at)
     VALUES ($1, gen_random_uuid(), $2, 'fixture', 'tenant', now())`,
    [admin.tenantId, admin.membershipId],
  );
}
