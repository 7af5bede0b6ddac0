import { hits } from '../testing/helpers';

describe('marketplace.complaint', () => {
  describe('ja', () => {
    it.each([
      ['停止は誤りです。'],
      ['なぜ停止されたのか教えてください。'],
      ['売上金を返してください。'],
      ['これは何かの間違いではないでしょうか。'],
      ['なぜ当社のアカウントが停止されたのですか？'],
      ['Amazonの判断は誤りだと考えます。'],
      ['今すぐアカウントを再開してください。'],
      ['法的措置も辞さない考えです。'],
      ['不当にアカウントを停止されたと感じております。'],
      ['Amazonは当社の請求書を確認していないのではないでしょうか。'],
      ['1件の悪い評価で停止されるのは納得がいきません。'],
      ['仕入先への支払いのために売上金が必要です。'],
      ['なぜ偽物と判断されたのか全く分かりません。'],
      ['証拠の請求書を添付しますので、早急に確認して停止を解除してください。'],
    ])('flags %s', (text) => {
      const found = hits('marketplace.complaint', 'ja', 'free', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('blocker');
    });
    it.each([
      ['10月2日、担当者のSKU登録ミスにより、誤ったASINに出品されました。'],
      ['なぜ出品が停止されたのかを、以下の通り分析しました。'],
      ['購入者3名に全額を返金しました。'],
      ['Amazonの出品規約を誤って解釈し、出品していました。'],
      ['今回の停止措置は当然のものと受け止めております。'],
      ['当社の判断が誤っていました。'],
      ['弁護士に商標の使用許諾について確認しました。'],
      ['売上金の入金サイクルに合わせて仕入れ計画を見直しました。'],
      ['アカウントスペシャリストからご指摘いただいた点について、以下の通り回答いたします。'],
      ['売上金の一部を新しい検品機器の購入に充てました。'],
      ['なぜ偽物と判断されたのかを社内で検証しました。'],
    ])('does not flag %s', (text) => {
      expect(hits('marketplace.complaint', 'ja', 'free', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([
      ['This suspension was a mistake.'],
      ['Why was I suspended?'],
      ["Isn't this a mistake?"],
      ['I need my payout.'],
      ['Please release my funds.'],
      ['We do not understand why our account was suspended.'],
      ['Please explain why our account was deactivated.'],
      ['Our account was suspended without any warning.'],
      ['Amazon did not even look at our invoices.'],
      ['Our products are genuine, so there must be some mistake.'],
      ['It is not fair that we are punished for one bad review.'],
      ['We need access to our funds to pay our suppliers.'],
      ["We don't know why our products were flagged as counterfeit."],
    ])('flags %s', (text) => {
      const found = hits('marketplace.complaint', 'en', 'free', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('blocker');
    });
    it.each([
      ['The suspension was caused by a staff mistake in SKU mapping on 2 October.'],
      ['We analysed why our account was suspended.'],
      ['We sent the payment to the supplier on 5 October.'],
      ['We respectfully request the reinstatement of our account.'],
      ['It is unfair to customers when a listing is inaccurate, so we now check every new listing.'],
      ['We release the held FBA inventory only after inspection.'],
      ['We consulted a lawyer about the trademark licence on 4 October.'],
      ['We now understand why the listing was removed: it used the brand name without permission.'],
      ['There may have been an error in our SKU file, so we re-checked all 212 SKUs.'],
      ['In response to the Account Health Specialist’s message, we provide the following details.'],
      ['If you need any further information, please let us know.'],
    ])('does not flag %s', (text) => {
      expect(hits('marketplace.complaint', 'en', 'free', text)).toHaveLength(0);
    });
  });
});

describe('marketplace.question', () => {
  describe('ja', () => {
    it.each([['追加で必要な書類があればご教示いただけますでしょうか。'], ['この改善計画で十分でしょうか？'], ['請求書は何年分を提出すればよろしいでしょうか。']])('flags %s', (text) => {
      const found = hits('marketplace.question', 'ja', 'free', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
    });
    it.each([
      ['購入者から「いつ届きますか？」と問い合わせがありました。'],
      ['どの工程で誤りが起きたかを確認しました。'],
      ['確かに、検品の手順はありませんでした。'],
    ])('does not flag %s', (text) => {
      expect(hits('marketplace.question', 'ja', 'free', text)).toHaveLength(0);
    });
    it.each([
      ['なぜ1：なぜ出荷が遅れたのか？\n→ 集荷時刻に梱包が間に合わなかったため。'],
      ['なぜ誤ったラベルが貼られたのか。\n同じ棚に2つのSKUを保管していたためです。'],
    ])('does not flag self-answered analysis in the root cause: %s', (text) => {
      const found = hits('marketplace.question', 'ja', 'root_cause', text);
      expect(found).toHaveLength(0);
      expect(hits('marketplace.complaint', 'ja', 'root_cause', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([['Could you please tell us which invoices you need?'], ['Is there anything else we should provide?'], ['Do we need to submit invoices for all 64 ASINs?']])('flags %s', (text) => {
      const found = hits('marketplace.question', 'en', 'free', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
    });
    it.each([['Why: the supplier’s invoice did not name the manufacturer.'], ['A buyer asked: "When will my order arrive?"'], ['We checked which step let the error through.']])(
      'does not flag %s',
      (text) => {
        expect(hits('marketplace.question', 'en', 'free', text)).toHaveLength(0);
      },
    );
    it.each([['Why did the wrong labels get attached? Because two SKUs shared one bin.'], ['Why 2: why was the bin shared?\nThe shelf plan had not been updated since May.']])(
      'does not flag self-answered analysis in the root cause: %s',
      (text) => {
        expect(hits('marketplace.question', 'en', 'root_cause', text)).toHaveLength(0);
        expect(hits('marketplace.complaint', 'en', 'root_cause', text)).toHaveLength(0);
      },
    );
  });
});
