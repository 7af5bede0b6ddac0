/**
 * Building blocks shared by the rule families: clause-aware phrase matching and finding helpers.
 */
import type { FindingSpan, LocalizedText, PlanCheckContext, PlanFinding, RuleId } from '../plan-checks.types';
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import { CJK_TEST_RE, type Sentence } from '../text/segment';

/** A finding before the tenant's settings give it a severity. */
export type RawFinding = Omit<PlanFinding, 'severity'>;

export type RuleFamilyCheck = (plan: AnalyzedPlan, context: PlanCheckContext) => RawFinding[];

/**
 * A phrase pattern with the guards that keep it from firing on near-misses. Guards look at the
 * same sentence only, which is the clause-level scope the rules reason about.
 */
export interface PhrasePattern {
  re: RegExp;
  /** Derived from the source: a pattern with Japanese in it can only match text that has some. */
  script: 'cjk' | 'latin';
  /** Sub-category, lets a rule pick a more precise message. */
  tag?: string;
  /** Skip when the text just before the match ends with this (negation, a different subject). */
  notBefore?: RegExp;
  /** Skip when the text just after the match starts with this. */
  notAfter?: RegExp;
}

/**
 * A family of patterns with one combined pre-test per script: most sentences match nothing, and
 * one native scan is far cheaper than a hundred separate calls.
 */
export interface PhraseSet {
  patterns: readonly PhrasePattern[];
  anyCjk: RegExp | null;
  anyLatin: RegExp | null;
}

export function phraseSet(patterns: PhrasePattern[]): PhraseSet {
  const combine = (script: PhrasePattern['script']): RegExp | null => {
    const sources = patterns.filter((x) => x.script === script).map((x) => `(?:${x.re.source})`);
    return sources.length ? new RegExp(sources.join('|'), 'i') : null;
  };
  return { patterns, anyCjk: combine('cjk'), anyLatin: combine('latin') };
}

export interface PhraseMatch {
  pattern: PhrasePattern;
  index: number;
  text: string;
}

/** Compiles a pattern; every phrase regex is global so later occurrences are tried when an earlier one is guarded out. */
export function p(source: RegExp, guards: Omit<PhrasePattern, 're' | 'script'> = {}): PhrasePattern {
  const flags = source.flags.includes('g') ? source.flags : source.flags + 'g';
  return { re: new RegExp(source.source, flags), script: CJK_TEST_RE.test(source.source) ? 'cjk' : 'latin', ...guards };
}

/** How far back a negation or subject guard looks: about one clause. */
const BEFORE_WINDOW = 40;
const AFTER_WINDOW = 40;

/** Matches the masked text of a sentence (or any text, when given as a string). */
export function matchPhrase(input: Sentence | string, set: PhraseSet): PhraseMatch | null {
  const text = typeof input === 'string' ? input : input.masked;
  const hasCjk = (typeof input === 'string' || input.hasCjk) && set.anyCjk !== null && set.anyCjk.test(text);
  const hasLatin = (typeof input === 'string' || input.hasLatin) && set.anyLatin !== null && set.anyLatin.test(text);
  if (!hasCjk && !hasLatin) return null;
  for (const pattern of set.patterns) {
    if (pattern.script === 'cjk' ? !hasCjk : !hasLatin) continue;
    const re = pattern.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const before = text.slice(Math.max(0, m.index - BEFORE_WINDOW), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + AFTER_WINDOW);
      if (pattern.notBefore?.test(before) || pattern.notAfter?.test(after)) continue;
      re.lastIndex = 0;
      return { pattern, index: m.index, text: m[0] };
    }
  }
  return null;
}

export function sentenceSpan(sentence: Sentence): FindingSpan {
  return { start: sentence.start, end: sentence.end, text: sentence.text };
}

export function finding(ruleId: RuleId, section: AnalyzedSection | null, message: LocalizedText, span?: FindingSpan): RawFinding {
  const location: RawFinding['location'] = { sectionId: section ? section.id : null };
  if (span) location.span = span;
  return { ruleId, location, message };
}

/** Shortens a quoted phrase for a message so long matches do not swamp it. */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Words ending in か that are not the question particle. */
const NOT_QUESTION_KA_RE = /(ほか|他か|わずか|僅か|確か|静か|いくつか|何らか|なんらか|どれか|どちらか|いずれか|誰か|何か)[。．]?$/;

/** Whether the sentence is a question by its mood (final ? / ？ / か。 / でしょうか). */
export function isQuestion(sentence: Sentence): boolean {
  const t = sentence.masked.replace(/[\s」』）)”"’]+$/, '');
  if (/[?？]$/.test(t)) return true;
  return /(か|かね)[。．]?$/.test(t) && !NOT_QUESTION_KA_RE.test(t);
}
