/**
 * Pre-checks on a document's metadata that catch what the marketplace commonly rejects, before the
 * seller submits it: invoices older than 365 days, utility bills older than 90 days, supplier
 * documents without a way to contact the supplier (DOMAIN.md). Warnings only: a consultant decides.
 *
 * Dates are calendar dates (YYYY-MM-DD); `today` is the tenant's local date, so "365 days" means
 * 365 calendar days in the tenant's zone, whatever the server's clock zone.
 */
import type { DocumentKind, LocalizedText } from './default-checklists';

export interface EvidenceDocument {
  kind: DocumentKind;
  issuedOn?: string | null;
  supplierName?: string | null;
  supplierContact?: string | null;
}

export type EvidenceWarningCode =
  | 'INVOICE_TOO_OLD'
  | 'UTILITY_BILL_TOO_OLD'
  | 'SUPPLIER_CONTACT_MISSING'
  | 'SUPPLIER_NAME_MISSING'
  | 'ISSUED_IN_FUTURE'
  | 'ISSUE_DATE_MISSING'
  | 'ISSUE_DATE_INVALID';

export interface EvidenceWarning {
  code: EvidenceWarningCode;
  message: LocalizedText;
}

/** Invoices and receipts must be issued within this many days ("issued in the last 365 days"). */
export const INVOICE_MAX_AGE_DAYS = 365;
/** Utility bills proving an address must be issued within this many days. */
export const UTILITY_BILL_MAX_AGE_DAYS = 90;

/** Kinds whose age matters, so their issue date must be known. */
const DATED_KINDS: ReadonlySet<DocumentKind> = new Set(['invoice', 'receipt', 'utility_bill']);
/** Kinds that must let the reviewer reach the supplier. */
const SUPPLIER_KINDS: ReadonlySet<DocumentKind> = new Set(['invoice', 'supplier_letter']);

export function evidenceWarnings(doc: EvidenceDocument, today: string): EvidenceWarning[] {
  const todayDay = dayNumber(today);
  if (todayDay === null) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  const warnings: EvidenceWarning[] = [];

  const issued = doc.issuedOn ?? null;
  if (issued === null || issued.trim() === '') {
    if (DATED_KINDS.has(doc.kind)) warnings.push(WARNINGS.ISSUE_DATE_MISSING);
  } else {
    const issuedDay = dayNumber(issued);
    if (issuedDay === null) {
      warnings.push(WARNINGS.ISSUE_DATE_INVALID);
    } else if (issuedDay > todayDay) {
      warnings.push(WARNINGS.ISSUED_IN_FUTURE);
    } else {
      const age = todayDay - issuedDay;
      if ((doc.kind === 'invoice' || doc.kind === 'receipt') && age > INVOICE_MAX_AGE_DAYS) warnings.push(WARNINGS.INVOICE_TOO_OLD);
      if (doc.kind === 'utility_bill' && age > UTILITY_BILL_MAX_AGE_DAYS) warnings.push(WARNINGS.UTILITY_BILL_TOO_OLD);
    }
  }

  if (SUPPLIER_KINDS.has(doc.kind)) {
    if (isBlank(doc.supplierName)) warnings.push(WARNINGS.SUPPLIER_NAME_MISSING);
    if (!looksLikeContact(doc.supplierContact)) warnings.push(WARNINGS.SUPPLIER_CONTACT_MISSING);
  }
  return warnings;
}

/** Days since 1970-01-01 for a valid YYYY-MM-DD date; null for anything else (2023-02-29 too). */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 02-30 over to 03-02 and maps years 0-99 to 1900+; both mean "not that date".
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / 86_400_000);
}

const PLACEHOLDER = /^(?:-+|n\/?a|none|unknown|tbd|なし|無し|不明|未定|ー+|－+)$/i;

/**
 * Is there something the reviewer could use to reach the supplier: an e-mail address, a website,
 * a phone number (9+ digits), a postal code, or a street address (Japanese address markers, or
 * letters with a house number)? Placeholders such as "N/A" or 「なし」 do not count.
 */
export function looksLikeContact(contact: string | null | undefined): boolean {
  if (isBlank(contact)) return false;
  const text = contact!.normalize('NFKC').trim();
  if (PLACEHOLDER.test(text)) return false;
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(text)) return true; // e-mail
  if (/(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|co|cn|hk|tw|kr|us|uk|de|shop|biz|info)\b/i.test(text))
    return true; // website
  if ((text.match(/\d/g) ?? []).length >= 9) return true; // phone number
  if (/〒|\b\d{3}-\d{4}\b/.test(text)) return true; // Japanese postal code
  if (/[都道府県市区町村]|丁目|番地/.test(text) && /\d/.test(text)) return true; // Japanese address
  if (/\d+\s*[A-Za-z]|[A-Za-z]+\s*\d+/.test(text) && text.length >= 10) return true; // street address
  return false;
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

const warning = (code: EvidenceWarningCode, message: LocalizedText): EvidenceWarning =>
  Object.freeze({ code, message: Object.freeze(message) });

const WARNINGS: Record<EvidenceWarningCode, EvidenceWarning> = {
  INVOICE_TOO_OLD: warning('INVOICE_TOO_OLD', {
    ja: `発行日から${INVOICE_MAX_AGE_DAYS}日を超えています。過去${INVOICE_MAX_AGE_DAYS}日以内に発行された請求書・領収書を用意してください。`,
    en: `Issued more than ${INVOICE_MAX_AGE_DAYS} days ago. The marketplace expects invoices and receipts from the last ${INVOICE_MAX_AGE_DAYS} days.`,
  }),
  UTILITY_BILL_TOO_OLD: warning('UTILITY_BILL_TOO_OLD', {
    ja: `発行日から${UTILITY_BILL_MAX_AGE_DAYS}日を超えています。${UTILITY_BILL_MAX_AGE_DAYS}日以内に発行された公共料金の請求書を用意してください。`,
    en: `Issued more than ${UTILITY_BILL_MAX_AGE_DAYS} days ago. Use a utility bill issued within the last ${UTILITY_BILL_MAX_AGE_DAYS} days.`,
  }),
  SUPPLIER_CONTACT_MISSING: warning('SUPPLIER_CONTACT_MISSING', {
    ja: '仕入先の連絡先（住所・電話番号・メールアドレス・ウェブサイト）が記載されていません。審査担当が仕入先に確認できるよう、連絡先の載った書類にしてください。',
    en: "The supplier's contact details (address, phone, e-mail or website) are missing. The reviewer must be able to reach the supplier to verify.",
  }),
  SUPPLIER_NAME_MISSING: warning('SUPPLIER_NAME_MISSING', {
    ja: '仕入先の名称が記載されていません。',
    en: "The supplier's name is missing.",
  }),
  ISSUED_IN_FUTURE: warning('ISSUED_IN_FUTURE', {
    ja: '発行日が未来の日付になっています。日付を確認してください。',
    en: 'The issue date is in the future. Check the date.',
  }),
  ISSUE_DATE_MISSING: warning('ISSUE_DATE_MISSING', {
    ja: '発行日が入力されていません。書類の有効期間を確認するため、発行日を入力してください。',
    en: 'The issue date is missing; it is needed to check whether the document is recent enough.',
  }),
  ISSUE_DATE_INVALID: warning('ISSUE_DATE_INVALID', {
    ja: '発行日が正しい日付（YYYY-MM-DD）ではありません。',
    en: 'The issue date is not a valid date (YYYY-MM-DD).',
  }),
};
