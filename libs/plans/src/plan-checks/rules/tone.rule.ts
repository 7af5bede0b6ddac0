/**
 * Tone: a plan of action is an improvement plan, not an apology letter (反省文ではなく改善計画),
 * and it states objective facts without emotion or excuses.
 *
 * Opening apology: some Japanese guides open with one short apology sentence, most English guides
 * say a plan is not an apology. So a short apology that is the very first sentence of the plan
 * (after any heading or salutation) is reported under `tone.opening_apology` (hint by default);
 * every other apology is `tone.apology_language` (warning). A strict tenant raises the opening
 * rule to warning; a lenient one disables it.
 */
import type { LocalizedText } from '../plan-checks.types';
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import { countChars, countWords, isJapaneseText, type Sentence } from '../text/segment';
import { finding, matchPhrase, quote, sentenceSpan, type RawFinding } from './shared';
import { APOLOGY, BLAME, PLEA } from './tone.patterns';

/** An opening apology up to this long is the "one short sentence" the Japanese guides allow. */
export const OPENING_APOLOGY_MAX_JA_CHARS = 70;
export const OPENING_APOLOGY_MAX_EN_WORDS = 25;

function isShort(sentence: Sentence): boolean {
  return isJapaneseText(sentence.text)
    ? countChars(sentence.text) <= OPENING_APOLOGY_MAX_JA_CHARS
    : countWords(sentence.text) <= OPENING_APOLOGY_MAX_EN_WORDS;
}

function apologyMessage(phrase: string): LocalizedText {
  return {
    ja: `「${phrase}」は謝罪・反省の表現です。改善計画書は反省文ではなく、審査担当者が求めるのは再発しないという客観的な根拠です。この文を削り、原因と対策の事実に置き換えてください。`,
    en: `"${phrase}" is apology language. A plan of action is not an apology letter: the reviewer wants objective evidence that the problem will not recur. Remove it and state facts and controls instead.`,
  };
}

const OPENING_APOLOGY_MESSAGE: LocalizedText = {
  ja: '冒頭のお詫びの一文です。日本語の指南書では一文だけなら許容されることが多い一方、英語圏の審査では不要とされます。残す場合も一文に留め、すぐに概要（何が起き、何を直したか）に入ってください。',
  en: 'A short opening apology. Many Japanese guides accept one such sentence, most English guides advise against it. If you keep it, keep it to this one sentence and go straight to the summary.',
};

function pleaMessage(phrase: string): LocalizedText {
  return {
    ja: `「${phrase}」は感情に訴える表現です。審査は事実と再発防止の仕組みだけで判断されるため、事情や心情の説明は逆効果です。削除してください。`,
    en: `"${phrase}" is an emotional plea. The decision rests only on facts and controls, so personal circumstances work against the plan. Remove it.`,
  };
}

function blameMessage(phrase: string, tag: string | undefined): LocalizedText {
  if (tag === 'ignorance') {
    return {
      ja: `「${phrase}」（規約を知らなかった）は言い訳と見なされます。規約を確認する仕組みがなかったことを原因として書き、今後どう確認するか（誰が・いつ・どの資料で）を示してください。`,
      en: `"${phrase}" reads as the excuse "we did not know the policy". State instead that there was no process to check the policy, and how it is checked now (who, when, against what).`,
    };
  }
  if (tag === 'excuse') {
    return {
      ja: `「${phrase}」は言い訳・責任の否定と読まれます。自社で管理できた点を原因として認め、その対策を書いてください。`,
      en: `"${phrase}" reads as an excuse or a denial of responsibility. Own the part you could control and describe how you fixed it.`,
    };
  }
  return {
    ja: `「${phrase}」は他者（購入者・競合・配送業者・マーケットプレイス等）への責任転嫁と読まれます。自社で管理できた点（確認手順・仕入先の選定・体制）を原因として書き直してください。`,
    en: `"${phrase}" blames someone else (a buyer, competitor, carrier or the marketplace). Rewrite it around what you control: your checks, your supplier choice, your process.`,
  };
}

function checkSentence(section: AnalyzedSection, sentence: Sentence, isOpening: boolean): RawFinding[] {
  const out: RawFinding[] = [];
  const span = sentenceSpan(sentence);
  const apology = matchPhrase(sentence, APOLOGY);
  if (apology) {
    if (isOpening && isShort(sentence)) out.push(finding('tone.opening_apology', section, OPENING_APOLOGY_MESSAGE, span));
    else out.push(finding('tone.apology_language', section, apologyMessage(quote(apology.text)), span));
  }
  const plea = matchPhrase(sentence, PLEA);
  if (plea) out.push(finding('tone.emotional_plea', section, pleaMessage(quote(plea.text)), span));
  const blame = matchPhrase(sentence, BLAME);
  if (blame) out.push(finding('tone.excuse_or_blame', section, blameMessage(quote(blame.text), blame.pattern.tag), span));
  return out;
}

export function checkTone(plan: AnalyzedPlan): RawFinding[] {
  const out: RawFinding[] = [];
  const opening = plan.opening?.sentence;
  for (const section of plan.sections) {
    for (const sentence of section.seg.sentences) out.push(...checkSentence(section, sentence, sentence === opening));
  }
  return out;
}
