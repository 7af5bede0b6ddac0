import {
  DEFAULT_CHECKLISTS,
  DOCUMENT_KINDS,
  VIOLATION_CATEGORIES,
  defaultChecklist,
  mergeChecklists,
  type ChecklistItem,
  type ViolationCategory,
} from './default-checklists';

const kinds = (items: readonly ChecklistItem[]) => items.map((i) => i.kind);
const titles = (items: readonly ChecklistItem[]) => items.map((i) => i.title.en);

describe('DEFAULT_CHECKLISTS', () => {
  it('has a checklist for every violation category and nothing else', () => {
    expect(Object.keys(DEFAULT_CHECKLISTS).sort()).toEqual([...VIOLATION_CATEGORIES].sort());
  });

  it.each(VIOLATION_CATEGORIES)('%s: starts with the notice, items complete in both languages, no repeats', (category) => {
    const items = defaultChecklist(category);
    expect(items[0].kind).toBe('notice');
    for (const entry of items) {
      expect(DOCUMENT_KINDS).toContain(entry.kind);
      for (const text of [entry.title.ja, entry.title.en, entry.description.ja, entry.description.en]) expect(text.trim()).not.toBe('');
      expect(entry.title.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // Japanese really is Japanese
    }
    expect(new Set(titles(items)).size).toBe(items.length);
  });

  it('gives one description per kind+title across all categories (so merging loses nothing)', () => {
    const byKey = new Map<string, ChecklistItem>();
    for (const items of Object.values(DEFAULT_CHECKLISTS)) {
      for (const entry of items) {
        const key = `${entry.kind}|${entry.title.en}`;
        const earlier = byKey.get(key);
        if (earlier) expect(earlier).toEqual(entry);
        byKey.set(key, entry);
        expect([...byKey.values()].filter((e) => e.title.ja === entry.title.ja && e.kind === entry.kind)).toHaveLength(1);
      }
    }
  });

  it('cannot be changed by a caller', () => {
    const items = defaultChecklist('authenticity') as ChecklistItem[];
    expect(() => items.push(items[0])).toThrow(TypeError);
    expect(() => ((items[0] as { kind: string }).kind = 'other')).toThrow(TypeError);
  });

  it.each<[ViolationCategory, string[]]>([
    ['authenticity', ['notice', 'invoice', 'supplier_letter', 'letter_of_authorization']],
    ['ip_complaint', ['notice', 'correspondence', 'invoice', 'letter_of_authorization']],
    ['related_accounts', ['notice', 'identity', 'utility_bill']],
    ['account_security', ['notice', 'identity']],
    ['customer_service', ['notice', 'correspondence']],
  ])('%s asks for at least %j', (category, expected) => {
    expect(kinds(defaultChecklist(category))).toEqual(expect.arrayContaining(expected));
  });

  it('grounds the periods in DOMAIN.md: invoices 365 days, utility bills 90 days, late shipment 4 %', () => {
    const invoice = defaultChecklist('authenticity').find((i) => i.kind === 'invoice')!;
    expect(invoice.title.en).toContain('365 days');
    expect(invoice.description.ja).toContain('365日');
    const bill = defaultChecklist('related_accounts').find((i) => i.kind === 'utility_bill')!;
    expect(bill.title.en).toContain('90 days');
    expect(bill.title.ja).toContain('90日');
    expect(defaultChecklist('late_shipment').some((i) => i.description.en.includes('4 %'))).toBe(true);
    expect(defaultChecklist('late_shipment').some((i) => /carrier/i.test(i.title.en))).toBe(true);
  });

  it('refuses an unknown category', () => {
    expect(() => defaultChecklist('spam' as ViolationCategory)).toThrow(RangeError);
  });
});

describe('mergeChecklists', () => {
  it('returns nothing for no categories', () => {
    expect(mergeChecklists([])).toEqual([]);
  });

  it('is the category list itself for one category', () => {
    expect(mergeChecklists(['pricing'])).toEqual([...defaultChecklist('pricing')]);
  });

  it('lists shared items once, in order of first appearance', () => {
    const merged = mergeChecklists(['authenticity', 'ip_complaint']);
    expect(merged.filter((i) => i.kind === 'notice')).toHaveLength(1);
    expect(merged.filter((i) => i.kind === 'letter_of_authorization')).toHaveLength(1);
    expect(merged.filter((i) => i.title.en.startsWith('Supplier invoices'))).toHaveLength(1);
    expect(merged[0].kind).toBe('notice');
    expect(titles(merged).slice(0, defaultChecklist('authenticity').length)).toEqual(titles(defaultChecklist('authenticity')));
    // ip_complaint's own items follow.
    expect(titles(merged)).toContain('Correspondence with the rights owner (including any retraction)');
    expect(new Set(merged.map((i) => `${i.kind}|${i.title.en}`)).size).toBe(merged.length);
  });

  it('keeps items of the same kind with different titles', () => {
    const merged = mergeChecklists(['authenticity', 'pricing']);
    expect(merged.filter((i) => i.kind === 'invoice').map((i) => i.title.en)).toEqual([
      'Supplier invoices for the affected ASINs (last 365 days)',
      'Invoices showing your purchase cost',
    ]);
  });

  it('ignores a repeated category', () => {
    expect(mergeChecklists(['condition', 'condition'])).toEqual(mergeChecklists(['condition']));
  });

  it('merges every category without duplicates', () => {
    const merged = mergeChecklists(VIOLATION_CATEGORIES);
    expect(new Set(merged).size).toBe(merged.length);
    expect(merged.length).toBeLessThan(VIOLATION_CATEGORIES.reduce((n, c) => n + defaultChecklist(c).length, 0));
  });
});
