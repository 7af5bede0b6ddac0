import type { INestApplicationContext } from '@nestjs/common';
import { CaseService } from '@reinstate/cases';
import { ClientService } from '@reinstate/clients';
import { AuthService, InvitationService } from '@reinstate/identity';
import { CommentService, PlanService } from '@reinstate/plans';
import { DEMO_NOTICE } from './demo-notice';
import { DEMO_PLAN_SECTIONS } from './demo-plan';
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
  const consultantInvite = await invitations.create(admin.actor, { email: DEMO.consultant.email, role: 'consultant' });
  const consultant = await invitations.accept({ token: consultantInvite.token, password: DEMO.password, displayName: DEMO.consultant.name });
  // A seller account whose user is the demo client, with a case opened from a pasted notice.
  const clients = app.get(ClientService);
  const seller = await clients.create(admin.actor, { companyName: 'デモ物販株式会社 (Demo Seller K.K.)', storeName: 'デモストア', usesFba: true });
  const clientInvite = await clients.inviteUser(admin.actor, seller.id, DEMO.client.email);
  const client = await invitations.accept({ token: clientInvite.token, password: DEMO.password, displayName: DEMO.client.name });
  const cases = app.get(CaseService);
  const { case: opened } = await cases.open(client.actor, { description: '突然アカウントが停止されました。', notice: { text: DEMO_NOTICE } });
  // A first draft of the plan of action with a reviewer's internal comment, to look around in.
  for (const to of ['triage', 'drafting'] as const) await cases.transition(admin.actor, opened.id, to);
  const plans = app.get(PlanService);
  await plans.create(consultant.actor, opened.id, { language: 'ja' });
  const { revision } = await plans.saveRevision(consultant.actor, opened.id, { version: 1, sections: DEMO_PLAN_SECTIONS, note: '初稿' });
  const body = revision.sections.find((s) => s.id === 'root-cause-1')!.body;
  const quote = '価格の安い卸業者';
  const start = body.indexOf(quote);
  await app.get(CommentService).open(admin.actor, opened.id, {
    revision: revision.number,
    sectionId: 'root-cause-1',
    start,
    end: start + quote.length,
    body: '卸業者の社名と、正規品でないと分かった経緯を具体的に書いてください。',
    visibility: 'internal',
    suggestion: '価格の安い卸業者（株式会社〇〇）',
  });
  return 'created';
}
