/**
 * Complaints and questions to the marketplace. "Isn't this a mistake?", "why was I suspended?",
 * "I need my payout" all hurt a plan (blocker). Other questions to the reader are a warning:
 * a plan of action asks nothing.
 *
 * Questions are judged by mood and address, not by "?" alone: a root-cause analysis may pose its
 * own questions (なぜなぜ分析, "Why did the labels get mixed up? Because…"), and a `Why:` label of
 * the 5W1H is no question at all.
 */
import type { LocalizedText } from '../plan-checks.types';
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import type { Sentence } from '../text/segment';
import {
  ANSWER_END,
  ANSWER_START,
  CHALLENGE,
  CHALLENGE_CUE,
  COMPLAINT,
  QUESTION_STRONG,
  QUESTION_WEAK,
  SELF_ANSWER_LABEL,
} from './marketplace.patterns';
import { finding, isQuestion, matchPhrase, quote, sentenceSpan, type RawFinding } from './shared';

function complaintMessage(phrase: string, tag: string | undefined): LocalizedText {
  switch (tag) {
    case 'funds':
      return {
        ja: `「${phrase}」は売上金・支払いの要求です。改善計画書では何も要求しません。支払いは計画が受理された後に通常の手続きで再開されるため、この文は削除してください。`,
        en: `"${phrase}" demands funds or payouts. A plan of action asks for nothing; payouts resume through the normal process once the plan is accepted. Remove it.`,
      };
    case 'demand':
      return {
        ja: `「${phrase}」は要求・催促と読まれ、審査担当者の心証を損ねます。削除し、再発防止の根拠を示すことに集中してください。`,
        en: `"${phrase}" reads as a demand. It puts the reviewer off; remove it and let the evidence of your fixes make the case.`,
      };
    case 'threat':
      return {
        ja: `「${phrase}」は法的措置などの示唆で、計画書を不利にするだけです。削除してください。`,
        en: `"${phrase}" hints at legal or regulatory action, which only harms the plan. Remove it.`,
      };
    case 'challenge':
      return {
        ja: `「${phrase}」は停止理由を問いただす質問・抗議と読まれます。理由は通知とアカウント健全性ページで確認し、計画書には自社の分析結果だけを書いてください。`,
        en: `"${phrase}" challenges the marketplace ("why was I suspended?"). Find the reason in the notice and the Account Health page, and write only your own analysis.`,
      };
    default:
      return {
        ja: `「${phrase}」はマーケットプレイスの判断への異議・抗議と読まれ、審査で不利になります。判断の是非には触れず、自社の原因と対策だけを書いてください。`,
        en: `"${phrase}" disputes the marketplace's decision. Plans that argue are rejected; remove it and write only about your cause and your fixes.`,
      };
  }
}

const QUESTION_MESSAGE: LocalizedText = {
  ja: 'マーケットプレイスへの質問です。改善計画書は質問の場ではなく、質問が含まれると差し戻されやすくなります。不明点はテクニカルサポートやアカウントヘルスサポートに別途確認し、この文は削除してください。',
  en: 'This is a question to the marketplace. A plan of action asks nothing, and questions get plans bounced; ask Seller Support or Account Health Support separately and remove it.',
};

/** The plan answers the question itself: a numbered "why" label, or an answer right after it. */
function isSelfAnswered(section: AnalyzedSection, sentences: Sentence[], i: number): boolean {
  const sentence = sentences[i];
  if (SELF_ANSWER_LABEL.test(sentence.text)) return true;
  const next = sentences[i + 1];
  if (!next) return false;
  // A question standing as a heading over the text that answers it: "なぜ停止に至ったのか" above the
  // analysis, or "Why did this happen?" as a line of its own in the root cause.
  if (sentence.wholeLine && (!sentence.terminated || section.kind === 'root_cause')) return true;
  if (ANSWER_START.test(next.text)) return true;
  return section.kind === 'root_cause' && ANSWER_END.test(next.text);
}

function checkSentence(section: AnalyzedSection, sentences: Sentence[], i: number): RawFinding | null {
  const sentence = sentences[i];
  const masked = sentence.masked;
  const span = sentenceSpan(sentence);
  const complaint = matchPhrase(sentence, COMPLAINT);
  if (complaint) return finding('marketplace.complaint', section, complaintMessage(quote(complaint.text), complaint.pattern.tag), span);

  const question = isQuestion(sentence);
  if (!question && !CHALLENGE_CUE.test(masked)) return null;
  if (isSelfAnswered(section, sentences, i)) return null;

  const challenge = matchPhrase(sentence, CHALLENGE);
  if (challenge) return finding('marketplace.complaint', section, complaintMessage(quote(challenge.text), 'challenge'), span);

  if (!question) return null;
  // In the root cause, only a question clearly put to the reader counts; others are self-analysis.
  const addressed = QUESTION_STRONG.test(masked) || (section.kind !== 'root_cause' && QUESTION_WEAK.test(masked));
  return addressed ? finding('marketplace.question', section, QUESTION_MESSAGE, span) : null;
}

export function checkMarketplace(plan: AnalyzedPlan): RawFinding[] {
  const out: RawFinding[] = [];
  for (const section of plan.sections) {
    const sentences = section.seg.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const f = checkSentence(section, sentences, i);
      if (f) out.push(f);
    }
  }
  return out;
}
