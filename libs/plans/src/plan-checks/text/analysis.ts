/**
 * One pass over the plan that every rule family shares: effective section kinds, emptiness,
 * segmentation. Rules then only look at precomputed sentences.
 */
import type { PlanDocument, PlanLanguage, PlanSection, RootCauseFields, SectionKind } from '../plan-checks.types';
import { isHeadingLike, segment, type SegmentedText, type Sentence } from './segment';

export interface AnalyzedSection {
  id: string;
  index: number;
  /** The declared kind, or for a `free` section the kind its title names (e.g. 「根本原因」). */
  kind: SectionKind;
  declaredKind: SectionKind;
  title: string;
  body: string;
  rootCause: RootCauseFields | undefined;
  documentIds: readonly string[];
  isEmpty: boolean;
  seg: SegmentedText;
}

export interface AnalyzedPlan {
  language: PlanLanguage;
  sections: AnalyzedSection[];
  /** The first sentence of the plan that is not a heading or salutation, if any. */
  opening: { section: AnalyzedSection; sentence: Sentence } | null;
}

/** Titles that name a kind; lets a plan typed as `free` sections still satisfy the structure. */
const TITLE_KINDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['root_cause', /根本原因|原因|root\s*causes?|\bcauses?\b/i],
  ['preventive_measures', /再発防止|予防|防止策|prevent/i],
  ['corrective_actions', /是正|実施(した|済み?)の?(対策|措置|対応)|対応策|corrective|actions?\s+(already\s+)?taken|immediate\s+actions?/i],
  ['fba_stock', /FBA|在庫|inventory|\bstock\b/i],
  ['supporting_documents', /添付|証憑|資料|書類|supporting|attachments?|\bdocuments?\b|\bevidence\b/i],
  ['summary', /概要|要約|サマリ|summary|overview/i],
];

/** Bodies that are placeholders, not content. */
const PLACEHOLDER_RE =
  /^[\s(（【\[]*(?:tbd|todo|to\s+do|n\/?a|none|nil|未定|未記入|記入中|なし|特になし|ここに.{0,20}|\.{2,}|…+|ー+|-+|―+|x+)[\s)）】\]。.]*$/i;

const SALUTATION_RE = /(?:御中|様|各位|殿)\s*[,，、]?\s*$|^(?:dear|to\s+whom|hello|hi|attn)\b|^to\s+(?:the\s+)?(?:amazon|seller|account)/i;

function effectiveKind(section: PlanSection): SectionKind {
  if (section.kind !== 'free') return section.kind;
  const title = section.title ?? '';
  for (const [kind, re] of TITLE_KINDS) if (re.test(title)) return kind;
  return 'free';
}

export function hasText(value: string | undefined | null): boolean {
  return typeof value === 'string' && value.trim() !== '' && !PLACEHOLDER_RE.test(value.trim());
}

function rootCauseFilled(rc: RootCauseFields | undefined): boolean {
  if (!rc) return false;
  return hasText(rc.when) || hasText(rc.where) || hasText(rc.who) || hasText(rc.what) || hasText(rc.why) || hasText(rc.how);
}

function findOpening(sections: AnalyzedSection[]): AnalyzedPlan['opening'] {
  for (const section of sections) {
    for (const sentence of section.seg.sentences) {
      const lineText = sentence.text;
      if (sentence.wholeLine && (isHeadingLike(lineText) || SALUTATION_RE.test(lineText))) continue;
      if (!sentence.terminated && SALUTATION_RE.test(lineText)) continue;
      return { section, sentence };
    }
  }
  return null;
}

export function analyzePlan(plan: PlanDocument): AnalyzedPlan {
  const sections: AnalyzedSection[] = (plan.sections ?? []).map((section, index) => {
    // Plans arrive as JSON; tolerate missing bodies rather than throw on a half-saved revision.
    const body = typeof section.body === 'string' ? section.body : '';
    const kind = effectiveKind(section);
    return {
      id: String(section.id),
      index,
      kind,
      declaredKind: section.kind,
      title: section.title ?? '',
      body,
      rootCause: section.rootCause,
      documentIds: Array.isArray(section.documentIds) ? section.documentIds : [],
      isEmpty: !hasText(body) && !(kind === 'root_cause' && rootCauseFilled(section.rootCause)),
      seg: segment(body),
    };
  });
  return { language: plan.language === 'en' ? 'en' : 'ja', sections, opening: findOpening(sections) };
}
