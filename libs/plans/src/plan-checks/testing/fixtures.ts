/**
 * Realistic plans of action shared by the specs. Written the way consultancies write them:
 * summary first, 5W1H root cause, dated corrective actions, bulleted preventive measures.
 */
import type { PlanCheckContext, PlanDocument, PlanSection, SectionKind } from '../plan-checks.types';

export const GOOD_PLAN_JA: PlanDocument = {
  language: 'ja',
  sections: [
    {
      id: 'ja-summary',
      kind: 'summary',
      title: '概要',
      body: [
        'この度は、お客様にご迷惑をおかけしたことをお詫び申し上げます。',
        '2024年10月2日、当社の出品担当者がSKUと商品ページの紐付けを誤り、ASIN B0CXYZ1234 に別の商品を出品しました。',
        'その結果、購入者3名に注文と異なる商品が届き、「商品の状態」に関する苦情を受けました。',
        '当社は該当出品を削除し、購入者全員への返金を完了しました。',
        '今後は、出品前に2名でSKUとASINを照合する手順を導入し、同じ誤りが起きない体制にしました。',
      ].join('\n'),
    },
    {
      id: 'ja-root',
      kind: 'root_cause',
      title: '根本原因',
      body: [
        '【いつ】2024年10月2日（水）14時頃',
        '【どこで】当社事務所での出品作業（セラーセントラルの一括登録ファイル）',
        '【誰が】出品担当者（入社2か月のスタッフ1名）',
        '【何を】新商品「ステンレスボトル500ml」のSKUを、既存の「ステンレスボトル350ml」のASIN B0CXYZ1234 に紐付けて登録しました。',
        '【なぜ】一括登録ファイルの作成を担当者1名で行い、登録前にASINと商品実物を照合する手順がなかったためです。',
        'また、類似商品のSKU名が「SB-500」「SB-350」と似ており、取り違えやすい状態でした。',
        '【どのように】担当者は前回のファイルをコピーして新商品の行を作成し、ASIN列を修正しないまま登録しました。',
      ].join('\n'),
    },
    {
      id: 'ja-corrective',
      kind: 'corrective_actions',
      title: '是正措置（実施済み）',
      body: [
        '・10月4日、ASIN B0CXYZ1234 に紐付いていた誤った出品を削除しました。',
        '・10月4日〜5日、誤った商品が届いた購入者3名に連絡し、全額返金と返品受付を完了しました。',
        '・10月7日、過去90日間に登録した全SKU（計212件）のASIN紐付けを2名で再確認し、他に誤りがないことを確認しました。',
      ].join('\n'),
    },
    {
      id: 'ja-preventive',
      kind: 'preventive_measures',
      title: '再発防止策',
      body: [
        '1. 出品前のダブルチェック：新規SKUの登録は、作成者とは別の担当者が商品実物・JANコード・ASINを照合してから行います（10月8日より実施）。',
        '2. チェックリストの導入：照合項目をまとめた「出品前チェックリスト」を作成し、登録のたびに記録を残します（添付資料1）。',
        '3. SKU命名規則の変更：容量を末尾に明記する命名規則に改め、類似SKUの取り違えを防ぎます。',
        '4. 月次確認：毎月第1営業日に、店長が前月に登録したSKUを抜き取りで確認します。',
        '5. 研修：新しく入ったスタッフには、初日に店長が上記手順の研修（30分）を行います。',
      ].join('\n'),
      documentIds: ['doc-checklist'],
    },
    {
      id: 'ja-fba',
      kind: 'fba_stock',
      title: 'FBA在庫の取り扱い',
      body: [
        'FBA倉庫にある500mlボトル（28個）は、10月5日に返送を依頼しました。当社で検品した後、正しいASINで登録し直します。',
        'ASIN B0CXYZ1234 のFBA在庫（350ml、40個）は正しい商品であることを確認済みのため、販売を継続します。',
      ].join('\n'),
    },
    {
      id: 'ja-docs',
      kind: 'supporting_documents',
      title: '添付資料',
      body: '・添付資料1：出品前チェックリスト\n・添付資料2：購入者への返金記録',
      documentIds: ['doc-checklist', 'doc-refunds'],
    },
    { id: 'ja-closing', kind: 'free', body: '以上、ご確認のほどよろしくお願い申し上げます。' },
  ],
};

