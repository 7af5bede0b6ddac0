/**
 * Violation categories by keyword family (Japanese and English). Each category is reported once,
 * at its first credible mention; footers and anti-phishing boilerplate are ignored.
 */
import type { Confidence, Extracted, ViolationCategory } from './notice-reader.types';
import { extracted, sentenceText, type ReaderContext } from './context';
import { isBoilerplate, matchAll } from './segments';

interface Family {
  category: ViolationCategory;
  strong: RegExp;
  /** Weaker wording: reported with medium confidence. */
  weak?: RegExp;
}

const CUSTOMER_SERVICE =
  /注文不良率|\bODR\b|order defect rate|A-to-z|Aからz|マーケットプレイス保証|チャージバック|chargebacks?|negative feedback|否定的な評価|低い評価|悪い評価|購入者(?:から|と|へ)の(?:メッセージ|問い合わせ|お問い合わせ|連絡)|buyer(?:-seller)? messages?|customer service|カスタマーサービス|顧客対応|contact response time|返信時間|customer (?:experience|dissatisfaction)|カスタマーエクスペリエンス/gi;

const FAMILIES: Family[] = [
  {
    category: 'ip_complaint',
    strong:
      /知的財産|商標権|商標(?:の)?侵害|著作権|意匠権|特許権?|権利侵害|侵害(?:の)?(?:申し立て|申立て?|通知|報告)|権利者|権利所有者|intellectual[\s-]property|\btrademarks?\b|\bcopyrights?\b|\bpatents?\b|design rights?|\binfring\w*|rights?[\s-]owners?|\bIP complaints?/gi,
    weak: /ブランド所有者|ブランドオーナー|brand owners?/gi,
  },
  {
    category: 'authenticity',
    strong:
      /真贋|真正性|偽物|偽造品?|偽ブランド|模倣品|コピー品|海賊版|非正規品|正規品ではない|inauthentic|authenticity|counterfeit\w*|not (?:genuine|authentic)|\bfake\b(?!\s+(?:reviews?|ratings?|feedback))|knock-?offs?/gi,
    weak: /正規品|本物|正規の仕入/gi,
  },
  {
    category: 'condition',
    strong:
      /商品の状態|商品状態|コンディション|中古品を新品|新品として|使用済み|使用感|破損|不良品|欠陥|期限切れ|消費期限|賞味期限|product condition|item condition|condition (?:complaints?|of (?:the|your) (?:item|product)s?)|used (?:item |product )?sold as new|sold as new|defective|damaged|expired (?:products?|items?)/gi,
    weak: /品質(?:に関する|の)?(?:苦情|問題|不良)|quality (?:complaints?|issues?)/gi,
  },
  {
    category: 'late_shipment',
    strong:
      /出荷遅延|発送遅延|遅延出荷|出荷の遅れ|発送の遅れ|配送遅延|late[\s-]shipment|late dispatch|shipped late/gi,
    weak: /valid tracking rate|追跡可能率|有効な追跡|on-time delivery|定時配達/gi,
  },
  {
    category: 'cancellation',
    strong:
      /出荷前キャンセル|キャンセル率|注文(?:を|の)?キャンセル|cancell?ation rate|pre-fulfill?ment cancel\w*|order cancell?ations?|cancell?ed orders/gi,
  },
  {
    category: 'customer_service',
    strong: CUSTOMER_SERVICE,
  },
  {
    category: 'pricing',
    strong:
      /価格設定(?:ポリシー)?|不当な価格|不当に高い|価格(?:の)?(?:吊り上げ|つり上げ)|高額な価格|公正な価格|フェアプライシング|price gouging|fair pricing|pricing (?:policy|error|violations?)|unfair pric\w*|excessive(?:ly)? (?:high )?pric\w*|significantly higher than/gi,
    weak: /参考価格|reference price/gi,
  },
  {
    category: 'listing_accuracy',
    strong:
      /商品詳細ページ(?:の|に関する)?(?:規約|ポリシー|ガイドライン|ルール)|不正確な(?:商品)?情報|誤った(?:商品)?情報|商品(?:説明|情報|詳細ページ)と異な|詳細ページ[^。\n]{0,25}?(?:異な|違い|一致し)|説明と(?:異な|違)|出品情報(?:が|の)(?:誤|不正確)|inaccurate|misleading|incorrect (?:listing|product) (?:information|details)|detail page (?:rules|policy|violations?)|listing (?:accuracy|policy violations?)|not as described|materially different|does not match the (?:detail page|listing)/gi,
  },
  {
    category: 'review_manipulation',
    strong:
      /レビュー(?:の)?操作|レビューを操作|評価(?:の)?操作|自演|サクラ|やらせ|不正(?:な)?レビュー|カスタマーレビュー(?:に関する|の)?(?:ポリシー|規約|ガイドライン)|(?:review|rating)s? manipulation|manipulat\w* (?:(?:product|customer) )?(?:reviews|ratings)|incentivi[sz]ed reviews?|fake reviews?|review abuse|community guidelines|customer reviews? polic(?:y|ies)|product reviews? polic(?:y|ies)/gi,
    weak: /レビュー(?:の)?(?:依頼|投稿)(?:の)?(?:見返り|報酬|インセンティブ)|見返り/gi,
  },
  {
    category: 'related_accounts',
    strong:
      /関連(?:する)?(?:出品者|出品用)?アカウント|関連付けられた(?:出品者|出品用)?アカウント|複数の(?:出品|出品用|出品者)?アカウント|(?:別|他)の(?:出品|出品用|出品者)?アカウント(?:と|に)(?:関連|紐づ|紐付)|related (?:seller |selling )?accounts?|multiple (?:selling |seller )?accounts|another (?:selling |seller )?account|linked accounts?|associated with (?:another|other) (?:selling )?accounts?/gi,
  },
  {
    category: 'restricted_product',
    strong:
      /出品禁止商品|禁止商品|禁制品|制限対象(?:商品)?|危険物|危険品|医薬品|医療機器|薬機法|薬事法|規制対象|リコール|電波法|技適|restricted products?|prohibited (?:products?|items?)|\bhazmat\b|dangerous goods|hazardous|pesticides?|recall(?:ed)?|product safety|unsafe|medical devices?/gi,
    weak: /安全性|\bPSE\b|食品衛生法|化粧品/gi,
  },
  {
    category: 'account_security',
    strong:
      /不正アクセス|不正ログイン|乗っ取|二段階認証|2段階認証|二要素認証|不審な(?:ログイン|アクセス|アクティビティ|操作)|unauthori[sz]ed (?:access|activity|changes|log-?ins?)|compromised|security (?:concerns?|issues?|breach|reasons)|suspicious (?:activity|log-?ins?)|two-step verification|2-step verification/gi,
    weak: /セキュリティ|パスワード(?:の)?(?:変更|リセット)|password reset/gi,
  },
];

