import { randomUUID } from 'node:crypto';
import type { TestApi } from './api';

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export interface SignedIn {
  email: string;
  accessToken: string;
  refreshToken: string;
  tenantId: string;
  membershipId: string;
  userId: string;
}

function claims(token: string): { sub: string; tid: string; mid: string; role: string } {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

function signedIn(email: string, tokens: { accessToken: string; refreshToken: string }): SignedIn {
  const c = claims(tokens.accessToken);
  return { email, ...tokens, tenantId: c.tid, membershipId: c.mid, userId: c.sub };
}

/** A new consultancy and its admin, through the public sign-up. */
export async function signupTenant(api: TestApi, name = 'Test Consultancy'): Promise<SignedIn> {
  const email = uniqueEmail('admin');
  const res = await api.post('/api/v1/auth/signup', { tenantName: name, displayName: 'Admin', email, password: PASSWORD });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return signedIn(email, res.body);
}

/** Invites and accepts a member of the admin's tenant with the given role. */
export async function addMember(api: TestApi, admin: SignedIn, role: 'admin' | 'consultant' | 'client'): Promise<SignedIn> {
  const email = uniqueEmail(role);
  const inv = await api.post('/api/v1/invitations', { email, role }, admin.accessToken);
  if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const acc = await api.post('/api/v1/auth/accept-invitation', { token: inv.body.token, password: PASSWORD, displayName: role });
  if (acc.status !== 200) throw new Error(`accept failed: ${acc.status} ${JSON.stringify(acc.body)}`);
  return signedIn(email, acc.body);
}

export interface ClientWithUser {
  clientId: string;
  user: SignedIn;
}

/** A seller account with one client user (invited through the client, then accepted). */
export async function addClient(api: TestApi, staff: SignedIn, admin: SignedIn, fields: Record<string, unknown> = {}): Promise<ClientWithUser> {
  const created = await api.post('/api/v1/clients', { companyName: '株式会社テスト物販', ...fields }, staff.accessToken);
  if (created.status !== 201) throw new Error(`client failed: ${created.status} ${JSON.stringify(created.body)}`);
  const email = uniqueEmail('seller');
  const inv = await api.post(`/api/v1/clients/${created.body.id}/invitations`, { email }, admin.accessToken);
  if (inv.status !== 201) throw new Error(`client invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const acc = await api.post('/api/v1/auth/accept-invitation', { token: inv.body.token, password: PASSWORD, displayName: '出品者' });
  return { clientId: created.body.id, user: signedIn(email, acc.body) };
}