export const GOOD_CONTEXT_JA: PlanCheckContext = {
  usesFba: true,
  uploadedDocumentIds: ['doc-checklist', 'doc-refunds'],
  noticeAsins: ['B0CXYZ1234'],
};

export const GOOD_PLAN_EN: PlanDocument = {
  language: 'en',
  sections: [
    {
      id: 'en-summary',
      kind: 'summary',
      title: 'Summary',
      body: [
        'On 12 September 2024 we received an authenticity complaint for ASIN B0DABC5678 (wireless earbuds).',
        'We had bought 50 units from a wholesaler we had not verified, and its invoice did not name the manufacturer.',
        'We closed the listing, removed the FBA stock and now buy this brand only from its authorised distributor.',
      ].join(' '),
    },
    {
      id: 'en-root',
      kind: 'root_cause',
      title: 'Root cause',
      body: [
        '- When: 20 August 2024, when we placed the purchase order.',
        '- Where: our purchasing step, which had no supplier verification.',
        '- Who: the owner, who handles purchasing, approved the order alone.',
        '- What: 50 units of earbuds bought from Tokyo Trading Co., a wholesaler new to us.',
        '- Why: we had no rule requiring proof that a supplier buys from the brand or its authorised distributor. Price was the only criterion.',
        '- How: the order was placed by e-mail. The invoice listed only the wholesaler and a generic product description, and nobody compared it with the brand’s list of authorised distributors.',
      ].join('\n'),
    },
    {
      id: 'en-corrective',
      kind: 'corrective_actions',
      title: 'Corrective actions taken',
      body: [
        '1. 13 September: we closed the listing for B0DABC5678.',
        '2. 14 September: we created a removal order for all 38 units in FBA; they arrived back on 21 September.',
        '3. 16 September: we checked the invoices behind all 64 active ASINs. 61 come from manufacturers or authorised distributors; we closed the other 3 listings.',
      ].join('\n'),
    },
    {
      id: 'en-preventive',
      kind: 'preventive_measures',
      title: 'Preventive measures',
      body: [
        '- Supplier verification: before the first order with any supplier, the owner checks the brand’s authorised distributor list and keeps a copy of the supplier’s business registration.',
        '- Invoice check: every invoice must show the supplier’s name and address, the brand and the quantity. The bookkeeper checks this before payment and files the invoice for at least 365 days.',
        '- Monthly review: on the first Monday of each month, the owner reviews Account Health and any new customer feedback about authenticity.',
        '- Training: the two staff members who create listings completed the Seller University module on authenticity on 18 September and repeat it every six months.',
      ].join('\n'),
    },
    {
      id: 'en-fba',
      kind: 'fba_stock',
      title: 'FBA inventory',
      body: 'All 38 FBA units of B0DABC5678 were removed and will be destroyed. No other FBA stock is affected.',
    },
    {
      id: 'en-docs',
      kind: 'supporting_documents',
      title: 'Supporting documents',
      body: '- Invoice from Sunrise Audio Distribution (authorised distributor), 20 September 2024.\n- Letter from the brand confirming Sunrise Audio Distribution as an authorised distributor.',
      documentIds: ['inv-2024-09-20', 'brand-letter'],
    },
  ],
};

export const GOOD_CONTEXT_EN: PlanCheckContext = {
  usesFba: true,
  uploadedDocumentIds: ['inv-2024-09-20', 'brand-letter'],
  noticeAsins: ['B0DABC5678'],
};

