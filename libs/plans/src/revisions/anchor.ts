/**
 * Comment anchoring across plan revisions. A reviewer's comment quotes a span of one section's
 * body; the anchor keeps the span's offsets, its text and up to 32 characters of context on each
 * side, so the span can be found again in a later revision (the way text-quote selectors work in
 * web annotation):
 *
 * - `exact`    — same section, same offsets, same text;
 * - `moved`    — the same text elsewhere in the section or in another section, the occurrence
 *                whose context agrees best (an occurrence in the same section is preferred);
 * - `fuzzy`    — no exact occurrence, but a passage at least 80 % similar by content tokens whose
 *                context agrees on at least one side (the quote was lightly edited);
 * - `outdated` — nothing close enough: the text is gone.
 *
 * All offsets are UTF-16 offsets into a section's `body`, end exclusive. Nothing here mutates its
 * inputs.
 */

import type { PlanDocument, PlanLanguage, PlanSection } from '../plan-checks/plan-checks.types';
import { Interner } from './patience';
import { contentTokens, similarWindows, textSimilarity } from './similarity';
import type { Token } from './tokenize';

export interface CommentAnchor {
  sectionId: string;
  start: number;
  end: number;
  /** `body.slice(start, end)` when the anchor was made. */
  quote: string;
  /** Up to `CONTEXT_LENGTH` characters before / after the quote. */
  prefix: string;
  suffix: string;
}

export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'outdated';

export interface ReanchorResult {
  status: ReanchorStatus;
  /** Where the span is now (absent when outdated). */
  sectionId?: string;
  start?: number;
  end?: number;
  /** Token-level similarity of the found span to the quote (1 unless fuzzy). */
  similarity?: number;
}

export const CONTEXT_LENGTH = 32;
/** Minimum token-level similarity for a fuzzy match. */
export const FUZZY_THRESHOLD = 0.8;
/** Minimum context agreement (on the better side) for a fuzzy match. */
export const CONTEXT_AGREEMENT = 0.5;
/**
 * Quotes shorter than this are only taken as moved when their context agrees somewhat: a word
 * such as 在庫 occurs all over a plan, and one occurrence is not the commented one.
 */
export const SHORT_QUOTE_LENGTH = 8;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** `body.slice(from, to)`, narrowed so it never starts or ends inside a surrogate pair. */
function safeSlice(body: string, from: number, to: number): string {
  let f = Math.max(0, from);
  let t = Math.min(body.length, to);
  if (f > 0 && f < t && isLowSurrogate(body.charCodeAt(f)) && isHighSurrogate(body.charCodeAt(f - 1))) f++;
  if (t < body.length && t > f && isHighSurrogate(body.charCodeAt(t - 1)) && isLowSurrogate(body.charCodeAt(t))) t--;
  return body.slice(f, t);
}

const prefixAt = (body: string, start: number): string => safeSlice(body, start - CONTEXT_LENGTH, start);
const suffixAt = (body: string, end: number): string => safeSlice(body, end, end + CONTEXT_LENGTH);

function findSection(plan: PlanDocument, sectionId: string): PlanSection | undefined {
  return plan.sections.find((s) => s.id === sectionId);
}

/**
 * The anchor of `body.slice(start, end)` in section `sectionId`. Throws a RangeError when the
 * section does not exist or the range is empty or outside the body.
 */
export function makeAnchor(plan: PlanDocument, sectionId: string, start: number, end: number): CommentAnchor {
  const section = findSection(plan, sectionId);
  if (!section) throw new RangeError(`No section ${JSON.stringify(sectionId)} in the plan`);
  const { body } = section;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new RangeError(`Span [${start}, ${end}) is empty or outside the section body (length ${body.length})`);
  }
  return { sectionId, start, end, quote: body.slice(start, end), prefix: prefixAt(body, start), suffix: suffixAt(body, end) };
}

/** How well one side's context in a later body agrees with the anchor's, in [0, 1]. */
function sideAgreement(anchored: string, found: string, before: boolean, language: PlanLanguage): number {
  if (anchored === found) return 1;
  if (anchored.length === 0 || found.length === 0) return anchored.length === 0 && found.length === 0 ? 1 : 0.3;
  // Characters that still touch the span, counted from the span outwards.
  let run = 0;
  const max = Math.min(anchored.length, found.length);
  while (run < max) {
    const a = before ? anchored[anchored.length - 1 - run] : anchored[run];
    const b = before ? found[found.length - 1 - run] : found[run];
    if (a !== b) break;
    run++;
  }
  return Math.max(run / anchored.length, textSimilarity(anchored, found, language));
}

interface ContextScore {
  /** Mean of both sides. */
  mean: number;
  /** The better side. */
  best: number;
}

function contextScore(anchor: CommentAnchor, body: string, start: number, end: number, language: PlanLanguage): ContextScore {
  const before = sideAgreement(anchor.prefix, safeSlice(body, start - anchor.prefix.length, start), true, language);
  const after = sideAgreement(anchor.suffix, safeSlice(body, end, end + anchor.suffix.length), false, language);
  return { mean: (before + after) / 2, best: Math.max(before, after) };
}

/** Bonus for staying in the commented section, so a near tie goes to it. */
const SAME_SECTION_BONUS = 0.25;

