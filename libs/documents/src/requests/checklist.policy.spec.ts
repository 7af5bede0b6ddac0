import { DEFAULT_CHECKLISTS } from '../checklists/default-checklists';
import { checklistFor } from './checklist.policy';

describe('checklistFor', () => {
  it('merges categories without repeating an item', () => {
    const items = checklistFor(['authenticity', 'ip_complaint'], new Map(), []);
    const keys = items.map((i) => `${i.kind}|${i.title.ja}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.length).toBeGreaterThanOrEqual(DEFAULT_CHECKLISTS.authenticity.length);
  });

  it('prefers the tenant template and skips what the case already has', () => {
    const own = [{ kind: 'invoice' as const, title: { ja: '請求書', en: 'Invoices' }, description: { ja: '', en: '' } }];
    expect(checklistFor(['authenticity'], new Map([['authenticity', own]]), [])).toEqual(own);
    expect(checklistFor(['authenticity'], new Map([['authenticity', own]]), [{ kind: 'invoice', title: '請求書', status: 'open' }])).toEqual([]);
    expect(checklistFor(['authenticity'], new Map([['authenticity', own]]), [{ kind: 'invoice', title: '請求書', status: 'cancelled' }])).toEqual(own);
  });
});
