/**
 * Types of the plan checker. Plain data only, so they can cross the API boundary as JSON
 * and be stored next to a plan revision.
 */

export const PLAN_LANGUAGES = ['ja', 'en'] as const;
export type PlanLanguage = (typeof PLAN_LANGUAGES)[number];

export const SECTION_KINDS = ['summary', 'root_cause', 'corrective_actions', 'preventive_measures', 'fba_stock', 'supporting_documents', 'free'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The structured 5W1H of a root cause, as filled in by the editor (all optional). */
export interface RootCauseFields {
  when?: string;
  where?: string;
  who?: string;
  what?: string;
  why?: string;
  how?: string;
}

export interface PlanSection {
  id: string;
  kind: SectionKind;
  title?: string;
  body: string;
  rootCause?: RootCauseFields;
  /** Ids of uploaded documents this section refers to. */
  documentIds?: readonly string[];
}

export interface PlanDocument {
  language: PlanLanguage;
  /** In the order they appear in the plan. */
  sections: readonly PlanSection[];
}

export interface PlanCheckContext {
  /** The client ships through FBA, so the plan must say what happens to the stock. */
  usesFba: boolean;
  uploadedDocumentIds: readonly string[];
  /** ASINs named in the marketplace's notice (masked ones such as `B08●●●` are ignored). */
  noticeAsins: readonly string[];
}

export const SEVERITIES = ['blocker', 'warning', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Stable rule ids. Never rename one: tenants' settings and stored findings refer to them. */
export const RULE_IDS = [
  'structure.required_section_missing',
  'structure.summary_not_first',
  'structure.fba_stock_missing',
  'root_cause.missing_5w1h',
  'root_cause.policy_name_only',
  'tone.apology_language',
  'tone.opening_apology',
  'tone.emotional_plea',
  'tone.excuse_or_blame',
  'marketplace.complaint',
  'marketplace.question',
  'specificity.vague_promise',
  'readability.long_sentence',
  'readability.long_paragraph',
  'readability.plan_too_long',
  'readability.no_bullets',
  'evidence.document_not_uploaded',
  'evidence.asin_not_addressed',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleSetting {
  severity?: Severity;
  enabled?: boolean;
}

export interface PlanCheckSettings {
  /** Per-rule overrides; rules not named keep their defaults. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

export interface FindingSpan {
  /** UTF-16 offsets into the section's `body`, end exclusive; `text === body.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface FindingLocation {
  /** null when the finding concerns the plan as a whole (e.g. a missing section). */
  sectionId: string | null;
  span?: FindingSpan;
}

export interface LocalizedText {
  ja: string;
  en: string;
}

export interface PlanFinding {
  ruleId: RuleId;
  severity: Severity;
  location: FindingLocation;
  /** Why it matters and what to do, in both languages. */
  message: LocalizedText;
}

export type RuleFamily = 'structure' | 'root_cause' | 'tone' | 'marketplace' | 'specificity' | 'readability' | 'evidence';

export interface RuleDefinition {
  id: RuleId;
  family: RuleFamily;
  defaultSeverity: Severity;
  description: LocalizedText;
}
