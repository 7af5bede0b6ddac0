import type { PlanSection } from '../plan-checks/plan-checks.types';
import { renderPlanText } from './plan-text.policy';

describe('renderPlanText', () => {
  const sections: PlanSection[] = [
    { id: 'summary', kind: 'summary', title: '概要', body: '・出品を停止しました。' },
    { id: 'rc', kind: 'root_cause', body: '・対応表を更新しませんでした。', rootCause: { when: '2026年10月2日', who: '担当者1名', why: ' ' } },
    { id: 'empty', kind: 'preventive_measures', body: '   ' },
    { id: 'docs', kind: 'supporting_documents', title: '添付資料', body: '', documentIds: ['d1', 'gone'] },
  ];

  it('puts each section under its heading, spells out the 5W1H and names the documents (ja)', () => {
    expect(renderPlanText('ja', sections, new Map([['d1', '請求書.pdf']]))).toBe(
      ['【概要】\n・出品を停止しました。', '【根本原因】\n・対応表を更新しませんでした。\n・いつ：2026年10月2日\n・誰が：担当者1名', '【添付資料】\n・請求書.pdf'].join('\n\n'),
    );
  });

  it('uses English headings and labels for an English plan', () => {
    const text = renderPlanText('en', [{ id: 'rc', kind: 'root_cause', body: 'The SKU map was stale.', rootCause: { how: 'by hand' } }]);
    expect(text).toBe('Root cause:\nThe SKU map was stale.\n・How: by hand');
  });

  it('leaves out empty sections and unknown documents, and renders the same input the same way', () => {
    const text = renderPlanText('ja', sections);
    expect(text).not.toContain('再発防止策');
    expect(text).not.toContain('添付資料');
    expect(renderPlanText('ja', sections)).toBe(text);
  });
});