/** Reported as 'other' only when nothing more specific matched. */
const OTHER =
  /本人確認|身元確認|出品者審査|identity verification|verify your identity|seller verification|行動規範|code of conduct|不正行為|詐欺|deceptive|fraudulent|\bfraud\b/gi;

export function readCategories(ctx: ReaderContext): Extracted<ViolationCategory>[] {
  const found: Extracted<ViolationCategory>[] = [];
  const firstHit = (re: RegExp): { start: number; end: number } | null => {
    for (const m of matchAll(re, ctx.text)) {
      const sentence = sentenceText(ctx, m.index);
      // Footers, and self-descriptions such as "If you are the trademark owner, provide…".
      if (isBoilerplate(sentence) || /^\W*if you (?:are|own)\b/i.test(sentence.trim())) continue;
      // 「出品者様が権利者ではない場合」: a condition describing the seller, not the violation.
      if (/^[^。\n]{0,6}?(?:ではない|でない|である|でなければ)場合/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      // "A-to-z claims and chargebacks may be deducted from your account" is funds boilerplate.
      if (re === CUSTOMER_SERVICE && /deduct|差し引|控除/i.test(sentence)) continue;
      return { start: m.index, end: m.index + m[0].length };
    }
    return null;
  };
  for (const f of FAMILIES) {
    const strong = firstHit(f.strong);
    const weak = f.weak ? firstHit(f.weak) : null;
    const hit = strong ?? weak;
    if (!hit) continue;
    const confidence: Confidence = strong ? 'high' : 'medium';
    found.push(extracted(ctx, hit.start, hit.end, f.category, confidence));
  }
  if (found.length === 0) {
    const other = firstHit(OTHER);
    if (other) found.push(extracted(ctx, other.start, other.end, 'other', 'low'));
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
