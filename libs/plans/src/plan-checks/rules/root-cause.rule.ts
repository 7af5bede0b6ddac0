/**
 * Root cause: a reviewer wants the 5W1H of what happened, not the name of the policy that was broken.
 */
import type { LocalizedText, RootCauseFields } from '../plan-checks.types';
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import { hasText } from '../text/analysis';
import { finding, type RawFinding } from './shared';

type Element = keyof RootCauseFields;

/** A 5W1H label at a line start: `When:`, `- Why:`, 【なぜ】, （いつ）. */
function label(words: string): string {
  return `(?:^|\\n)[ \\t\\u3000・\\-*•●○■□◆◇▪]*(?:\\d+[.)．]\\s*)?[【\\[(（]?\\s*(?:${words})\\s*(?:[】\\])）]|[:：])`;
}

const ELEMENTS: readonly Element[] = ['when', 'where', 'who', 'what', 'why', 'how'];

const ELEMENT_NAMES: Readonly<Record<Element, LocalizedText>> = {
  when: { ja: 'いつ（日付・時期）', en: 'when (dates)' },
  where: { ja: 'どこで（工程・倉庫・画面）', en: 'where (process step, site, system)' },
  who: { ja: '誰が（担当者・役割）', en: 'who (person or role)' },
  what: { ja: '何を（商品・出品・出荷）', en: 'what (product, listing, shipment)' },
  why: { ja: 'なぜ（原因）', en: 'why (the cause)' },
  how: { ja: 'どのように（経緯・仕組みの欠陥）', en: 'how (the sequence, the missing control)' },
};

/**
 * Body cues per element. Deliberately generous: the rule should name what is clearly absent,
 * not nag about wording. A `When:` / `いつ：` label counts as the element itself.
 */
