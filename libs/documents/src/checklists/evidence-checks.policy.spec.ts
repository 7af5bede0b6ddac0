import type { DocumentKind } from './default-checklists';
import {
  dayNumber,
  evidenceWarnings,
  looksLikeContact,
  type EvidenceDocument,
  type EvidenceWarningCode,
} from './evidence-checks.policy';

const CONTACT = { supplierName: '株式会社サンプル商事', supplierContact: '〒100-0001 東京都千代田区千代田1-1 / 03-1234-5678' };
const codes = (doc: EvidenceDocument, today: string) => evidenceWarnings(doc, today).map((w) => w.code);

describe('evidenceWarnings: document age', () => {
  it.each<[string, DocumentKind, string, string, EvidenceWarningCode[]]>([
    // kind, issuedOn, today: invoices may be 365 days old, not 366.
    ['invoice 365 days old (non-leap span)', 'invoice', '2022-05-13', '2023-05-13', []],
    ['invoice 366 days old (non-leap span)', 'invoice', '2022-05-12', '2023-05-13', ['INVOICE_TOO_OLD']],
    ['invoice 365 days old across 29 Feb', 'invoice', '2023-05-14', '2024-05-13', []],
    ['invoice one calendar year old across 29 Feb is 366 days', 'invoice', '2023-05-13', '2024-05-13', ['INVOICE_TOO_OLD']],
    ['today is 29 Feb: 365 days back', 'invoice', '2023-03-01', '2024-02-29', []],
    ['today is 29 Feb: 366 days back', 'invoice', '2023-02-28', '2024-02-29', ['INVOICE_TOO_OLD']],
    ['issued on 29 Feb, 365 days later', 'invoice', '2024-02-29', '2025-02-28', []],
    ['issued on 29 Feb, 366 days later', 'invoice', '2024-02-29', '2025-03-01', ['INVOICE_TOO_OLD']],
    ['across New Year, 365 days', 'invoice', '2024-01-02', '2025-01-01', []],
    ['across New Year, 366 days', 'invoice', '2024-01-01', '2025-01-01', ['INVOICE_TOO_OLD']],
    ['invoice issued today', 'invoice', '2024-05-13', '2024-05-13', []],
    ['receipt 365 days old', 'receipt', '2023-05-14', '2024-05-13', []],
    ['receipt 366 days old', 'receipt', '2023-05-13', '2024-05-13', ['INVOICE_TOO_OLD']],
    ['utility bill 90 days old (Feb of a leap year inside)', 'utility_bill', '2024-02-13', '2024-05-13', []],
    ['utility bill 91 days old', 'utility_bill', '2024-02-12', '2024-05-13', ['UTILITY_BILL_TOO_OLD']],
    ['utility bill 90 days old (non-leap)', 'utility_bill', '2023-02-12', '2023-05-13', []],
    ['utility bill 91 days old (non-leap)', 'utility_bill', '2023-02-11', '2023-05-13', ['UTILITY_BILL_TOO_OLD']],
    ['utility bill 200 days old is not "invoice too old"', 'utility_bill', '2023-10-26', '2024-05-13', ['UTILITY_BILL_TOO_OLD']],
    ['invoice 200 days old is fine', 'invoice', '2023-10-26', '2024-05-13', []],
    ['identity document of any age: no age rule', 'identity', '2015-01-01', '2024-05-13', []],
    ['supplier letter 3 years old: no age rule', 'supplier_letter', '2021-05-13', '2024-05-13', []],
    ['invoice issued tomorrow', 'invoice', '2024-05-14', '2024-05-13', ['ISSUED_IN_FUTURE']],
    ['utility bill issued next year', 'utility_bill', '2025-01-01', '2024-12-31', ['ISSUED_IN_FUTURE']],
    ['any kind dated in the future', 'notice', '2030-01-01', '2024-05-13', ['ISSUED_IN_FUTURE']],
    ['impossible date 2023-02-29', 'invoice', '2023-02-29', '2024-05-13', ['ISSUE_DATE_INVALID']],
    ['wrong format', 'invoice', '2024/05/01', '2024-05-13', ['ISSUE_DATE_INVALID']],
  ])('%s', (_label, kind, issuedOn, today, expected) => {
    expect(codes({ kind, issuedOn, ...CONTACT }, today)).toEqual(expected);
  });
});

describe('evidenceWarnings: missing issue date', () => {
  it.each<[DocumentKind, string | null | undefined, EvidenceWarningCode[]]>([
    ['invoice', null, ['ISSUE_DATE_MISSING']],
    ['invoice', undefined, ['ISSUE_DATE_MISSING']],
    ['invoice', '  ', ['ISSUE_DATE_MISSING']],
    ['receipt', null, ['ISSUE_DATE_MISSING']],
    ['utility_bill', null, ['ISSUE_DATE_MISSING']],
    ['supplier_letter', null, []],
    ['identity', null, []],
    ['correspondence', undefined, []],
    ['other', null, []],
  ])('%s with issuedOn %j', (kind, issuedOn, expected) => {
    expect(codes({ kind, issuedOn, ...CONTACT }, '2024-05-13')).toEqual(expected);
  });
});

