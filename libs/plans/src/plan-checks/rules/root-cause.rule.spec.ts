import type { RootCauseFields } from '../plan-checks.types';
import { hits } from '../testing/helpers';

const FULL_RC_FIELDS: RootCauseFields = {
  when: '2024-10-02 14:00',
  where: 'Seller Central bulk upload',
  who: 'Lister (2 months in the job)',
  what: 'SKU SB-500 mapped to ASIN B0CXYZ1234',
  why: 'No second check before upload',
  how: 'Copied last week’s file and did not change the ASIN column',
};

describe('root_cause.missing_5w1h', () => {
  describe('ja', () => {
    it.each([
      ['商品を出品しました。', ['いつ', 'なぜ']],
      ['2024年10月2日に、誤ったASINに商品を出品しました。', ['なぜ']],
      ['知的財産権の侵害です。', ['いつ']],
    ])('flags %s', (text, missing) => {
      const found = hits('root_cause.missing_5w1h', 'ja', 'root_cause', text);
      expect(found).toHaveLength(1);
      for (const m of missing) expect(found[0].message.ja).toContain(m);
    });
    it.each([
      [
        '2024年10月2日14時頃、当社事務所で出品担当者が、前回の一括登録ファイルをコピーして新商品のSKUを登録しました。その際、ASIN列を修正しないまま登録したため、別の商品ページに出品されました。登録前にASINを照合する手順がなかったことが原因です。',
      ],
      [
        '【いつ】2024年9月\n【どこで】仕入れ工程\n【誰が】代表\n【何を】ブランド「LUMINA」のLEDライト30個\n【なぜ】商標の権利関係を確認する手順がなかったため\n【どのように】展示会で知り合った卸業者から、請求書を確認せずに仕入れました。',
      ],
    ])('does not flag %s', (text) => {
      expect(hits('root_cause.missing_5w1h', 'ja', 'root_cause', text)).toHaveLength(0);
    });
    it('accepts the structured 5W1H fields', () => {
      expect(hits('root_cause.missing_5w1h', 'ja', 'root_cause', 'SKUの紐付け誤り。', { extra: { rootCause: FULL_RC_FIELDS } })).toHaveLength(0);
    });
    it('names only the elements neither the fields nor the body give', () => {
      const found = hits('root_cause.missing_5w1h', 'ja', 'root_cause', '担当者がSKUを登録しました。', { extra: { rootCause: { when: '2024年10月2日', where: '事務所' } } });
      expect(found).toHaveLength(1);
      expect(found[0].message.ja).toContain('なぜ');
      expect(found[0].message.ja).not.toContain('いつ');
    });
  });
  describe('en', () => {
    it.each([
      ['We listed a product.', ['when', 'why']],
      ['The listing was wrong.', ['when', 'why', 'how']],
      ['On 2 October 2024 we listed a product on the wrong ASIN.', ['why']],
    ])('flags %s', (text, missing) => {
      const found = hits('root_cause.missing_5w1h', 'en', 'root_cause', text);
      expect(found).toHaveLength(1);
      for (const m of missing) expect(found[0].message.en).toContain(m);
    });
    it.each([
      [
        'On 2 October 2024 our lister, two months in the job, created SKU SB-500 in the Seller Central bulk upload file. She copied the previous file and did not change the ASIN column, so the SKU was mapped to ASIN B0CXYZ1234. We had no second check before upload.',
      ],
      [
        '- When: 20 August 2024\n- Where: our purchasing step\n- Who: the owner\n- What: 50 units of earbuds from a new wholesaler\n- Why: no rule required proof of authorised supply\n- How: the order was placed by e-mail and nobody checked the invoice.',
      ],
    ])('does not flag %s', (text) => {
      expect(hits('root_cause.missing_5w1h', 'en', 'root_cause', text)).toHaveLength(0);
    });
    it('accepts the structured 5W1H fields', () => {
      expect(hits('root_cause.missing_5w1h', 'en', 'root_cause', 'SKU mapping error.', { extra: { rootCause: FULL_RC_FIELDS } })).toHaveLength(0);
    });
  });
});

describe('root_cause.policy_name_only', () => {
  describe('ja', () => {
    it.each([['知的財産権の侵害'], ['今回の原因は、商標権の侵害によるものです。'], ['出品規約違反。'], ['根本原因：真贋に関する申し立てを受けたため'], ['ASIN B0CXYZ1234について、権利者から商標権侵害の申し立てを受けました。']])('flags %s', (text) => {
      expect(hits('root_cause.policy_name_only', 'ja', 'root_cause', text)).toHaveLength(1);
    });
    it.each([
      ['他社の登録商標「LUMINA」を含む商品を、権利者の許諾を確認せずに仕入れて出品したため、商標権の侵害となりました。'],
      ['出荷遅延率が上昇した原因は、集荷時刻が15時なのに、18時まで当日出荷の注文を受け付けていたことです。'],
      ['担当者がSKUを取り違えて登録しました。'],
      ['商品タイトルにブランド名を入れて出品したため、商標権の侵害となりました。'],
    ])('does not flag %s', (text) => {
      expect(hits('root_cause.policy_name_only', 'ja', 'root_cause', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([['Violation of the IP policy.'], ["The root cause was a violation of Amazon's intellectual property policy."], ['Trademark infringement complaint.'], ['Late shipment rate.'], ['Root cause: We received a trademark complaint from the brand owner regarding ASIN B0CXYZ1234.']])(
      'flags %s',
      (text) => {
        expect(hits('root_cause.policy_name_only', 'en', 'root_cause', text)).toHaveLength(1);
      },
    );
    it.each([
      ['We listed products with the brand name Zeta without permission from the trademark owner, because nobody checked the trademark register.'],
      ['Our late shipment rate rose because the carrier pickup at 15:00 was earlier than our 18:00 order cut-off.'],
      ['Our lister mapped SKU SB-500 to the wrong ASIN.'],
      ['We listed ASIN B0CXYZ1234 with the brand name in the title, which infringed the trademark.'],
    ])('does not flag %s', (text) => {
      expect(hits('root_cause.policy_name_only', 'en', 'root_cause', text)).toHaveLength(0);
    });
  });
});
