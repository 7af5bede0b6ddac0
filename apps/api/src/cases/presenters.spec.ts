import type { Case } from '@reinstate/cases';
import type { Actor } from '@reinstate/platform';
import { presentCase, presentCaseSummary } from './presenters';

/** Every field the entity has (the type makes this literal complete), so new columns are decided on. */
const c: Case = Object.assign(Object.create(null), {
  tenantId: 't',
  id: 'id',
  number: 7,
  clientId: 'client',
  title: 'title',
  description: null,
  internalNote: 'staff only',
  marketplace: 'amazon.co.jp',
  severity: 'suspension',
  categories: ['authenticity'],
  senderDepartment: null,
  asins: [],
  marketplaceDeadline: new Date('2026-12-01T00:00:00Z'),
  unsuccessfulAppeals: 1,
  appealLimit: 2,
  accountHealthRating: null,
  orderDefectRate: 1.5,
  cancellationRate: null,
  lateShipmentRate: null,
  validTrackingRate: null,
  status: 'drafting',
  closeReason: null,
  priority: 'normal',
  leadMembershipId: 'lead',
  openedBy: 'opener',
  openedVia: 'staff',
  intakeConfirmedAt: null,
  intakeConfirmedBy: null,
  serviceStartedAt: new Date('2026-11-20T00:00:00Z'),
  serviceTargetMinutes: 480,
  serviceDueAt: new Date('2026-11-21T00:00:00Z'),
  serviceBreachedAt: null,
  waitingOnClient: false,
  nextDueAt: new Date('2026-11-21T00:00:00Z'),
  createdAt: new Date('2026-11-19T00:00:00Z'),
  updatedAt: new Date('2026-11-19T00:00:00Z'),
  version: 3,
} satisfies Record<keyof Case, unknown>);

const actor = (role: Actor['role']): Actor => ({ userId: 'u', tenantId: 't', membershipId: 'm', role });
const now = new Date('2026-11-22T00:00:00Z');

describe('presentCase', () => {
  it('shows staff every field but the internal bookkeeping, with both clocks', () => {
    const dto = presentCase(c, actor('consultant'), now);
    expect(Object.keys(dto).sort()).toEqual(
      [
        ...['id', 'number', 'clientId', 'title', 'description', 'internalNote', 'marketplace', 'severity', 'categories', 'senderDepartment', 'asins'],
        ...['marketplaceDeadline', 'unsuccessfulAppeals', 'appealLimit', 'accountHealthRating', 'orderDefectRate', 'cancellationRate', 'lateShipmentRate'],
        ...['validTrackingRate', 'status', 'closeReason', 'priority', 'leadMembershipId', 'openedVia', 'waitingOnClient', 'version', 'createdAt', 'updatedAt'],
        ...['healthFlags', 'intakeConfirmed', 'marketplaceClock', 'serviceClock', 'nextDueAt'],
      ].sort(),
    );
    expect(dto.serviceClock).toMatchObject({ state: 'running', breached: true, dueAt: '2026-11-21T00:00:00.000Z' });
    expect(dto.marketplaceClock).toEqual({ deadline: '2026-12-01T00:00:00.000Z', overdue: false, unsuccessfulAppeals: 1, appealLimit: 2, appealsLeft: 1 });
  });

  it('keeps the internal note, the service clock and the nearer due time from client users', () => {
    const dto = presentCase(c, actor('client'), now);
    for (const key of ['internalNote', 'serviceClock', 'nextDueAt', 'tenantId', 'openedBy', 'intakeConfirmedBy', 'serviceDueAt']) expect(dto).not.toHaveProperty(key);
    expect(dto.waitingOnClient).toBe(false);
  });
});

describe('presentCaseSummary', () => {
  it('shows what a list shows: no notes, ASINs or account-health figures; both clocks for staff', () => {
    const dto = presentCaseSummary(c, actor('consultant'), now);
    expect(Object.keys(dto).sort()).toEqual(
      [
        ...['id', 'number', 'clientId', 'title', 'marketplace', 'severity', 'categories', 'marketplaceDeadline', 'status', 'closeReason', 'priority'],
        ...['leadMembershipId', 'intakeConfirmed', 'marketplaceClock', 'serviceClock', 'waitingOnClient', 'nextDueAt', 'version', 'createdAt', 'updatedAt'],
      ].sort(),
    );
    expect(dto.marketplaceClock).toEqual({ deadline: '2026-12-01T00:00:00.000Z', overdue: false, unsuccessfulAppeals: 1, appealLimit: 2, appealsLeft: 1 });
    expect(dto.serviceClock).toMatchObject({ state: 'running', breached: true });
  });

  it('is the detail\'s fields, fewer: the same values where both have them', () => {
    const summary = presentCaseSummary(c, actor('consultant'), now);
    const detail = presentCase(c, actor('consultant'), now);
    for (const [k, v] of Object.entries(summary)) expect(detail[k as keyof typeof detail]).toEqual(v);
  });

  it('keeps the service clock and the nearer due time from client users', () => {
    const dto = presentCaseSummary(c, actor('client'), now);
    for (const key of ['serviceClock', 'nextDueAt', 'internalNote']) expect(dto).not.toHaveProperty(key);
  });
});
