/**
 * Plans and revisions for the revision specs: a Japanese and an English plan of action written
 * the way consultancies write them, and a generator for long plans.
 */
import type { PlanDocument, PlanSection, SectionKind } from '../../plan-checks/plan-checks.types';

export const PLAN_JA: PlanDocument = {
  language: 'ja',
  sections: [
    {
      id: 'summary',
      kind: 'summary',
      title: '概要',
      body: [
        '2024年10月2日、当社の出品担当者がSKUと商品ページの紐付けを誤り、ASIN B0CXYZ1234 に別の商品を出品しました。',
        '当社は該当出品を削除し、購入者全員への返金を完了しました。',
      ].join('\n'),
    },
    {
      id: 'root',
      kind: 'root_cause',
      title: '根本原因',
      body: [
        '【なぜ】一括登録ファイルの作成を担当者1名で行い、登録前にASINと商品実物を照合する手順がなかったためです。',
        'また、類似商品のSKU名が「SB-500」「SB-350」と似ており、取り違えやすい状態でした。',
      ].join('\n'),
      rootCause: {
        when: '2024年10月2日（水）14時頃',
        where: '当社事務所での出品作業',
        who: '出品担当者（入社2か月のスタッフ1名）',
        why: '登録前にASINと商品実物を照合する手順がなかったため',
      },
    },
    {
      id: 'corrective',
      kind: 'corrective_actions',
      title: '是正措置（実施済み）',
      body: [
        '・10月4日、誤った出品を削除しました。',
        '・10月5日、購入者3名に全額返金しました。',
      ].join('\n'),
    },
    {
      id: 'preventive',
      kind: 'preventive_measures',
      title: '再発防止策',
      body: [
        '1. 出品前のダブルチェック：新規SKUの登録は、別の担当者が商品実物とASINを照合してから行います。',
        '2. チェックリストの導入：照合項目をまとめたチェックリストを作成し、登録のたびに記録を残します。',
      ].join('\n'),
      documentIds: ['doc-checklist'],
    },
    {
      id: 'fba',
      kind: 'fba_stock',
      title: 'FBA在庫の取り扱い',
      body: 'FBA倉庫にある500mlボトル（28個）は、10月5日に返送を依頼しました。',
    },
  ],
};

export const PLAN_EN: PlanDocument = {
  language: 'en',
  sections: [
    {
      id: 'summary',
      kind: 'summary',
      title: 'Summary',
      body: 'On 2 October 2024 our lister linked a new SKU to the wrong ASIN (B0CXYZ1234). We removed the listing and refunded all three buyers.',
    },
    {
      id: 'root',
      kind: 'root_cause',
      title: 'Root cause',
      body: [
        'One person prepared the bulk upload file alone.',
        'No one compared the ASIN with the physical product before upload.',
      ].join('\n'),
      rootCause: { when: '2 October 2024, 2 pm', who: 'A lister in her second month', why: 'No second check before upload' },
    },
    {
      id: 'corrective',
      kind: 'corrective_actions',
      title: 'Corrective actions',
      body: ['- 4 Oct: removed the wrong listing.', '- 5 Oct: refunded the three buyers in full.'].join('\n'),
    },
    {
      id: 'preventive',
      kind: 'preventive_measures',
      title: 'Preventive measures',
      body: [
        '- A second person checks every new SKU against the product and its ASIN before upload.',
        '- A checklist records each check.',
      ].join('\n'),
      documentIds: ['doc-checklist'],
    },
  ],
};

/** A copy of `plan` with the section `id` changed by `patch` (other sections shared). */
export function withSection(plan: PlanDocument, id: string, patch: Partial<PlanSection>): PlanDocument {
  return { ...plan, sections: plan.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

const KINDS: SectionKind[] = ['summary', 'root_cause', 'corrective_actions', 'preventive_measures', 'fba_stock', 'free'];
const SENTENCES_JA = [
  '当社は仕入先の請求書を確認し、在庫を廃棄しました。',
  '再発防止策として、全商品の真贋確認を毎週実施します。',
  '担当者が毎朝、出荷遅延率が4%以下であることを確認します。',
  'ASIN B08XYZ1234 の出品を2024年3月1日に停止しました。',
  '・正規代理店から仕入れた商品のみを出品します。',
];

/**
 * A Japanese plan of `sectionCount` sections totalling about `chars` characters, deterministic.
 * Every sentence carries its own number so lines are distinct, as in a real plan.
 */
export function longPlanJa(sectionCount: number, chars: number): PlanDocument {
  const perSection = Math.ceil(chars / sectionCount);
  let n = 0;
  const sections: PlanSection[] = [];
  for (let i = 0; i < sectionCount; i++) {
    let body = '';
    while (body.length < perSection) {
      body += `（${n}）${SENTENCES_JA[n % SENTENCES_JA.length]}` + (n % 3 === 2 ? '\n' : '');
      n++;
    }
    sections.push({ id: `s${i}`, kind: KINDS[i % KINDS.length]!, title: `第${i + 1}章`, body });
  }
  return { language: 'ja', sections };
}

/** Total characters of all section bodies. */
export function planLength(plan: PlanDocument): number {
  return plan.sections.reduce((n, s) => n + s.body.length, 0);
}
