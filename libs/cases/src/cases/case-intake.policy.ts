import type { NoticeReading, SenderDepartment, Severity, ViolationCategory } from '../notice-reader/notice-reader.types';

/** The case fields a notice can suggest. */
export interface NoticeFields {
  severity: Severity | null;
  categories: ViolationCategory[];
  senderDepartment: SenderDepartment | null;
  asins: string[];
  marketplaceDeadline: Date | null;
  appealLimit: number | null;
}

/** What the reader suggests for the case; the consultant confirms or corrects it. */
export function suggestedFields(reading: NoticeReading): NoticeFields {
  const dueAt = reading.deadline?.value.dueAt;
  return {
    severity: reading.severity?.value ?? null,
    categories: [...new Set(reading.violationCategories.map((c) => c.value))],
    senderDepartment: reading.senderDepartment?.value ?? null,
    asins: reading.asins.map((a) => a.value),
    marketplaceDeadline: dueAt ? new Date(dueAt) : null,
    appealLimit: reading.appealLimit?.value ?? null,
  };
}

/**
 * Pre-fills what the person left empty with the suggestion; what they entered always wins.
 * Nothing here overwrites a value already on a case: that needs the consultant's confirmation.
 */
export function prefill(entered: Partial<NoticeFields>, suggestion: NoticeFields): NoticeFields {
  const pick = <K extends keyof NoticeFields>(k: K): NoticeFields[K] => {
    const v = entered[k];
    const empty = v === undefined || v === null || (Array.isArray(v) && v.length === 0);
    return (empty ? suggestion[k] : v) as NoticeFields[K];
  };
  return {
    severity: pick('severity'),
    categories: pick('categories'),
    senderDepartment: pick('senderDepartment'),
    asins: pick('asins'),
    marketplaceDeadline: pick('marketplaceDeadline'),
    appealLimit: pick('appealLimit'),
  };
}

/** A short title from the notice when the person gave none, e.g. "suspension — authenticity". */
export function defaultTitle(fields: NoticeFields, subject: string | null): string {
  if (subject && subject.trim()) return subject.trim().slice(0, 200);
  const parts = [fields.severity ?? 'notice', ...fields.categories.slice(0, 2)];
  return parts.join(' — ').replace(/_/g, ' ');
}