interface Located {
  section: PlanSection;
  start: number;
  end: number;
  score: number;
  similarity: number;
}

function findExactElsewhere(anchor: CommentAnchor, plan: PlanDocument): Located | undefined {
  let best: Located | undefined;
  for (const section of plan.sections) {
    const same = section.id === anchor.sectionId;
    for (let at = section.body.indexOf(anchor.quote); at !== -1; at = section.body.indexOf(anchor.quote, at + 1)) {
      const end = at + anchor.quote.length;
      const ctx = contextScore(anchor, section.body, at, end, plan.language);
      if (anchor.quote.length < SHORT_QUOTE_LENGTH && ctx.best < CONTEXT_AGREEMENT) continue;
      // Among equals, the occurrence nearest the old position wins.
      const distance = same ? Math.abs(at - anchor.start) / (section.body.length + 1) : 1;
      const score = ctx.mean + (same ? SAME_SECTION_BONUS : 0) - distance * 1e-3;
      if (!best || score > best.score) best = { section, start: at, end, score, similarity: 1 };
    }
  }
  return best;
}

/** Content tokens per section body, kept while the section object lives. */
const tokenCache = new WeakMap<PlanSection, { body: string; language: PlanLanguage; toks: Token[] }>();

function sectionTokens(section: PlanSection, language: PlanLanguage): Token[] {
  const cached = tokenCache.get(section);
  if (cached && cached.body === section.body && cached.language === language) return cached.toks;
  const toks = contentTokens(section.body, language);
  tokenCache.set(section, { body: section.body, language, toks });
  return toks;
}

function findSimilar(anchor: CommentAnchor, plan: PlanDocument): Located | undefined {
  const language = plan.language;
  const ids = new Interner();
  const query = ids.tokens(contentTokens(anchor.quote, language));
  if (query.length === 0) return undefined;
  const bodies = plan.sections.map((section) => {
    const toks = sectionTokens(section, language);
    return { section, toks, seq: ids.tokens(toks) };
  });
  let best: Located | undefined;
  for (const { section, toks, seq } of bodies) {
    const same = section.id === anchor.sectionId;
    for (const w of similarWindows(query, seq, ids.size, { threshold: FUZZY_THRESHOLD })) {
      const start = toks[w.start]!.start;
      const end = toks[w.start + w.length - 1]!.end;
      const ctx = contextScore(anchor, section.body, start, end, language);
      const noContext = anchor.prefix.length === 0 && anchor.suffix.length === 0;
      if (!noContext && ctx.best < CONTEXT_AGREEMENT) continue;
      const score = w.similarity + 0.5 * ctx.mean + (same ? SAME_SECTION_BONUS / 2 : 0);
      if (!best || score > best.score) best = { section, start, end, score, similarity: w.similarity };
    }
  }
  return best;
}

function locate(anchor: CommentAnchor, plan: PlanDocument): { status: ReanchorStatus; at?: Located } {
  const section = findSection(plan, anchor.sectionId);
  if (anchor.quote.length === 0) return { status: 'outdated' };
  if (section && section.body.slice(anchor.start, anchor.end) === anchor.quote) {
    return { status: 'exact', at: { section, start: anchor.start, end: anchor.end, score: 1, similarity: 1 } };
  }
  const moved = findExactElsewhere(anchor, plan);
  if (moved) return { status: 'moved', at: moved };
  const fuzzy = findSimilar(anchor, plan);
  if (fuzzy) return { status: 'fuzzy', at: fuzzy };
  return { status: 'outdated' };
}

/** Finds the anchored span in a later revision of the plan. */
export function reanchor(anchor: CommentAnchor, laterPlan: PlanDocument): ReanchorResult {
  const { status, at } = locate(anchor, laterPlan);
  if (!at) return { status };
  return { status, sectionId: at.section.id, start: at.start, end: at.end, similarity: at.similarity };
}

export interface AppliedSuggestion {
  plan: PlanDocument;
  /** Where the replacement now sits in the new plan. */
  range: { sectionId: string; start: number; end: number };
}

export interface SuggestionConflict {
  conflict: true;
  /** Why: the span was only found approximately, or not at all. */
  status: 'fuzzy' | 'outdated';
}

/**
 * Replaces the anchored span with `replacement` when the span still resolves exactly or has
 * moved; otherwise reports a conflict (the text changed since the suggestion was made, so a
 * person must look). Returns a new plan; `plan` and its sections are left untouched.
 */
export function applySuggestion(plan: PlanDocument, anchor: CommentAnchor, replacement: string): AppliedSuggestion | SuggestionConflict {
  const { status, at } = locate(anchor, plan);
  if ((status !== 'exact' && status !== 'moved') || !at) {
    return { conflict: true, status: status === 'fuzzy' ? 'fuzzy' : 'outdated' };
  }
  const { section, start, end } = at;
  const sections = plan.sections.map((s) =>
    s === section ? { ...s, body: s.body.slice(0, start) + replacement + s.body.slice(end) } : s,
  );
  return { plan: { ...plan, sections }, range: { sectionId: section.id, start, end: start + replacement.length } };
}

/** True when `applySuggestion` reported a conflict. */
export function isConflict(result: AppliedSuggestion | SuggestionConflict): result is SuggestionConflict {
  return 'conflict' in result;
}