/** A trademark case without FBA, in consultancy prose, opened by a salutation and closed with a request. */
export const GOOD_PLAN_JA_IP: PlanDocument = {
  language: 'ja',
  sections: [
    { id: 'hello', kind: 'free', body: 'Amazon.co.jp 出品者パフォーマンスチーム御中' },
    {
      id: 'sum',
      kind: 'summary',
      title: '概要',
      body: [
        '2024年11月5日付で、ASIN B0AAAA1111 について商標権侵害の申し立てを受け、当該出品が停止されました。',
        '原因は、当社が仕入れ時に商標の権利関係を確認する手順を持っていなかったことです。',
        '当該商品の出品は11月6日に取り下げ、在庫は仕入先へ返品しました。',
        '今後は、仕入れ前にJ-PlatPatで商標を確認し、権利者または正規代理店からのみ仕入れます。',
      ].join('\n'),
    },
    {
      id: 'rc',
      kind: 'root_cause',
      title: '根本原因',
      body: [
        '2024年9月、代表の山田が展示会で知り合った卸業者から、ブランド「LUMINA」のLEDライト30個を仕入れました。',
        'この卸業者は正規代理店ではなく、商品は権利者の許諾を得ていない並行輸入品でした。',
        '当社には、仕入れ前に商標の登録状況や販売許諾を確認する手順がありませんでした。',
        'また、商品ページに「LUMINA」のブランド名を使用することが商標権の侵害にあたるかを、誰も確認していませんでした。',
      ].join('\n'),
    },
    {
      id: 'ca',
      kind: 'corrective_actions',
      title: '是正措置',
      body: [
        '・11月6日：ASIN B0AAAA1111 の出品を取り下げました。',
        '・11月8日：残っていた在庫22個を仕入先に返品しました（返品伝票を添付）。',
        '・11月10日：現在出品中の全87商品について、J-PlatPatで商標登録と販売許諾の有無を確認しました。問題のある商品はありませんでした。',
      ].join('\n'),
    },
    {
      id: 'pm',
      kind: 'preventive_measures',
      title: '再発防止策',
      body: [
        '① 仕入れ前に、代表がJ-PlatPatで商標の登録状況を確認し、結果を仕入管理表に記録します。',
        '② ブランド品は、権利者または正規代理店が発行した請求書がある場合にのみ仕入れます。',
        '③ 出品前に、別の担当者が商品ページのブランド名と仕入管理表を照合します。',
        '④ 毎月末に、代表が出品中の全商品を対象に、権利者からの新たな申し立てや警告がないかアカウント健全性ページで確認します。',
      ].join('\n'),
    },
    { id: 'end', kind: 'free', body: '以上、改善計画書を提出いたします。何卒、アカウントの再開をご検討くださいますようお願い申し上げます。' },
  ],
};

/** A late-shipment case, merchant fulfilled, with a prose root cause. */
export const GOOD_PLAN_EN_LATE: PlanDocument = {
  language: 'en',
  sections: [
    {
      id: 'sum',
      kind: 'summary',
      body: 'Our late shipment rate reached 6.2% between 1 and 30 June 2024, above the 4% target. The cause was a single daily carrier pickup at 15:00 while we kept accepting same-day orders until 18:00. We have moved the order cut-off to 13:00, added a second daily pickup and set handling time to 2 days.',
    },
    {
      id: 'rc',
      kind: 'root_cause',
      body: 'Between 1 and 30 June 2024, 41 of 660 orders shipped late. All 41 were orders placed after 15:00 on weekdays. Our warehouse in Osaka had one carrier pickup per day, at 15:00, but our handling time in Seller Central was 1 day and our same-day cut-off was 18:00. Orders placed after 15:00 therefore could only leave the next afternoon. Nobody compared the cut-off time with the pickup time when we changed carriers on 28 May.',
    },
    {
      id: 'ca',
      kind: 'corrective_actions',
      body: '- 2 July: we changed the handling time for all SKUs from 1 to 2 days.\n- 2 July: we moved the same-day order cut-off in our shipping settings to 13:00.\n- 3 July: we contacted the 41 affected buyers and confirmed delivery; 2 asked for refunds, which we issued the same day.',
    },
    {
      id: 'pm',
      kind: 'preventive_measures',
      body: '- From 8 July, Yamato collects twice a day, at 11:00 and 16:00.\n- The warehouse lead checks the late shipment rate in Account Health every Monday and reports it to the owner.\n- Any change of carrier or pickup time must be approved by the owner, who re-checks the cut-off time and handling time before it takes effect.\n- If the late shipment rate exceeds 2% in any week, we pause new listings until the cause is found.',
    },
    { id: 'end', kind: 'free', body: 'We respectfully request the reinstatement of our selling privileges. Thank you for reviewing this plan.' },
  ],
};

