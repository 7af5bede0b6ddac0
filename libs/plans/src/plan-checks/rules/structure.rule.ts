/**
 * Structure: the sections a reviewer expects, in the order they expect them.
 */
import type { LocalizedText, PlanCheckContext, SectionKind } from '../plan-checks.types';
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import { countChars, countWords, isJapaneseText } from '../text/segment';
import { finding, type RawFinding } from './shared';

export const REQUIRED_KINDS: readonly SectionKind[] = ['summary', 'root_cause', 'corrective_actions', 'preventive_measures'];

const KIND_NAMES: Readonly<Record<SectionKind, LocalizedText>> = {
  summary: { ja: '概要', en: 'summary' },
  root_cause: { ja: '根本原因', en: 'root cause' },
  corrective_actions: { ja: '是正措置（実施済みの対策）', en: 'corrective actions (already taken)' },
  preventive_measures: { ja: '再発防止策', en: 'preventive measures' },
  fba_stock: { ja: 'FBA在庫の取り扱い', en: 'FBA stock' },
  supporting_documents: { ja: '添付資料', en: 'supporting documents' },
  free: { ja: '自由記述', en: 'free text' },
};

const KIND_ADVICE: Readonly<Record<SectionKind, LocalizedText>> = {
  summary: { ja: '冒頭で、何が起き、何を直し、今後どう防ぐかを3〜5行で要約してください。', en: 'Open with 3-5 lines on what happened, what was fixed and how it is prevented.' },
  root_cause: { ja: 'いつ・どこで・誰が・何を・なぜ・どのように起きたかを事実で書いてください。', en: 'State when, where, who, what, why and how it happened, as facts.' },
  corrective_actions: { ja: '既に実施した対策を、日付や対象を添えて箇条書きで書いてください。', en: 'List the actions already taken, with dates and what they covered.' },
  preventive_measures: { ja: '今後の仕組み（誰が・いつ・何を確認するか）を箇条書きで書いてください。', en: 'List the ongoing controls: who checks what, and how often.' },
  fba_stock: { ja: '', en: '' },
  supporting_documents: { ja: '', en: '' },
  free: { ja: '', en: '' },
};

/** Leading text allowed before the summary: an addressee line and a courtesy sentence or two. */
const MAX_PREAMBLE_JA_CHARS = 150;
const MAX_PREAMBLE_EN_WORDS = 50;
const MAX_PREAMBLE_SENTENCES = 4;

function isPreamble(section: AnalyzedSection): boolean {
  if (section.kind !== 'free') return false;
  if (section.seg.sentences.length > MAX_PREAMBLE_SENTENCES) return false;
  return isJapaneseText(section.body) ? countChars(section.body) <= MAX_PREAMBLE_JA_CHARS : countWords(section.body) <= MAX_PREAMBLE_EN_WORDS;
}

function requiredSections(plan: AnalyzedPlan): RawFinding[] {
  const out: RawFinding[] = [];
  for (const kind of REQUIRED_KINDS) {
    const sections = plan.sections.filter((s) => s.kind === kind);
    const name = KIND_NAMES[kind];
    const advice = KIND_ADVICE[kind];
    if (sections.length === 0) {
      out.push(
        finding('structure.required_section_missing', null, {
          ja: `「${name.ja}」の項目がありません。審査ではこの項目の有無が確認されます。${advice.ja}`,
          en: `The plan has no ${name.en} section, which reviewers look for. ${advice.en}`,
        }),
      );
    } else if (sections.every((s) => s.isEmpty)) {
      out.push(
        finding('structure.required_section_missing', sections[0], {
          ja: `「${name.ja}」が空欄です。${advice.ja}`,
          en: `The ${name.en} section is empty. ${advice.en}`,
        }),
      );
    }
  }
  return out;
}

function summaryFirst(plan: AnalyzedPlan): RawFinding[] {
  const summary = plan.sections.find((s) => s.kind === 'summary' && !s.isEmpty);
  if (!summary) return [];
  const first = plan.sections.find((s) => !s.isEmpty && !isPreamble(s));
  if (!first || first === summary) return [];
  return [
    finding('structure.summary_not_first', summary, {
      ja: '概要が冒頭にありません。審査担当者は短時間で読み、上長の承認を得るため、結論（何が起き、何を直したか）を最初に置いてください。',
      en: 'The summary is not at the top. Reviewers read fast and need a supervisor’s approval, so move the summary (what happened, what was fixed) to the start.',
    }),
  ];
}

// A sentence covers FBA stock when it names FBA, the stock, and what is done with it.
const FBA_RE = /FBA|フルフィルメント|fulfil?ment\s+cent(?:er|re)/i;
const STOCK_RE = /在庫|商品|納品|inventory|stock|units|items/i;
const DISPOSITION_RE =
  /返送|廃棄|処分|返還|保管|販売|出荷|停止|回収|検品|移動|引き上げ|引上げ|返品|残っ|ありません|ございません|ない|remov|dispos|return|recall|withdr[ae]w|destroy|liquidat|keep|kept|remain|stor(?:e|ed|age)|hold|held|inspect|re-?label|sell|sold|send\s+back|ship(?:ped)?\s+back|no\s+(?:inventory|stock|units)/i;

function coversFbaStock(section: AnalyzedSection): boolean {
  return section.seg.sentences.some((s) => FBA_RE.test(s.text) && STOCK_RE.test(s.text) && DISPOSITION_RE.test(s.text));
}

function fbaStock(plan: AnalyzedPlan, context: PlanCheckContext): RawFinding[] {
  if (!context.usesFba) return [];
  const fbaSections = plan.sections.filter((s) => s.kind === 'fba_stock');
  const filled = fbaSections.find((s) => !s.isEmpty);
  if (filled) return [];
  // Some consultancies state the stock decision inside corrective actions; accept that.
  if (fbaSections.length === 0 && plan.sections.some((s) => coversFbaStock(s))) return [];
  const message: LocalizedText = {
    ja: 'FBAを利用しているため、FBA倉庫にある在庫をどうするか（返送・廃棄・検品後に販売継続など）を、数量と時期を添えて記載してください。',
    en: 'The client uses FBA: state what happens to the stock in the fulfilment centres (removal, disposal, inspection before resale), with quantities and dates.',
  };
  if (fbaSections.length > 0) {
    return [finding('structure.fba_stock_missing', fbaSections[0], { ja: `FBA在庫の項目が空欄です。${message.ja}`, en: `The FBA stock section is empty. ${message.en}` })];
  }
  return [finding('structure.fba_stock_missing', null, message)];
}

export function checkStructure(plan: AnalyzedPlan, context: PlanCheckContext): RawFinding[] {
  return [...requiredSections(plan), ...summaryFirst(plan), ...fbaStock(plan, context)];
}
