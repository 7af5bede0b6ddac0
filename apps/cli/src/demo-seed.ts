import type { INestApplicationContext } from '@nestjs/common';
import { AuthService, InvitationService } from '@reinstate/identity';
import { DomainError } from '@reinstate/platform';

export const DEMO = {
  tenantName: 'デモ改善コンサルティング (Demo Appeals Consulting)',
  password: 'demo-password-2026',
  admin: { email: 'admin@demo.reinstate.test', name: '管理 太郎 (Demo Admin)' },
  consultant: { email: 'consultant@demo.reinstate.test', name: '相談 花子 (Demo Consultant)' },
  client: { email: 'client@demo.reinstate.test', name: '出品 一郎 (Demo Seller)' },
};

/**
 * Seeds the demo consultancy through the real services (sign-up, invitation, acceptance), so
 * the demo data obeys every rule real data does. Idempotent: a second run changes nothing.
 */
export async function seedDemo(app: INestApplicationContext): Promise<'created' | 'exists'> {
  const auth = app.get(AuthService);
  const invitations = app.get(InvitationService);
  let admin;
  try {
    admin = await auth.signup({
      tenantName: DEMO.tenantName,
      displayName: DEMO.admin.name,
      email: DEMO.admin.email,
      password: DEMO.password,
      timeZone: 'Asia/Tokyo',
      locale: 'ja',
    });
  } catch (err) {
    if (err instanceof DomainError && err.code === 'EMAIL_TAKEN') return 'exists';
    throw err;
  }
  for (const [who, role] of [
    [DEMO.consultant, 'consultant'],
    [DEMO.client, 'client'],
  ] as const) {
    const invite = await invitations.create(admin.actor, { email: who.email, role });
    await invitations.accept({ token: invite.token, password: DEMO.password, displayName: who.name });
  }
  return 'created';
}
