import { hits } from '../testing/helpers';

describe('specificity.vague_promise', () => {
  describe('ja', () => {
    it.each([
      ['今後気をつけます。'],
      ['再発防止に努めます。'],
      ['今後は細心の注意を払ってまいります。'],
      ['スタッフ教育を徹底いたします。'],
      ['規約を遵守してまいります。'],
      ['二度とこのようなことがないよう努めます。'],
      ['出品には今後十分注意いたします。'],
    ])('flags %s', (text) => {
      const found = hits('specificity.vague_promise', 'ja', 'preventive_measures', `・${text}`);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
    });
    it.each([
      ['毎週月曜日に倉庫責任者が30分間のラベル貼付研修を実施します。'],
      ['以下の対策を徹底し、再発防止に努めてまいります。'],
      ['上記の対策を徹底し、再発防止に努めてまいります。'],
      ['出品前に担当者2名でSKUとASINの照合を行います。'],
      ['今後は、新規出品のたびに「出品前チェックリスト」で商標を確認します。'],
      ['再発防止のため、仕入れ前に権利者の許諾書を確認します。'],
      ['今後は、毎日アカウント健全性を確認いたします。'],
    ])('does not flag %s', (text) => {
      expect(hits('specificity.vague_promise', 'ja', 'preventive_measures', `・${text}`)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([
      ['We will do better.'],
      ['We will train our team.'],
      ['We will improve our processes.'],
      ['Going forward we will be more careful.'],
      ['We will monitor our account health more closely.'],
      ['This will never happen again.'],
      ['We will strictly follow all Amazon policies from now on.'],
      ['We promise it will not happen again.'],
    ])('flags %s', (text) => {
      const found = hits('specificity.vague_promise', 'en', 'preventive_measures', `- ${text}`);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
    });
    it.each([
      ['Every Monday the warehouse lead runs a 30-minute training on the FBA labelling checklist (attached).'],
      ['We will train all four packing staff on the new checklist on 15 November.'],
      ['We will improve our listing process by adding a second person who checks every new SKU against the supplier invoice.'],
      ['We will ensure all products are authentic by buying only from the authorised distributors listed in Appendix 2.'],
      ['We will check every new listing against the brand registry before publishing.'],
      ['We will review all 120 active listings by 20 November.'],
      ['We will keep all invoices for at least 365 days in a shared folder.'],
    ])('does not flag %s', (text) => {
      expect(hits('specificity.vague_promise', 'en', 'preventive_measures', `- ${text}`)).toHaveLength(0);
    });
    it('does not flag a promise that introduces a list', () => {
      const body = 'We will improve our processes as follows:\n- A second person checks each new SKU.\n- The owner reviews Account Health every Monday.';
      expect(hits('specificity.vague_promise', 'en', 'preventive_measures', body)).toHaveLength(0);
      const ja = '今後は以下の通り管理体制を強化いたします。\n・出品前に別の担当者がSKUを照合します。\n・毎週月曜に店長が確認します。';
      expect(hits('specificity.vague_promise', 'ja', 'preventive_measures', ja)).toHaveLength(0);
    });
  });
});