/** A classic English POA: salutation and courtesy line, numbered root causes, sign-off. */
export const GOOD_PLAN_EN_CLASSIC: PlanDocument = {
  language: 'en',
  sections: [
    {
      id: 'intro',
      kind: 'free',
      body: 'Dear Amazon Seller Performance Team,\n\nThank you for the opportunity to address the concerns raised about our account (Seller ID: A1B2C3D4E5). We take this matter seriously and have investigated it thoroughly.',
    },
    {
      id: 'sum',
      kind: 'summary',
      body: 'On 3 March 2025 we received an Inauthentic Item complaint for ASIN B0CAAA1111. We bought the product from a wholesaler that was not authorised by the brand. We have removed the listing and the inventory, and we now buy only from the brand or its authorised distributors.',
    },
    {
      id: 'rc',
      kind: 'root_cause',
      title: 'Root Cause',
      body: [
        '1. We sourced 120 units from Kanto Wholesale on 10 January 2025 without asking for proof that they were authorised by the brand.',
        '2. Our purchasing checklist did not include a supplier authorisation check, because until then we had only bought from manufacturers.',
        '3. The invoice we received did not show the manufacturer, and nobody on our team noticed this before we sent the units to FBA.',
      ].join('\n'),
    },
    {
      id: 'ca',
      kind: 'corrective_actions',
      title: 'Corrective Actions Taken',
      body: [
        '• On 4 March 2025, we closed the listing for ASIN B0CAAA1111.',
        '• On 5 March 2025, we submitted a removal order for all 86 remaining FBA units and will dispose of them.',
        '• We refunded the customer who filed the complaint in full and apologized for the inconvenience.',
        '• We reviewed all 212 active listings and confirmed that every one is backed by an invoice from the manufacturer or an authorised distributor.',
      ].join('\n'),
    },
    {
      id: 'pm',
      kind: 'preventive_measures',
      title: 'Preventive Measures',
      body: [
        '• We will only purchase branded products directly from the brand or from distributors listed on the brand’s website.',
        '• Before the first order with any new supplier, our purchasing manager will verify their business registration and request a letter of authorisation.',
        '• We will keep all invoices for at least 365 days and store them in a shared folder.',
        '• Every Friday, our account manager will review the Account Health dashboard and customer feedback for any mention of authenticity.',
        '• All staff will complete Amazon’s policy training every six months.',
      ].join('\n'),
    },
    {
      id: 'end',
      kind: 'free',
      body: 'We believe these measures will ensure that our customers always receive authentic products. We respectfully request the reinstatement of our selling privileges.\n\nSincerely,\nTaro Yamada\nOwner, Yamada Trading',
    },
  ],
};

