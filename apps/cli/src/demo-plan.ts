import type { PlanSection } from '@reinstate/plans';

/** The demo case's first draft: a short authenticity plan of action, as a consultant would start it. */
export const DEMO_PLAN_SECTIONS: PlanSection[] = [
  {
    id: 'summary',
    kind: 'summary',
    title: '概要',
    body: [
      '・真正性に関する申し立てを受け、該当商品の出品を直ちに停止しました。',
      '・原因は、正規代理店以外から仕入れた商品を検品せずに出品したことです。',
      '・今後は正規代理店からのみ仕入れ、請求書と商品を照合してから出品します。',
    ].join('\n'),
  },
  {
    id: 'root-cause-1',
    kind: 'root_cause',
    title: '根本原因',
    body: '・2026年9月、仕入担当者1名が、価格の安い卸業者から正規品の確認をせずに仕入れ、そのまま出品しました。',
    rootCause: {
      when: '2026年9月',
      where: '仕入・出品業務',
      who: '仕入担当者1名',
      what: '正規品の確認をせずに仕入れて出品した',
      why: '仕入先の確認手順が定められていなかった',
      how: '価格だけで卸業者を選んだ',
    },
  },
  {
    id: 'corrective-actions',
    kind: 'corrective_actions',
    title: '実施済みの是正措置',
    body: '・該当ASINの出品を停止しました。\n・在庫を全数確認し、仕入先別に分けました。',
  },
  {
    id: 'preventive-measures',
    kind: 'preventive_measures',
    title: '再発防止策',
    body: '・仕入先は正規代理店に限り、契約書を保管します。\n・出品前に請求書と商品を二名で照合します。',
  },
  {
    id: 'fba-stock',
    kind: 'fba_stock',
    title: 'FBA在庫の取り扱い',
    body: '・FBA倉庫の該当在庫は、全数返送を依頼しました。',
  },
  { id: 'supporting-documents', kind: 'supporting_documents', title: '添付資料', body: '・正規代理店の請求書（アップロード予定）', documentIds: [] },
];