const CUES: Readonly<Record<Element, RegExp>> = {
  when: new RegExp(
    [
      '[0-9０-９]{1,4}\\s*[年月日]',
      '(?:令和|平成)\\s*[0-9０-９元]+年',
      '[0-9０-９]{1,4}[/／.\\-][0-9０-９]{1,2}',
      '先週|先月|昨年|去年|今年|本年|昨日|前日|当日|同日|同月|同年|今月|今週|年末|年始|月末|月初|週末|上旬|中旬|下旬|以降|以前|頃|ごろ|時点|当時|期間|[0-9０-９]+時|午前|午後|際[にはの]|ときに|時期|直後|直前',
      '\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b',
      '\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+\\d',
      '\\bmay\\s+\\d|\\d\\s+may\\b',
      '\\b(?:19|20)\\d{2}\\b',
      '\\b(?:yesterday|last\\s+(?:week|month|year|quarter)|this\\s+(?:week|month|year)|since|until|between|during|at\\s+the\\s+time|(?:when|while|after|before)\\s+(?:we|our|the|a|an|it|they|he|she|staff|new)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d+\\s+(?:days?|weeks?|months?)\\s+(?:ago|before|after|earlier)|q[1-4])\\b',
      label('when|いつ'),
    ].join('|'),
    'i',
  ),
  where: new RegExp(
    [
      '倉庫|拠点|事務所|オフィス|店舗|自社|社内|現場|FBA|フルフィルメント|物流|センター|セラーセントラル|管理画面|出品画面|商品ページ|詳細ページ|出品ページ|カタログ|ファイル|シート|エクセル|Excel|ツール|システム|工程|段階|部署|部門|梱包|検品|仕入|店頭|サイト|ページ|画面|台帳|ラベル|において|にて',
      '\\b(?:warehouse|office|store|shop|seller\\s+central|listing|detail\\s+page|product\\s+page|catalog(?:ue)?|spreadsheet|sheet|file|template|system|software|tool|inventory|fba|fulfil?ment|prep\\s+cent(?:er|re)|supplier|factory|stage|step|process|department|packing|at\\s+our|in\\s+our)\\b',
      label('where|どこで'),
    ].join('|'),
    'i',
  ),
  who: new RegExp(
    [
      '担当|スタッフ|従業員|社員|代表|私|当社|弊社|責任者|パート|アルバイト|外注|業者|メンバー|店長|我々|仕入先|仕入れ先|メーカー|氏|さん|新人|作業者|オペレーター|自分',
      "\\b(?:i|we|our|staff|employee|team|owner|manager|operator|assistant|contractor|freelancer|supplier|vendor|person|lead|packer|picker|va|mr|ms|mrs|colleague|worker|director|ceo|founder|myself)\\b",
      label('who|誰が'),
    ].join('|'),
    'i',
  ),
  what: new RegExp(
    [
      '出品|出荷|商品|ASIN|SKU|在庫|注文|配送|発送|レビュー|登録|ラベル|納品|返品|キャンセル|価格|請求書|画像|説明|タイトル|ブランド|商標|偽物|模倣|真贋|不良|破損|遅延',
      '\\b(?:listing|listed|list|product|item|asin|sku|order|shipment|shipped|ship|inventory|label|review|price|pricing|invoice|cancel\\w*|image|title|brand|trademark|description|delivery|stock|unit)s?\\b',
      label('what|何を'),
    ].join('|'),
    'i',
  ),
  why: new RegExp(
    [
      'ため|ので|から[、,]|原因|理由|により|によって|による|起因|要因|背景|ことから|結果|影響で|おらず|ず[、に]|せず|なかった|いなかった|ませんでした|不足|欠如|怠',
      '\\b(?:because|due\\s+to|caused\\s+by|as\\s+a\\s+result|since\\s+(?:we|our|the|it|there|they)|the\\s+reason|led\\s+to|resulted|result\\s+of|stemmed|owing\\s+to|therefore|which\\s+meant|without|lack\\s+of|lacked|failed\\s+to|did\\s+not|didn\'t|had\\s+not|hadn\'t|no\\s+(?:check|process|procedure|step|control|review|one|rule|system|verification)|nobody|only\\s+criterion)\\b',
      label('why|なぜ'),
    ].join('|'),
    'i',
  ),
  how: new RegExp(
    [
      '方法|手順|経緯|過程|手作業|手動|自動|誤って|間違えて|確認せず|確認しない|怠|漏れ|照合|ことで|により|によって|せずに|しないまま|ないまま|を使|使用|入力|コピー|転記|流用|設定|経由|通じて|ルール|仕組み|体制|フロー|チェック',
      "\\b(?:how|by\\s+\\w+ing|without|manually|automatically|using|used|via|through|instead\\s+of|mistakenly|accidentally|by\\s+mistake|copied|entered|typed|mapped|uploaded|set\\s+up|configured|process|procedure|workflow|checklist|no\\s+(?:check|checks|step|process|control|review)|did\\s+not|didn't|failed\\s+to)\\b",
      // A narrative of consecutive actions is itself the "how": 〜して、〜した / "…ed …, then …ed".
      '(?:して|し|って|いて|んで)[、,]|た(?:後|あと|ところ|結果|際)|まま|ずに',
      '\\b(?:then|after|therefore|which|while|once|so\\s+(?:the|a|we|our|it))\\b|\\b[a-z]{3,}ed\\b[^.]*\\b[a-z]{3,}ed\\b',
      label('how|どのように'),
    ].join('|'),
    'i',
  ),
};

// ---------------------------------------------------------------------------------------------
// Policy name only

/** Names of policies and violation categories: restating them is not a cause. */
const POLICY_CORE_JA = /知的財産|知財|商標|著作権|意匠|特許|真贋|偽造|偽物|模倣|出荷遅延|注文不良|キャンセル率|レビュー|関連アカウント|価格|危険物|制限|規約|ポリシー|違反|侵害/;
const POLICY_CORE_EN =
  /intellectual\s+property|\bip\b|trademark|copyright|patent|authenticity|inauthentic|counterfeit|polic(?:y|ies)|violat|infring|late\s+shipment|defect\s+rate|cancellation\s+rate|pricing|review\s+manipulation|related\s+accounts?|restricted|dangerous\s+goods|code\s+of\s+conduct/i;

/** Policy vocabulary and filler; what is left after removing these is the actual analysis. */
const FILLER_JA =
  /知的財産権?|知財|商標権?|著作権|意匠権?|特許権?|真贋(?:調査|問題)?|偽造品?|偽物|模倣品|コピー品|出荷遅延率?|注文不良率|キャンセル率|レビュー|操作|サクラ|関連アカウント|価格設定|価格|危険物|制限対象|制限|商品|状態|出品|規約|ポリシー|ガイドライン|行動規範|利用|侵害|違反|申し立て|申立て|苦情|クレーム|権利者|に関する|について|による|によるもの|今回|この度|本件|当社|弊社|根本原因|原因|理由|要因|であると考え(?:られ)?(?:ます|ております)|と考え(?:られ)?(?:ます|ております)|でございます|であります|でした|です|ため|もの|こと|ありました|あった|受けた|受けました|発生|しました|した|から|より|Amazon|アマゾン|ASIN|SKU|[A-Za-z0-9]+|[のがはをとでにもへ]|[。、・：:（）()「」\s0-9０-９]/g;