describe('evidenceWarnings: supplier details', () => {
  it.each<[DocumentKind, string | null, string | null | undefined, EvidenceWarningCode[]]>([
    ['invoice', '株式会社サンプル商事', '03-1234-5678', []],
    ['invoice', '株式会社サンプル商事', null, ['SUPPLIER_CONTACT_MISSING']],
    ['invoice', '株式会社サンプル商事', undefined, ['SUPPLIER_CONTACT_MISSING']],
    ['invoice', '株式会社サンプル商事', 'なし', ['SUPPLIER_CONTACT_MISSING']],
    ['invoice', null, 'sales@example.co.jp', ['SUPPLIER_NAME_MISSING']],
    ['invoice', ' ', null, ['SUPPLIER_NAME_MISSING', 'SUPPLIER_CONTACT_MISSING']],
    ['supplier_letter', 'Shenzhen Sample Trading Co., Ltd.', '', ['SUPPLIER_CONTACT_MISSING']],
    ['supplier_letter', 'Shenzhen Sample Trading Co., Ltd.', 'https://sample-trading.example', []],
    // Receipts come from shops; the supplier checks are for invoices and supplier letters.
    ['receipt', null, null, []],
    ['utility_bill', null, null, []],
  ])('%s, name %j, contact %j', (kind, supplierName, supplierContact, expected) => {
    expect(codes({ kind, issuedOn: '2024-05-01', supplierName, supplierContact }, '2024-05-13')).toEqual(expected);
  });

  it('reports every problem of an old invoice with no supplier details at once', () => {
    expect(codes({ kind: 'invoice', issuedOn: '2022-01-01' }, '2024-05-13')).toEqual([
      'INVOICE_TOO_OLD',
      'SUPPLIER_NAME_MISSING',
      'SUPPLIER_CONTACT_MISSING',
    ]);
  });
});

describe('evidenceWarnings: messages and inputs', () => {
  it('gives every warning a message in Japanese and English', () => {
    const all = [
      ...evidenceWarnings({ kind: 'invoice', issuedOn: '2020-01-01' }, '2024-05-13'),
      ...evidenceWarnings({ kind: 'utility_bill', issuedOn: '2020-01-01' }, '2024-05-13'),
      ...evidenceWarnings({ kind: 'invoice', issuedOn: '2030-01-01' }, '2024-05-13'),
      ...evidenceWarnings({ kind: 'invoice' }, '2024-05-13'),
      ...evidenceWarnings({ kind: 'invoice', issuedOn: 'yesterday' }, '2024-05-13'),
    ];
    expect(new Set(all.map((w) => w.code)).size).toBe(7);
    for (const w of all) {
      expect(w.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(w.message.en).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(all.find((w) => w.code === 'INVOICE_TOO_OLD')!.message.ja).toContain('365日');
    expect(all.find((w) => w.code === 'UTILITY_BILL_TOO_OLD')!.message.en).toContain('90 days');
  });

  it('returns warnings a caller cannot corrupt for the next call', () => {
    const [first] = evidenceWarnings({ kind: 'invoice', issuedOn: '2020-01-01', ...CONTACT }, '2024-05-13');
    expect(() => ((first.message as { en: string }).en = 'changed')).toThrow(TypeError);
  });

  it.each(['', '2024-5-13', '2024-02-30', '13/05/2024'])('refuses a malformed today %j', (today) => {
    expect(() => evidenceWarnings({ kind: 'invoice', issuedOn: '2024-01-01' }, today)).toThrow(RangeError);
  });
});

describe('dayNumber', () => {
  it.each<[string, number | null]>([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19782],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-00-10', null],
    ['0099-01-01', null],
    ['2024-1-1', null],
  ])('%s → %s', (date, expected) => expect(dayNumber(date)).toBe(expected));
});

describe('looksLikeContact', () => {
  it.each<[string | null, boolean]>([
    ['sales@example.co.jp', true],
    ['https://www.example.com/contact', true],
    ['example.co.jp', true],
    ['03-1234-5678', true],
    ['+86 755 1234 5678', true],
    ['〒150-0001', true],
    ['東京都渋谷区神宮前1-2-3', true],
    ['Room 1203, Building 5, Nanshan District, Shenzhen', true],
    ['０３－１２３４－５６７８', true], // full-width digits
    ['株式会社サンプル商事', false],
    ['N/A', false],
    ['なし', false],
    ['-', false],
    ['  ', false],
    [null, false],
    ['1234', false],
  ])('%j → %s', (contact, expected) => expect(looksLikeContact(contact)).toBe(expected));
});
