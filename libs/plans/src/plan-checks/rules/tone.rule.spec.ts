import { checkPlan } from '../plan-checks';
import type { PlanDocument } from '../plan-checks.types';
import { NO_CONTEXT, planWith } from '../testing/fixtures';
import { hits } from '../testing/helpers';

describe('tone.apology_language', () => {
  describe('ja', () => {
    it.each([
      ['深く反省しております。'],
      ['心よりお詫び申し上げます。'],
      ['大変申し訳ございませんでした。'],
      ['本件は当社の管理体制の不備によるものであり、責任を痛感しております。'],
    ])('flags %s', (text) => {
      expect(hits('tone.apology_language', 'ja', 'free', text)).toHaveLength(1);
    });
    it.each([
      ['購入者様にはお詫びのメールを送付し、全額返金しました。'],
      ['お客様にご迷惑をおかけしないよう、出荷前に全数を検品します。'],
      ['申し訳程度の検品しか行っていなかったことが原因です。'],
      ['購入者から「申し訳ないが返品したい」との連絡がありました。'],
    ])('does not flag %s', (text) => {
      expect(hits('tone.apology_language', 'ja', 'free', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([['We sincerely apologize for any inconvenience.'], ['We are deeply sorry for this.'], ['Please accept our apologies for the late shipments.'], ['We regret any inconvenience caused.']])(
      'flags %s',
      (text) => {
        expect(hits('tone.apology_language', 'en', 'free', text)).toHaveLength(1);
      },
    );
    it.each([
      ['We apologized to the affected buyers and refunded them in full.'],
      ['We sent an apology email to each of the 3 buyers.'],
      ['The buyer wrote: "I am sorry, but the item was broken."'],
      ['We take full responsibility for the missing check.'],
    ])('does not flag %s', (text) => {
      expect(hits('tone.apology_language', 'en', 'free', text)).toHaveLength(0);
    });
  });
});

describe('tone.opening_apology', () => {
  const withSummary = (language: 'ja' | 'en', summary: string): PlanDocument => planWith(language, 'summary', summary);
  const ruleIds = (plan: PlanDocument) => checkPlan(plan, NO_CONTEXT).filter((f) => f.ruleId.startsWith('tone.')).map((f) => [f.ruleId, f.severity]);

  it.each([
    ['ja', 'この度は、お客様にご迷惑をおかけしたことをお詫び申し上げます。\n2024年10月2日の誤出品について報告します。'],
    ['ja', 'Amazon出品者パフォーマンスチーム御中\n大変申し訳ございませんでした。\n以下に原因と対策をまとめます。'],
    ['en', 'We apologize for the late shipments in June. This plan sets out the cause and our fixes.'],
    ['en', 'Dear Seller Performance Team,\nWe are sorry for the wrong listing on 2 October. Below are its cause and our fixes.'],
    ['en', 'Summary:\nWe apologize for the wrong listing on 2 October. Below are its cause and our fixes.'],
  ] as const)('a short first-sentence apology (%s) is a hint, not a warning', (language, summary) => {
    expect(ruleIds(withSummary(language, summary))).toEqual([['tone.opening_apology', 'hint']]);
  });

  it.each([
    ['ja', '2024年10月2日の誤出品について報告します。\n大変申し訳ございませんでした。'],
    ['ja', 'この度は、当社の不注意により、貴社およびお客様に多大なるご迷惑とご心配をおかけしましたことを、心より深くお詫び申し上げるとともに、今後二度とこのような事態を起こさぬよう全社を挙げて取り組む所存でございます。'],
    ['en', 'This plan covers the late shipments in June. We sincerely apologize for them.'],
    [
      'en',
      'We sincerely apologize to Amazon and to every customer who was affected by our late shipments in June, and we want to assure you that we have taken this matter extremely seriously at every level of our company since we received your notice.',
    ],
  ] as const)('a later or long apology (%s) stays a warning', (language, summary) => {
    expect(ruleIds(withSummary(language, summary))).toContainEqual(['tone.apology_language', 'warning']);
    expect(ruleIds(withSummary(language, summary))).not.toContainEqual(['tone.opening_apology', 'hint']);
  });

  it('a strict tenant raises the opening apology to a warning', () => {
    const findings = checkPlan(withSummary('ja', '大変申し訳ございませんでした。\n以下に原因と対策をまとめます。'), NO_CONTEXT, {
      rules: { 'tone.opening_apology': { severity: 'warning' } },
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['tone.opening_apology', 'warning']]);
  });
});

describe('tone.emotional_plea', () => {
  describe('ja', () => {
    it.each([['生活がかかっておりますので、ご配慮ください。'], ['私には家族がおり、この売上だけで生活しています。'], ['どうかお慈悲をいただけないでしょうか。'], ['このままでは倒産してしまいます。'], ['注文が溜まっているため、一刻も早く再開していただきたいです。']])(
      'flags %s',
      (text) => {
        expect(hits('tone.emotional_plea', 'ja', 'free', text)).toHaveLength(1);
      },
    );
    it.each([['何卒よろしくお願い申し上げます。'], ['家族経営の卸業者から仕入れています。'], ['アカウントの再開をご検討くださいますようお願い申し上げます。'], ['仕入先が廃業したため、新しい仕入先を選定しました。']])(
      'does not flag %s',
      (text) => {
        expect(hits('tone.emotional_plea', 'ja', 'free', text)).toHaveLength(0);
      },
    );
  });
  describe('en', () => {
    it.each([['I have a family to feed.'], ['This business is my only source of income.'], ['Please give us one more chance.'], ['We are desperate and beg you to help us.'], ['We are a small business and this suspension is killing us.'], ['Please reinstate our account as soon as possible.']])('flags %s', (text) => {
      expect(hits('tone.emotional_plea', 'en', 'free', text)).toHaveLength(1);
    });
    it.each([
      ['We are a family-owned business with three staff.'],
      ['We respectfully request the reinstatement of our selling privileges.'],
      ['Our products are designed for families with young children.'],
      ['We now pay our suppliers only against an invoice.'],
      ['Our previous supplier went bankrupt in May, so we switched to the brand’s distributor.'],
    ])('does not flag %s', (text) => {
      expect(hits('tone.emotional_plea', 'en', 'free', text)).toHaveLength(0);
    });
  });
});

describe('tone.excuse_or_blame', () => {
  describe('ja', () => {
    it.each([
      ['配送業者のせいで遅延が発生しました。'],
      ['競合他社による虚偽の申告だと考えています。'],
      ['規約を知らなかったため、出品してしまいました。'],
      ['購入者の勘違いによる返品です。'],
      ['当社に落ち度はありません。'],
      ['Amazonのシステムエラーが原因です。'],
      ['お客様が商品説明をよく読まずに購入されたことが原因です。'],
      ['10年間販売してきましたが、このようなことは初めてです。'],
      ['ブランドの出品許可が必要だとは知りませんでした。'],
      ['購入者は「偽物だ」と主張していますが、事実ではありません。'],
    ])('flags %s', (text) => {
      expect(hits('tone.excuse_or_blame', 'ja', 'free', text)).toHaveLength(1);
    });
    it.each([
      ['購入者様から「商品が破損していた、嘘をつかれた」とのご連絡がありました。'],
      ['配送業者のせいではなく、当社の出荷体制に問題がありました。'],
      ['担当者が規約を知らなかったため、出品前の確認手順を設けました。'],
      ['知らなかったでは済まされないことを認識しております。'],
      ['当社に落ち度はないと考えておりましたが、調査の結果、検品漏れが判明しました。'],
      ['お客様の勘違いを防ぐため、商品説明にサイズを明記しました。'],
      ['不可抗力による遅延に備え、予備の配送業者と契約しました。'],
      ['10月2日、担当者のSKU登録ミスにより、誤ったASINに出品されました。'],
      ['お客様が誤って購入されることのないよう、商品タイトルに容量を明記しました。'],
      ['商品ページの表記に誤りがあり、お客様の誤解を招きました。'],
      ['競合出品者から知的財産権侵害の申し立てがありました。'],
      ['購入者からの「偽物ではないか」とのご連絡を受け、請求書と実物を照合しました。'],
    ])('does not flag %s', (text) => {
      expect(hits('tone.excuse_or_blame', 'ja', 'free', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([
      ['The buyer lied about the condition of the item.'],
      ['A competitor filed a false complaint against us.'],
      ['I was not aware of this policy.'],
      ['The late deliveries were caused by the carrier.'],
      ["It was the courier's fault."],
      ['We did nothing wrong.'],
      ['We have been selling on Amazon for 10 years and have never had a problem.'],
      ['We had no idea this was a restricted product.'],
      ['We believe the complaint was made in error.'],
      ['The customer clearly did not read the listing.'],
      ['The buyer claimed the item was fake, which was a lie.'],
    ])('flags %s', (text) => {
      expect(hits('tone.excuse_or_blame', 'en', 'free', text)).toHaveLength(1);
    });
    it.each([
      ['The buyer wrote: "You lied about the condition."'],
      ['We do not blame the carrier; our cut-off time was too late.'],
      ['A rights owner filed an IP complaint about our listing.'],
      ['We were not aware that one SKU had been mapped to the wrong ASIN until the notice arrived.'],
      ["It was not the buyer's fault."],
      ['Our customer service team answers every message within 24 hours.'],
      ['The rights owner’s complaint was valid: our title used their brand name.'],
      ['Orders received after the carrier’s 3 pm pickup shipped the next day.'],
      ['It was our mistake, not the buyer’s.'],
      ['The buyer wrote: "The item is fake." We checked the unit against the invoice and found it was a used return.'],
    ])('does not flag %s', (text) => {
      expect(hits('tone.excuse_or_blame', 'en', 'free', text)).toHaveLength(0);
    });
  });
});
