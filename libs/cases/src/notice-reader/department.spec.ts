import { readNotice } from './notice-reader';

const departmentOf = (text: string): string | null => readNotice(text).senderDepartment?.value ?? null;

describe('sender department', () => {
  it.each([
    // From address.
    ['From: Amazon <seller-performance@amazon.co.jp>\n\nHello', 'account_specialist'],
    ['差出人: account-health-support@amazon.co.jp\n\nこんにちは', 'account_health_support'],
    ['From: seller-support@amazon.com\n\nHi', 'technical_support'],
    ['From: Amazon Seller Central <no-reply@amazon.co.jp>\n\nHi', 'other'],
    // Signatures and self-introductions.
    ['Hello,\nYour account was reviewed.\n\nSincerely,\nSeller Performance Team\nAmazon.com', 'account_specialist'],
    ['出品者様\n\nよろしくお願いいたします。\nAmazon.co.jp アカウントスペシャリスト', 'account_specialist'],
    ['出品者様\n\n審査結果をお知らせします。\n\nアカウントヘルススペシャリスト\nAmazon.co.jp', 'account_specialist'],
    ['This is Account Health Support. We received your request.', 'account_health_support'],
    ['いつもご利用いただきありがとうございます。アカウント健全性サポートでございます。', 'account_health_support'],
    ['Amazonテクニカルサポートよりご連絡いたします。', 'technical_support'],
    ['Thank you for contacting us.\n\nRegards,\nSeller Support', 'technical_support'],
    // Teams only mentioned as somewhere to turn to are not the sender.
    ['ご不明な点がございましたら、アカウントヘルスサポートまでお問い合わせください。', null],
    ['If you have questions, you can contact Account Health Support at 1-800-000-0000.', null],
    ['セラーサポートへお問い合わせください。セラーサポートは24時間対応しております。', null],
    ['Seller Support will not be able to help with this issue.', null],
    ['Hello,\nYour listings were removed.\nAmazon.com', null],
  ])('%s', (text, expected) => {
    expect(departmentOf(text)).toBe(expected);
  });

  it('prefers the From address over a contact mention', () => {
    const text = 'From: seller-performance@amazon.com\n\nIf you need help, contact Seller Support.';
    expect(readNotice(text).senderDepartment).toMatchObject({ value: 'account_specialist', confidence: 'high' });
  });
});

describe('headers', () => {
  it('reads Subject/件名 and From/差出人, with full-width colons', () => {
    const r = readNotice('件名：【重要】出品停止のお知らせ\n差出人：Amazon.co.jp <Seller-Performance@Amazon.co.jp>\n\n本文');
    expect(r.subject).toMatchObject({ value: '【重要】出品停止のお知らせ', span: { text: '【重要】出品停止のお知らせ' } });
    expect(r.from).toMatchObject({ value: 'seller-performance@amazon.co.jp', span: { text: 'Seller-Performance@Amazon.co.jp' } });
  });

  it('takes the marketplace headers from a forwarded notice', () => {
    const text = [
      'From: Taro <taro@example.jp>',
      'Subject: Fwd: help',
      '',
      '> From: Amazon <seller-performance@amazon.com>',
      '> Subject: Your account has been suspended',
      '> Hello',
    ].join('\n');
    const r = readNotice(text);
    expect(r.from?.value).toBe('seller-performance@amazon.com');
    expect(r.subject?.value).toBe('Your account has been suspended');
  });

  it('gives the display text when a From header has no address', () => {
    expect(readNotice('From: Amazon Seller Performance\n\nHi').from).toMatchObject({ value: 'Amazon Seller Performance', confidence: 'medium' });
  });

  it('returns null headers for a pasted body', () => {
    const r = readNotice('お客様の出品を停止しました。');
    expect([r.subject, r.from]).toEqual([null, null]);
  });
});

describe('language', () => {
  it.each([
    ['お客様の出品用アカウントを停止しました。詳しくはSeller Centralをご確認ください。ASIN: B07ABCDEFG', 'ja'],
    ['Your selling account has been deactivated. 詳細', 'en'],
    ['お客様のアカウントを停止しました。理由は以下のとおりです。\nYour account has been suspended for the reasons below.', 'mixed'],
    ['12345 !!! ---', null],
  ])('%s → %s', (text, expected) => {
    expect(readNotice(text).language).toBe(expected);
  });
});
