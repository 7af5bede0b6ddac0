/**
 * Readability: the plan is read quickly, probably in translation, by someone who must get a
 * supervisor's approval. Short sentences, short paragraphs, bullet points, a short plan.
 *
 * Length is measured per sentence in its own script: characters for Japanese (no spaces to count
 * words by), words for English, so an English sentence quoted in a Japanese plan is judged fairly.
 */
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import { countChars, countWords, isJapaneseText } from '../text/segment';
import { finding, type RawFinding } from './shared';

export const JA_MAX_SENTENCE_CHARS = 120;
export const EN_MAX_SENTENCE_WORDS = 35;
export const JA_MAX_PARAGRAPH_CHARS = 400;
export const EN_MAX_PARAGRAPH_WORDS = 120;
/** Roughly two printed pages; consultants cut anything longer. */
export const JA_MAX_PLAN_CHARS = 4000;
export const EN_MAX_PLAN_WORDS = 1200;
/** Below this a corrective/preventive section is one short statement and needs no bullets. */
export const BULLETS_MIN_JA_CHARS = 50;
export const BULLETS_MIN_EN_WORDS = 20;

interface Measure {
  japanese: boolean;
  value: number;
}

function measure(text: string): Measure {
  const japanese = isJapaneseText(text);
  return { japanese, value: japanese ? countChars(text) : countWords(text) };
}

function longSentences(section: AnalyzedSection): RawFinding[] {
  const out: RawFinding[] = [];
  for (const s of section.seg.sentences) {
    const m = measure(s.text);
    const limit = m.japanese ? JA_MAX_SENTENCE_CHARS : EN_MAX_SENTENCE_WORDS;
    if (m.value <= limit) continue;
    const unitJa = m.japanese ? '字' : '語';
    const unitEn = m.japanese ? 'characters' : 'words';
    out.push(
      finding(
        'readability.long_sentence',
        section,
        {
          ja: `一文が${m.value}${unitJa}あります（目安${limit}${unitJa}以内）。翻訳して読まれることが多いため、「いつ・誰が・何を」ごとに文を分けてください。`,
          en: `This sentence has ${m.value} ${unitEn} (aim for ${limit} or fewer). Plans are often read in translation; split it into one fact per sentence.`,
        },
        { start: s.start, end: s.end, text: s.text },
      ),
    );
  }
  return out;
}

function longParagraphs(section: AnalyzedSection): RawFinding[] {
  const out: RawFinding[] = [];
  const sentences = section.seg.sentences;
  let si = 0;
  for (const para of section.seg.paragraphs) {
    // Count the sentences inside; a one-sentence paragraph is already the long-sentence rule's concern.
    while (si < sentences.length && sentences[si].end <= para.start) si++;
    let inside = 0;
    for (let k = si; k < sentences.length && sentences[k].start < para.end; k++) inside++;
    if (inside <= 1) continue;
    const m = measure(para.text);
    const limit = m.japanese ? JA_MAX_PARAGRAPH_CHARS : EN_MAX_PARAGRAPH_WORDS;
    if (m.value <= limit) continue;
    const unitJa = m.japanese ? '字' : '語';
    const unitEn = m.japanese ? 'characters' : 'words';
    out.push(
      finding(
        'readability.long_paragraph',
        section,
        {
          ja: `段落が${m.value}${unitJa}あります（目安${limit}${unitJa}以内）。審査担当者が短時間で読めるよう、段落を分けるか箇条書きにしてください。`,
          en: `This paragraph has ${m.value} ${unitEn} (aim for ${limit} or fewer). Break it up or turn it into bullet points so it can be read at a glance.`,
        },
        { start: para.start, end: para.end, text: para.text },
      ),
    );
  }
  return out;
}

function planTooLong(plan: AnalyzedPlan): RawFinding[] {
  const japanese = plan.language === 'ja';
  let total = 0;
  for (const s of plan.sections) total += japanese ? countChars(s.body) : countWords(s.body);
  const limit = japanese ? JA_MAX_PLAN_CHARS : EN_MAX_PLAN_WORDS;
  if (total <= limit) return [];
  const unitJa = japanese ? '字' : '語';
  const unitEn = japanese ? 'characters' : 'words';
  return [
    finding('readability.plan_too_long', null, {
      ja: `計画書全体が${total}${unitJa}あります（目安${limit}${unitJa}以内）。長い計画書は読まれにくく、要点が伝わりません。重複や経緯の説明を削り、事実と対策に絞ってください。`,
      en: `The plan has ${total} ${unitEn} (aim for ${limit} or fewer). Long letters are skimmed and their point is lost; cut repetition and background, keep facts and actions.`,
    }),
  ];
}

function noBullets(section: AnalyzedSection): RawFinding[] {
  if (section.kind !== 'corrective_actions' && section.kind !== 'preventive_measures') return [];
  if (section.isEmpty || section.seg.lines.some((l) => l.isBullet)) return [];
  const m = measure(section.body);
  const min = m.japanese ? BULLETS_MIN_JA_CHARS : BULLETS_MIN_EN_WORDS;
  if (section.seg.sentences.length < 2 || m.value < min) return [];
  return [
    finding('readability.no_bullets', section, {
      ja: '対策が文章で書かれています。「・」や「1.」「①」の箇条書きにし、1項目に1つの対策（誰が・いつ・何を）を書くと、審査担当者が確認しやすくなります。',
      en: 'The actions are written as prose. Use bullet points ("-", "1.") with one action per item (who, when, what) so the reviewer can tick them off.',
    }),
  ];
}

export function checkReadability(plan: AnalyzedPlan): RawFinding[] {
  const out: RawFinding[] = [];
  for (const section of plan.sections) {
    out.push(...longSentences(section), ...longParagraphs(section), ...noBullets(section));
  }
  out.push(...planTooLong(plan));
  return out;
}
