import { readNotice } from './notice-reader';

const categoriesOf = (text: string): string[] => readNotice(text).violationCategories.map((c) => c.value);
const documentsOf = (text: string): string[] => readNotice(text).requestedDocuments.map((d) => d.value);

describe('violation categories', () => {
  it.each([
    ['We received a report from a rights owner that your listing infringes their trademark.', ['ip_complaint']],
    ['意匠権を侵害しているとの申し立てを受けました。', ['ip_complaint']],
    ['Customers reported receiving inauthentic products.', ['authenticity']],
    ['真贋に関する懸念が寄せられました。', ['authenticity']],
    ['中古品を新品として出品した、という苦情を受けました。', ['condition']],
    ['Your Late Shipment Rate is above our 4% target.', ['late_shipment']],
    ['出荷前キャンセル率が2.5%を超えています。', ['cancellation']],
    ['Your Order Defect Rate includes negative feedback and A-to-z Guarantee claims.', ['customer_service']],
    ['This violates our Fair Pricing Policy (price gouging).', ['pricing']],
    ['The product information on your detail page is inaccurate.', ['listing_accuracy']],
    ['レビューの操作は禁止されています。', ['review_manipulation']],
    ['Incentivized reviews violate our Community Guidelines.', ['review_manipulation']],
    ['お客様のアカウントは、関連アカウントと判断されました。', ['related_accounts']],
    ['These products are restricted products (hazmat).', ['restricted_product']],
    ['医薬品の出品には許可が必要です。', ['restricted_product']],
    ['We detected unauthorized access to your account. Turn on two-step verification.', ['account_security']],
    ['We could not verify your identity.', ['other']],
    ['Thank you for selling on Amazon.', []],
  ])('%s', (text, expected) => {
    expect(categoriesOf(text)).toEqual(expected);
  });

  it('reports several categories in order of first mention, once each', () => {
    const text = '偽造品との申し立てが権利者からありました。偽造品の出品は禁止です。出荷遅延率も4%を超えています。';
    expect(categoriesOf(text)).toEqual(['authenticity', 'ip_complaint', 'late_shipment']);
  });

  it('ignores footers and anti-phishing boilerplate', () => {
    const text = 'Amazon and the Amazon logo are trademarks of Amazon.com, Inc. or its affiliates.\nAmazon will never ask for your password.';
    expect(categoriesOf(text)).toEqual([]);
  });
});

describe('requested documents', () => {
  it.each([
    ['過去365日以内に発行された請求書または領収書を添付してください。', ['invoice']],
    ['Please provide invoices or receipts from your supplier.', ['invoice']],
    ['サプライチェーンに関する情報（仕入先の名前と住所）をご提出ください。', ['supply_chain_letter']],
    ['仕入先の連絡先をお知らせください。', ['supply_chain_letter']],
    ['請求書には仕入先の名前、住所、電話番号が記載されている必要があります。', ['invoice']],
    ['Provide a letter of authorization (LOA) from the rights owner.', ['letter_of_authorization']],
    ['権利者からの許諾書をご提出ください。', ['letter_of_authorization']],
    ['有効な本人確認書類（パスポートまたは運転免許証）をアップロードしてください。', ['identity_document']],
    ['公共料金の請求書をご提出ください。', ['utility_bill']],
    ['A utility bill or bank statement issued in the last 90 days.', ['utility_bill', 'other']],
    ['改善計画書をご提出ください。', ['plan_of_action']],
    ['Submit a plan of action.', ['plan_of_action']],
    ['安全データシート（SDS）と試験成績書をご提出ください。', ['other']],
    ['Upon receipt of this notice, please review your account.', []],
  ])('%s', (text, expected) => {
    expect(documentsOf(text)).toEqual(expected);
  });
});

describe('reference numbers', () => {
  it.each([
    ['Rights owner complaint ID: 9876543210', [{ kind: 'complaint', label: 'Rights owner complaint ID', id: '9876543210' }]],
    ['Complaint ID: 1234567890, 1234567891', [
      { kind: 'complaint', label: 'Complaint ID', id: '1234567890' },
      { kind: 'complaint', label: 'Complaint ID', id: '1234567891' },
    ]],
    ['参照番号：ＪＰ－２０２４－００４５１', [{ kind: 'reference', label: '参照番号', id: 'JP-2024-00451' }]],
    ['[ケースID: 15023456789] お電話のご依頼', [{ kind: 'case', label: 'ケースID', id: '15023456789' }]],
    ['Your case number is 20240501-77341.', [{ kind: 'case', label: 'case number', id: '20240501-77341' }]],
    ['Ticket #: 4455667788', [{ kind: 'ticket', label: 'Ticket #', id: '4455667788' }]],
    ['Reference: BK-558231', [{ kind: 'reference', label: 'Reference', id: 'BK-558231' }]],
    ['申し立てID\n8812345670', [{ kind: 'complaint', label: '申し立てID', id: '8812345670' }]],
    ['For your reference, see the help page.', []],
    ['Case ID: pending', []],
  ])('%s', (text, expected) => {
    expect(readNotice(text).referenceNumbers.map((r) => r.value)).toEqual(expected);
  });

  it('spans the identifier in the original text', () => {
    const text = '参照番号：ＪＰ－２０２４－００４５１';
    expect(readNotice(text).referenceNumbers[0].span).toEqual({ start: 5, end: 18, text: 'ＪＰ－２０２４－００４５１' });
  });
});
