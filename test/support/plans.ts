/** A plain, well-formed Japanese plan of action for an authenticity case, as API sections. */
export function goodPlanSections(documentId?: string): Record<string, unknown>[] {
  return [
    {
      id: 'summary',
      kind: 'summary',
      title: '概要',
      body: [
        '・2026年10月2日、SKUの対応付けの誤りにより、仕入先の異なる商品を出品しました。',
        '・該当ASINの出品を停止し、在庫を全数確認しました。',
        '・仕入先の請求書を添付し、今後は出品前に二名で照合します。',
      ].join('\n'),
    },
    {
      id: 'root-cause-1',
      kind: 'root_cause',
      title: '根本原因',
      body: [
        '・2026年10月2日、自社の出品作業で、担当スタッフ1名がSKUと仕入先の対応表を更新せずに出品しました。',
        '・対応表の更新手順が文書になっておらず、確認者もいなかったためです。',
      ].join('\n'),
      rootCause: {
        when: '2026年10月2日',
        where: '自社の出品作業',
        who: '出品担当スタッフ1名',
        what: 'SKUと仕入先の対応表を更新せずに出品した',
        why: '更新手順が文書化されておらず、確認者がいなかった',
        how: '新しい仕入先の商品を既存SKUに紐づけた',
      },
    },
    {
      id: 'corrective-actions',
      kind: 'corrective_actions',
      title: '実施済みの是正措置',
      body: ['・2026年10月5日、該当ASIN B08ABC1234 の出品を停止しました。', '・在庫120点を全数確認し、請求書と照合しました。'].join('\n'),
    },
    {
      id: 'preventive-measures',
      kind: 'preventive_measures',
      title: '再発防止策',
      body: ['・出品前に二名で対応表と請求書を照合します。', '・対応表の更新手順を文書にし、毎月1回監査します。'].join('\n'),
    },
    {
      id: 'supporting-documents',
      kind: 'supporting_documents',
      title: '添付資料',
      body: '・仕入先の請求書（2026年9月分）',
      ...(documentId ? { documentIds: [documentId] } : { documentIds: [] }),
    },
  ];
}
