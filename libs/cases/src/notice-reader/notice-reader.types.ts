/**
 * Public types of the notice reader. Everything the reader returns is plain data (JSON-safe):
 * dates are ISO-8601 strings, never Date objects, so a reading can be stored as-is.
 */

/** How sure the reader is about one extracted value. */
export type Confidence = 'high' | 'medium' | 'low';

/** Where a value came from: UTF-16 offsets into the ORIGINAL input (end exclusive). */
export interface Span {
  start: number;
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
}

/** One extracted value with its evidence. */
export interface Extracted<T> {
  value: T;
  span: Span;
  confidence: Confidence;
}

export type NoticeLanguage = 'ja' | 'en' | 'mixed';

export const SENDER_DEPARTMENTS = [
  'account_specialist',
  'account_health_support',
  'technical_support',
  'other',
] as const;
export type SenderDepartment = (typeof SENDER_DEPARTMENTS)[number];

/** Ordered from mildest to harshest. */
export const SEVERITIES = ['warning', 'listing_removal', 'suspension', 'deactivation'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VIOLATION_CATEGORIES = [
  'ip_complaint',
  'authenticity',
  'condition',
  'late_shipment',
  'cancellation',
  'customer_service',
  'pricing',
  'listing_accuracy',
  'review_manipulation',
  'related_accounts',
  'restricted_product',
  'account_security',
  'other',
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const REQUESTED_DOCUMENTS = [
  'invoice',
  'supply_chain_letter',
  'letter_of_authorization',
  'identity_document',
  'utility_bill',
  'plan_of_action',
  'other',
] as const;
export type RequestedDocument = (typeof REQUESTED_DOCUMENTS)[number];

export type DurationUnit = 'hour' | 'day' | 'business_day' | 'week' | 'month';

/**
 * Periods that look like deadlines but are the marketplace's clock or a look-back window.
 * - invoice_age: how old accepted invoices may be ("issued in the last 365 days").
 * - funds_hold: how long payouts are held.
 * - review_duration: how long the marketplace takes to review / answer.
 * - callback: when the marketplace will phone the seller.
 * - metric_window: the window a metric is measured over ("過去60日間の出荷遅延率").
 * - policy_requirement: a standing rule ("respond to buyers within 24 hours", "ship within 2 days").
 * - other: a period in a within/以内 clause the reader could not attribute.
 */
export type NonDeadlineKind =
  | 'invoice_age'
  | 'funds_hold'
  | 'review_duration'
  | 'callback'
  | 'metric_window'
  | 'policy_requirement'
  | 'other';

export interface RelativeDuration {
  amount: number;
  unit: DurationUnit;
  /** 'receipt' = counted from when the notice arrived; 'today' = "from today" (same instant in practice). */
  anchor: 'receipt' | 'today';
}

export interface Deadline {
  kind: 'absolute' | 'relative';
  /** ISO-8601 UTC instant; null when it cannot be resolved (relative without receivedAt, year unknown). */
  dueAt: string | null;
  /** Calendar date in `timeZone` (YYYY-MM-DD), when known. */
  date: string | null;
  /** Time of day as written (HH:mm, or HH:mm:ss when seconds are given; 24h), when stated. */
  time: string | null;
  /** IANA zone or fixed offset (e.g. "+09:00") used to resolve the date; null for relative deadlines. */
  timeZone: string | null;
  relative: RelativeDuration | null;
}

export interface NonDeadlinePeriod {
  kind: NonDeadlineKind;
  /** Lower bound of a range ("2-4 business days" → 2). Null for absolute dates. */
  amount: number | null;
  /** Upper bound of a range; null when a single amount. */
  amountMax: number | null;
  unit: DurationUnit | null;
  /** Calendar date when the period was written as a date. */
  date: string | null;
}

export type ReferenceKind = 'reference' | 'case' | 'complaint' | 'notice' | 'ticket' | 'other';

export interface ReferenceNumber {
  kind: ReferenceKind;
  /** The label as written, e.g. "Rights owner complaint ID", "参照番号". */
  label: string;
  id: string;
}

/** What a reply to a submitted plan said, when the notice is such a reply. */
export type AppealOutcome = 'insufficient_information' | 'rejected' | 'reinstated';

export interface NoticeReading {
  /** null only when the text has no letters at all. */
  language: NoticeLanguage | null;
  subject: Extracted<string> | null;
  /** Sender e-mail address from a From:/差出人: header (or the header's display text when no address). */
  from: Extracted<string> | null;
  /** null when nothing names the sender; a team only mentioned as a contact does not count. */
  senderDepartment: Extracted<SenderDepartment> | null;
  severity: Extracted<Severity> | null;
  violationCategories: Extracted<ViolationCategory>[];
  /** Real ASINs, deduplicated, in order of first appearance. */
  asins: Extracted<string>[];
  /** Masked placeholders such as "B08●●●●●●●●" — reported so callers know ASINs were hidden. */
  maskedAsins: Extracted<string>[];
  deadline: Extracted<Deadline> | null;
  /** "or after two unsuccessful appeals" → 2. */
  appealLimit: Extracted<number> | null;
  nonDeadlinePeriods: Extracted<NonDeadlinePeriod>[];
  requestedDocuments: Extracted<RequestedDocument>[];
  referenceNumbers: Extracted<ReferenceNumber>[];
  appealOutcome: Extracted<AppealOutcome> | null;
}

export interface ReadNoticeOptions {
  /** When the notice arrived; relative deadlines ("within 17 days") resolve only when given. */
  receivedAt?: Date;
  /** IANA zone for dates written without one and for business-day counting. Default 'Asia/Tokyo'. */
  timeZone?: string;
}