/** A condition complaint (returns resold as new), consultancy house style with 【】 headings and FBA. */
export const GOOD_PLAN_JA_CONDITION: PlanDocument = {
  language: 'ja',
  sections: [
    {
      id: 'sum',
      kind: 'summary',
      title: '【概要】',
      body: [
        '当社は2019年よりAmazon.co.jpにて生活雑貨の販売を行っております。',
        '2025年2月14日、貴社より「出品者による商品の状態に関する苦情」の通知を受領し、アカウントが停止されました。',
        '調査の結果、返品された中古品を新品として再出品していたことが原因であると判明いたしました。',
        '以下に、根本原因、実施済みの是正措置、今後の再発防止策をご報告いたします。',
      ].join('\n'),
    },
    {
      id: 'rc',
      kind: 'root_cause',
      title: '【根本原因】',
      body: [
        '1．返品商品の検品基準がなかったこと',
        '2024年12月から2025年1月にかけて、購入者から返品された商品12点を、外箱の状態のみを確認して新品として再出品しておりました。',
        '返品商品を開封して中身を確認する手順がなく、使用済みの商品が含まれていることに気づきませんでした。',
        '2．作業者間の情報共有が不足していたこと',
        '返品の受付は代表が、再出品はアルバイトスタッフが担当しており、返品理由が再出品担当者に伝わっていませんでした。',
      ].join('\n'),
    },
    {
      id: 'ca',
      kind: 'corrective_actions',
      title: '【是正措置】',
      body: [
        '・2025年2月15日、返品後に再出品した12点のうち在庫が残っていた7点の出品を取り下げました。',
        '・2月16日、該当商品を購入されたお客様5名にご連絡し、全額返金のうえ、商品の返送をお願いいたしました。',
        '・2月17日、FBA倉庫にある全在庫（342点）について、返品由来の商品がないかを在庫レポートで確認し、該当する3点を返送しました。',
      ].join('\n'),
    },
    {
      id: 'pm',
      kind: 'preventive_measures',
      title: '【再発防止策】',
      body: [
        '・返品商品は全て開封検品し、未使用であることを確認できない商品は「中古品」として出品するか、廃棄します。',
        '・検品の結果は「返品検品記録表」に記録し、代表が週に1回確認します。',
        '・返品理由は、受付担当者が返品管理表に記入し、再出品担当者は出品前に必ず確認します。',
        '・コンディションガイドラインの研修を、全スタッフ（3名）に対して3月1日に実施し、以後半年ごとに行います。',
      ].join('\n'),
    },
    {
      id: 'fba',
      kind: 'fba_stock',
      title: '【FBA在庫について】',
      body: 'FBA倉庫の在庫は、返品由来の3点を返送済みです。残りの339点は新品として仕入れた商品であることを請求書で確認しており、販売を継続いたします。',
    },
    { id: 'end', kind: 'free', body: '以上、ご確認のほど、何卒よろしくお願い申し上げます。' },
  ],
};

export const NO_CONTEXT: PlanCheckContext = { usesFba: false, uploadedDocumentIds: [], noticeAsins: [] };

/** A minimal well-formed plan into which one section body under test is placed. */
export function planWith(language: 'ja' | 'en', kind: SectionKind, body: string, extra: Partial<PlanSection> = {}): PlanDocument {
  const filler: Record<'ja' | 'en', Record<string, string>> = {
    ja: {
      summary: '2024年10月2日の誤出品について、原因と対策を以下にまとめます。',
      root_cause: '2024年10月2日、担当者が確認手順のないまま、前回のファイルをコピーしてSKUを登録したため、誤ったASINに出品しました。',
      corrective_actions: '・10月4日、誤った出品を削除しました。\n・購入者3名に返金しました。',
      preventive_measures: '・出品前に別の担当者がSKUとASINを照合します。\n・毎月1回、店長が登録内容を確認します。',
    },
    en: {
      summary: 'This plan covers the wrong listing of 2 October 2024: its cause and our fixes.',
      root_cause: 'On 2 October 2024 our lister copied the previous upload file without a check step, because we had no review, so the SKU was mapped to the wrong ASIN.',
      corrective_actions: '- 4 October: we deleted the wrong listing.\n- We refunded all 3 buyers.',
      preventive_measures: '- A second person compares SKU and ASIN before each upload.\n- The owner reviews new listings once a month.',
    },
  };
  const kinds: SectionKind[] = ['summary', 'root_cause', 'corrective_actions', 'preventive_measures'];
  const sections: PlanSection[] = kinds.map((k) => (k === kind ? { id: 'target', kind, body, ...extra } : { id: k, kind: k, body: filler[language][k] }));
  if (!kinds.includes(kind)) sections.push({ id: 'target', kind, body, ...extra });
  return { language, sections };
}
