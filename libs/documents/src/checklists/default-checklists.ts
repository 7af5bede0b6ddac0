/**
 * The documents a consultancy asks a seller for, per violation category (DOMAIN.md): the starting
 * point of a case's document requests, which a consultant then edits. Items shared by several
 * categories are the same object, so merging a case with several categories lists each once.
 */

// One list of violation categories for the whole product: the notice reader's.
import { VIOLATION_CATEGORIES, type ViolationCategory } from '@reinstate/cases';
export { VIOLATION_CATEGORIES, type ViolationCategory };

export const DOCUMENT_KINDS = [
  'invoice',
  'receipt',
  'supplier_letter',
  'letter_of_authorization',
  'identity',
  'utility_bill',
  'notice',
  'correspondence',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

export interface ChecklistItem {
  readonly kind: DocumentKind;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

const item = (kind: DocumentKind, title: LocalizedText, description: LocalizedText): ChecklistItem =>
  Object.freeze({ kind, title: Object.freeze(title), description: Object.freeze(description) });

// -- Items used by several categories --

const NOTICE = item(
  'notice',
  { ja: 'Amazonからの通知（原文のまま）', en: "The marketplace's notice, verbatim" },
  {
    ja: 'メールは転送や要約をせず.emlまたはPDFで、アカウントヘルスの画面はスクリーンショットで。期限や対象ASINの記載も含めてください。',
    en: 'The e-mail as received (.eml or PDF, not forwarded or summarised) or a screenshot of the Account Health page, including any deadline and the list of affected ASINs.',
  },
);

const SUPPLIER_INVOICES = item(
  'invoice',
  { ja: '仕入先の請求書（対象ASIN・過去365日以内）', en: 'Supplier invoices for the affected ASINs (last 365 days)' },
  {
    ja: 'メーカー・卸売業者・小売業者が過去365日以内に発行したもの。仕入先の名称・住所・電話番号・メールアドレスまたはウェブサイト、購入者（出品者）の名称と住所（セラーセントラルの登録情報と一致）、ASINに対応する商品名、販売数をまかなう数量が分かること。金額は黒塗りでも構いません。',
    en: 'Issued by the maker, wholesaler or retailer within the last 365 days, showing the supplier\'s name, address, phone and e-mail or website; your name and address as registered in Seller Central; product names matching the ASINs; and quantities covering the units you sold. Prices may be hidden.',
  },
);

const RETAIL_RECEIPTS = item(
  'receipt',
  { ja: '領収書（小売店で仕入れた場合）', en: 'Receipts (for goods bought from a retailer)' },
  {
    ja: '店舗名・住所・電話番号、購入日、商品名と数量が分かるもの。レシートだけでは不十分とされることがあるため、請求書が取れる場合は請求書を優先してください。',
    en: "Showing the shop's name, address and phone, the purchase date, the products and quantities. Till receipts alone are often judged insufficient: prefer an invoice when the shop can issue one.",
  },
);

const SUPPLIER_LETTER = item(
  'supplier_letter',
  { ja: '仕入先の連絡先と仕入経路の書面', en: "Supplier letter with contact details and the supply chain" },
  {
    ja: '仕入先のレターヘッドで、メーカーからの仕入経路（メーカー→卸→出品者）、担当者名、電話番号、メールアドレスが分かるもの。審査担当が仕入先へ確認の連絡をすることがあるため、連絡のつく窓口を記載してください。',
    en: "On the supplier's letterhead: where the goods come from (maker → distributor → you), a named contact, phone number and e-mail. The reviewer may contact the supplier to verify, so the contact must be reachable.",
  },
);

const LOA = item(
  'letter_of_authorization',
  { ja: '権利者・ブランドオーナーの販売許諾書（該当する場合）', en: 'Letter of authorisation from the brand or rights owner (if one is involved)' },
  {
    ja: 'ブランドオーナーが関係する場合や許諾の必要な商品の場合。権利者の名称と連絡先、許諾の対象（商品・販売チャネル）と期間、署名があるもの。',
    en: 'When a brand owner is involved or the product needs permission: names the rights owner and their contact details, the products and channels covered and the period, and is signed.',
  },
);

const PRODUCT_PHOTOS = item(
  'other',
  { ja: '商品・パッケージ・ラベルの写真', en: 'Photos of the product, packaging and labels' },
  {
    ja: '在庫の実物を撮影したもの。製造者表示、型番、ロット番号、JANコード、各種マークが読めるように。',
    en: 'Photos of the stock itself, with the maker, model number, lot number, barcode and any marks legible.',
  },
);

const LISTING_SCREENSHOTS = item(
  'other',
  { ja: '商品ページの修正前後の画面', en: 'Screenshots of the listing before and after correction' },
  {
    ja: '問題の箇所（ブランド名、画像、説明文など）をどう修正したか、または出品を取り下げたかが分かるもの。',
    en: 'Showing how the problem (brand name, images, description…) was corrected, or that the listing was closed.',
  },
);

const BUYER_MESSAGES = item(
  'correspondence',
  { ja: '購入者とのメッセージ履歴', en: 'Messages with buyers' },
  {
    ja: '対象注文についての購入者からの苦情・問い合わせと、その返信（返信までの時間が分かるもの）。',
    en: 'Complaints and questions from buyers about the affected orders, with your replies and when you sent them.',
  },
);

const ORDER_REPORT = item(
  'other',
  { ja: '対象期間の注文レポート', en: 'Order report for the period' },
  {
    ja: 'セラーセントラルからダウンロードした注文レポート（CSV可）。対象となった注文番号が分かるもの。',
    en: 'The order report downloaded from Seller Central (CSV is fine), identifying the orders concerned.',
  },
);

const IDENTITY = item(
  'identity',
  { ja: '本人確認書類（代表者）', en: "Identity document of the account holder" },
  {
    ja: 'パスポート、運転免許証、マイナンバーカード（表面のみ。個人番号の記載面は提出しないでください）、在留カードのいずれか。有効期限内で、氏名がセラーセントラルの登録情報と一致し、四隅まで写ったカラー画像。',
    en: 'Passport, driving licence, My Number card (front only: never the side with the personal number) or residence card; valid, with the name matching Seller Central, in colour with all four corners visible.',
  },
);

const UTILITY_BILL = item(
  'utility_bill',
  { ja: '公共料金の請求書（発行から90日以内）', en: 'Utility bill issued within the last 90 days' },
  {
    ja: '電気・ガス・水道・固定電話などの請求書または領収書で、発行日が90日以内、名義と住所がセラーセントラルの登録情報と一致するもの。携帯電話の請求書は認められないことがあります。',
    en: 'An electricity, gas, water or landline bill or receipt issued within the last 90 days, in the name and at the address registered in Seller Central. Mobile-phone bills may not be accepted.',
  },
);

// -- The checklists --

export const DEFAULT_CHECKLISTS: Readonly<Record<ViolationCategory, readonly ChecklistItem[]>> = Object.freeze({
  ip_complaint: Object.freeze([
    NOTICE,
    item(
      'correspondence',
      { ja: '権利者とのやり取り（申し立ての取り下げを含む）', en: 'Correspondence with the rights owner (including any retraction)' },
      {
        ja: '通知に記載された申立人の連絡先とのメール。申し立ての取り下げに応じてもらえた場合は、その取り下げの文面。',
        en: 'E-mails with the complainant named in the notice; if they agreed to withdraw the complaint, the retraction itself.',
      },
    ),
    SUPPLIER_INVOICES,
    LOA,
    item(
      'other',
      { ja: '自社の商標・意匠登録証（自社が権利者の場合）', en: 'Your own trademark or design registration (if you hold the right)' },
      {
        ja: '特許庁の登録証、またはJ-PlatPatの登録情報の写し。',
        en: 'The registration certificate, or the J-PlatPat record, for the right the complaint concerns.',
      },
    ),
    LISTING_SCREENSHOTS,
  ]),
  authenticity: Object.freeze([NOTICE, SUPPLIER_INVOICES, SUPPLIER_LETTER, LOA, RETAIL_RECEIPTS, PRODUCT_PHOTOS, BUYER_MESSAGES]),
  condition: Object.freeze([
    NOTICE,
    SUPPLIER_INVOICES,
    RETAIL_RECEIPTS,
    BUYER_MESSAGES,
    PRODUCT_PHOTOS,
    item(
      'other',
      { ja: '検品・保管の記録', en: 'Inspection and storage records' },
      {
        ja: '出荷前の検品手順とチェックリスト、保管場所の写真、消費期限・使用期限の管理記録など。',
        en: 'Your pre-shipment inspection procedure and checklist, photos of where stock is kept, and expiry-date tracking.',
      },
    ),
    item(
      'correspondence',
      { ja: '不良品について仕入先とのやり取り', en: 'Correspondence with the supplier about the defects' },
      {
        ja: '不良の報告、原因の説明、交換・返品の記録など。',
        en: 'Defect reports, the supplier\'s explanation of the cause, and records of replacements or returns.',
      },
    ),
  ]),
  late_shipment: Object.freeze([
    NOTICE,
    item(
      'other',
      { ja: '遅延した注文の出荷・配送記録', en: 'Shipping and carrier records for the late orders' },
      {
        ja: '注文ごとの出荷日、追跡番号、配送業者（ヤマト運輸・佐川急便・日本郵便など）の集荷記録。',
        en: "For each late order: the ship date, tracking number and the carrier's pickup record (Yamato, Sagawa, Japan Post…).",
      },
    ),
    ORDER_REPORT,
    item(
      'correspondence',
      { ja: '配送業者からの遅延・集荷停止の連絡', en: 'Carrier notices about delays or suspended pickups' },
      {
        ja: '天候や集荷停止など遅延の事実を示すもの。改善計画書では配送業者のせいにせず、事実として記載します。',
        en: 'Evidence of delays such as weather or suspended pickups. The plan states these as facts, never as blame on the carrier.',
      },
    ),
    item(
      'other',
      { ja: '改善後の出荷手順書', en: 'Your shipping procedure after the fix' },
      {
        ja: '出荷締め時刻、リードタイムの設定、担当者、休日の対応など、出荷遅延率を4%以下に保つ仕組み。',
        en: 'Cut-off times, handling-time settings, who ships, weekend and holiday cover: how the late shipment rate stays at or under 4 %.',
      },
    ),
  ]),
  cancellation: Object.freeze([
    NOTICE,
    ORDER_REPORT,
    item(
      'other',
      { ja: '在庫管理の記録', en: 'Inventory management records' },
      {
        ja: '在庫数の同期方法、他の販路との在庫連携ツールの設定画面など、在庫切れによるキャンセルを防ぐ仕組みを示すもの。',
        en: 'How stock levels are kept in sync (e.g. the settings of a multi-channel inventory tool), showing how stock-out cancellations are prevented.',
      },
    ),
    item(
      'correspondence',
      { ja: '欠品について仕入先とのやり取り', en: 'Correspondence with suppliers about stock shortages' },
      { ja: '入荷遅れや欠品の連絡など。', en: 'Notices of late deliveries or shortages from your suppliers.' },
    ),
  ]),
  customer_service: Object.freeze([
    NOTICE,
    BUYER_MESSAGES,
    item(
      'other',
      { ja: 'Aからz保証申請・チャージバック・否定的な評価の一覧', en: 'A-to-z claims, chargebacks and negative feedback' },
      {
        ja: '申請や評価ごとの注文番号、内容、対応と結果。',
        en: 'For each claim or rating: the order number, what it was about, and how it was resolved.',
      },
    ),
    item(
      'other',
      { ja: '顧客対応の手順書', en: 'Customer-service procedure' },
      {
        ja: '返信の担当者と期限（24時間以内）、返品・返金の基準、テンプレートなど。',
        en: 'Who answers and how fast (within 24 hours), return and refund rules, reply templates.',
      },
    ),
  ]),
  pricing: Object.freeze([
    NOTICE,
    item(
      'invoice',
      { ja: '仕入価格が分かる請求書', en: 'Invoices showing your purchase cost' },
      {
        ja: '価格設定の根拠として、対象ASINの仕入価格と送料が分かる請求書（この場合は金額を隠さないでください）。',
        en: 'Invoices for the affected ASINs showing the purchase price and shipping cost, as the basis of your pricing (do not hide the prices here).',
      },
    ),
    item(
      'other',
      { ja: '価格の推移と価格改定ツールの設定', en: 'Price history and repricing-tool settings' },
      {
        ja: '対象ASINの価格の推移と、自動価格改定ツールの上限・下限の設定画面。',
        en: 'The price history of the affected ASINs and the minimum and maximum set in any repricing tool.',
      },
    ),
    item(
      'other',
      { ja: '市場価格の参考資料', en: 'Market price references' },
      {
        ja: 'メーカー希望小売価格や他の販路での販売価格など。',
        en: "The maker's suggested retail price and prices in other sales channels.",
      },
    ),
  ]),
  listing_accuracy: Object.freeze([
    NOTICE,
    item(
      'other',
      { ja: 'メーカーの仕様書・カタログ', en: "The maker's specifications or catalogue" },
      {
        ja: '商品ページの記載（型番、サイズ、成分、付属品など）の根拠となる資料。',
        en: 'The source of what the listing states: model number, size, ingredients, accessories…',
      },
    ),
    PRODUCT_PHOTOS,
    LISTING_SCREENSHOTS,
  ]),
  review_manipulation: Object.freeze([
    NOTICE,
    item(
      'correspondence',
      { ja: 'レビュー依頼に関する購入者とのメッセージ', en: 'Messages that asked buyers for reviews' },
      {
        ja: 'レビュー依頼のメッセージすべて。見返り（返金・割引・プレゼント）や高評価の誘導がないかを確認します。',
        en: 'Every message that asked for a review; we check them for incentives (refunds, discounts, gifts) or steering towards good ratings.',
      },
    ),
    item(
      'other',
      { ja: '同梱チラシ・サンクスカード', en: 'Package inserts and thank-you cards' },
      { ja: '商品に同梱していた印刷物すべての写真または原稿。', en: 'Photos or the files of everything printed that went into the parcels.' },
    ),
    item(
      'other',
      { ja: '販促・レビュー代行業者との契約と解約の書類', en: 'Contracts with marketing or review services, and proof they ended' },
      {
        ja: '利用していた場合の契約書、請求書、解約の連絡。',
        en: 'If such a service was used: the contract, its invoices, and the notice of termination.',
      },
    ),
  ]),
  related_accounts: Object.freeze([
    NOTICE,
    IDENTITY,
    UTILITY_BILL,
    item(
      'other',
      { ja: '履歴事項全部証明書（法人の場合）', en: 'Company registration certificate (for companies)' },
      {
        ja: '法務局で取得した登記簿謄本。通常、発行から3か月以内のもの。',
        en: 'The certificate of registered matters from the Legal Affairs Bureau, normally issued within the last three months.',
      },
    ),
    item(
      'other',
      { ja: '銀行口座またはクレジットカードの明細', en: 'Bank or credit card statement' },
      {
        ja: 'セラーセントラルに登録した口座・カードの名義が分かる明細（番号の一部は隠して構いません）。',
        en: 'A statement for the account or card registered in Seller Central, showing the holder\'s name (part of the number may be hidden).',
      },
    ),
    item(
      'other',
      { ja: '関連を指摘されたアカウントとの関係を示す資料', en: 'Evidence about the link to the other account' },
      {
        ja: '共有していたネットワーク・端末・住所・家族関係など、関連の理由に関する事実を示すもの（賃貸契約書、ネットワーク機器の設定画面など）。',
        en: 'Facts about what the accounts shared (network, device, address, family): a lease, the router settings, and so on.',
      },
    ),
  ]),
  restricted_product: Object.freeze([
    NOTICE,
    item(
      'other',
      { ja: '試験成績書・適合証明書・SDS', en: 'Test reports, certificates of conformity and safety data sheets' },
      {
        ja: 'PSE（電気用品）、技適（無線機器）、食品衛生法の検査など、該当する法令への適合を示すもの。',
        en: 'Proof of compliance with the rules that apply: PSE for electrical goods, Giteki for radio equipment, food-sanitation tests, and so on.',
      },
    ),
    item(
      'other',
      { ja: '販売に必要な許可証・届出', en: 'Licences and permits for regulated goods' },
      {
        ja: '古物商許可、酒類販売業免許、医薬品・医療機器の販売業許可など、対象商品に必要なもの。',
        en: 'Whatever the product requires: second-hand dealer licence, liquor sales licence, pharmaceutical or medical-device sales permits…',
      },
    ),
    SUPPLIER_INVOICES,
    PRODUCT_PHOTOS,
  ]),
  account_security: Object.freeze([
    NOTICE,
    IDENTITY,
    item(
      'other',
      { ja: '実施したセキュリティ対策の記録', en: 'Record of the security measures taken' },
      {
        ja: 'パスワードの変更、2段階認証の設定、ユーザー権限の見直し、不審なログインの確認などの画面。',
        en: 'Screenshots of the password change, two-step verification, the review of user permissions and of unfamiliar sign-ins.',
      },
    ),
    item(
      'correspondence',
      { ja: '不正アクセスに関する連絡', en: 'Messages about the unauthorised access' },
      {
        ja: '不審なログインの通知、受け取ったフィッシングメールの原文、警察やプロバイダへの相談記録など。',
        en: 'Sign-in alerts, the phishing e-mail as received, and any report made to the police or your provider.',
      },
    ),
  ]),
  other: Object.freeze([
    NOTICE,
    item(
      'correspondence',
      { ja: 'Amazonとのその他のやり取り', en: 'Other correspondence with the marketplace' },
      {
        ja: 'アカウントヘルスサポートやテクニカルサポートとのメール、通話のメモなど。',
        en: 'E-mails with Account Health Support or Seller Support, and notes of phone calls.',
      },
    ),
    item(
      'other',
      { ja: '通知で求められているその他の書類', en: 'Any other document the notice asks for' },
      { ja: '通知に書かれている書類をそのまま用意してください。', en: 'Whatever the notice names, exactly as it names it.' },
    ),
  ]),
});

export function defaultChecklist(category: ViolationCategory): readonly ChecklistItem[] {
  const items = DEFAULT_CHECKLISTS[category];
  if (!items) throw new RangeError(`Unknown violation category: ${String(category)}`);
  return items;
}

/** The items of several categories, in order of first appearance, each kind+title once. */
export function mergeChecklists(categories: readonly ViolationCategory[]): ChecklistItem[] {
  const seen = new Set<string>();
  const merged: ChecklistItem[] = [];
  for (const category of categories) {
    for (const entry of defaultChecklist(category)) {
      const key = `${entry.kind}\u0000${entry.title.en}\u0000${entry.title.ja}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(entry);
    }
  }
  return merged;
}