const FILLER_EN = new Set(
  (
    'the a an of to our we my i was were is are be been this that it its root cause causes reason violation violations violated ' +
    'violating breach breached infringement infringing infringed infringe policy policies amazon amazon\'s s intellectual property ip ' +
    'trademark trademarks copyright copyrights design patent authenticity inauthentic counterfeit complaint complaints received ' +
    'receive due by for on in regarding related relating listing listings product products condition late shipment shipments rate ' +
    'order orders defect cancellation pricing price review reviews manipulation account accounts restricted dangerous goods hazmat ' +
    'code conduct seller selling guideline guidelines rule rules terms notice issue issues problem problems with about and as had ' +
    'has have there under against because simply which what one main primary of issue note summary from owner owners rights ' +
    'holder holders asin asins sku skus regarding concerning filed file submitted'
  ).split(' '),
);

/** Up to this much non-policy content still reads as "the policy name, restated". */
const MAX_RESIDUE_JA_CHARS = 8;
const MAX_RESIDUE_EN_WORDS = 3;

function restatesPolicyOnly(text: string): boolean {
  const ja = text.replace(/[A-Za-z0-9\s.,:;'’"()\-]/g, '').length > 0 && /[\u3040-\u9fff]/.test(text);
  if (ja) {
    if (!POLICY_CORE_JA.test(text)) return false;
    return text.replace(FILLER_JA, '').length <= MAX_RESIDUE_JA_CHARS;
  }
  if (!POLICY_CORE_EN.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z0-9][a-z0-9'’\-]*/g) ?? [];
  // Identifiers (ASINs, SKUs) name the listing, not a cause.
  return words.filter((w) => !FILLER_EN.has(w.replace(/’/g, "'")) && !/\d/.test(w)).length <= MAX_RESIDUE_EN_WORDS;
}

function policyOnly(section: AnalyzedSection): RawFinding[] {
  const fields = section.rootCause ?? {};
  if (!hasText(section.body) || ELEMENTS.some((e) => hasText(fields[e])) || !restatesPolicyOnly(section.body)) return [];
  return [
    finding('root_cause.policy_name_only', section, {
      ja: '根本原因が違反したポリシー名（例：「知的財産権の侵害」）の言い換えだけになっています。ポリシー名は結果であって原因ではありません。なぜその違反が自社で起きたのか（確認手順の欠如、仕入先の選定方法など）を具体的に書いてください。',
      en: 'The root cause only restates the policy name (e.g. "violation of the IP policy"). That is the outcome, not the cause. Explain why it happened in your operation (a missing check, how the supplier was chosen, who did what).',
    }),
  ];
}

/**
 * 5W1H is judged over all root-cause sections together: a plan that splits its analysis into
 * "root cause 1" and "root cause 2" usually gives the date once.
 */
function missing5w1h(sections: AnalyzedSection[]): RawFinding[] {
  const present = (e: Element): boolean =>
    sections.some((s) => hasText(s.rootCause?.[e]) || CUES[e].test(s.body) || ELEMENTS.some((f) => hasText(s.rootCause?.[f]) && CUES[e].test(s.rootCause?.[f] ?? '')));
  const missing = ELEMENTS.filter((e) => !present(e));
  if (missing.length === 0) return [];
  const ja = missing.map((e) => ELEMENT_NAMES[e].ja).join('、');
  const en = missing.map((e) => ELEMENT_NAMES[e].en).join(', ');
  return [
    finding('root_cause.missing_5w1h', sections[0], {
      ja: `根本原因に次の要素が見当たりません：${ja}。第三者が読んで経緯を追えるよう、5W1Hを事実で補ってください。`,
      en: `The root cause does not state: ${en}. Add these facts so a third party can follow what happened.`,
    }),
  ];
}

export function checkRootCause(plan: AnalyzedPlan): RawFinding[] {
  // Empty root-cause sections are reported by the structure rule; repeating it here adds noise.
  const sections = plan.sections.filter((s) => s.kind === 'root_cause' && !s.isEmpty);
  if (sections.length === 0) return [];
  return [...sections.flatMap(policyOnly), ...missing5w1h(sections)];
}
