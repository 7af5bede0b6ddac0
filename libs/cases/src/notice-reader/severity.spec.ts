import { readNotice } from './notice-reader';

const severityOf = (text: string): string | null => readNotice(text).severity?.value ?? null;
const outcomeOf = (text: string): string | null => readNotice(text).appealOutcome?.value ?? null;

describe('severity', () => {
  it.each([
    // Deactivation.
    ['Your Amazon.com selling account has been deactivated.', 'deactivation'],
    ['Your selling privileges on Amazon.com have been deactivated.', 'deactivation'],
    ['We have deactivated your account in accordance with Section 3 of the Business Solutions Agreement.', 'deactivation'],
    ['Amazonサービスビジネスソリューション契約第3条に基づき、出品用アカウントを閉鎖いたしました。', 'deactivation'],
    ['お客様の出品用アカウントは無効になりました。', 'deactivation'],
    ['This decision is final and we will not reinstate your account.', 'deactivation'],
    // Suspension.
    ['We have removed your selling privileges.', 'suspension'],
    ['Your account has been temporarily deactivated.', 'suspension'],
    ['Your Amazon.com Selling Account is Under Review', 'suspension'],
    ['お客様の出品用アカウントを停止しました。', 'suspension'],
    ['お客様のアカウントは、Amazonのポリシーに違反しているため、停止されています。', 'suspension'],
    ['出品権限を削除し、売上金を保留いたしました。', 'suspension'],
    // Listing removal / restriction.
    ['We removed some of your listings because of a rights owner complaint.', 'listing_removal'],
    ['Your listings have been deactivated.', 'listing_removal'],
    ['本メールの末尾に記載されている商品の出品を停止いたしました。', 'listing_removal'],
    ['必要なアクション: お客様の出品が停止となりました', 'listing_removal'],
    ['一部の商品ページを削除しました。', 'listing_removal'],
    // Warnings: threats and conditions are not facts.
    ['Notice: Policy Warning', 'warning'],
    ['Continued violations may result in the deactivation of your account.', 'warning'],
    ['Your account is at risk of deactivation.', 'warning'],
    ['If your account has been deactivated, you can appeal from Account Health.', null],
    ['今後同様の違反があった場合、アカウントが停止される可能性があります。', 'warning'],
    ['アカウント停止を回避するため、出荷遅延率を改善してください。', null],
    ['出品を停止する可能性があります。', 'warning'],
    ['Thank you for selling on Amazon.', null],
  ])('%s → %s', (text, expected) => {
    expect(severityOf(text)).toBe(expected);
  });

  it('takes the harshest stated action', () => {
    const text = 'Your listings have been removed. Your selling account has been deactivated.';
    expect(readNotice(text).severity).toMatchObject({ value: 'deactivation', span: { text: 'selling account has been deactivated' } });
  });

  it('ignores footers', () => {
    expect(severityOf('Amazon.com, Inc. or its affiliates. Warning: trademarks of Amazon.')).toBeNull();
  });

  it('reads an appeal reply that cannot reinstate yet as a continuing suspension', () => {
    const en = 'We do not have enough information to reinstate your selling privileges at this time.';
    expect(readNotice(en).severity).toMatchObject({ value: 'suspension', confidence: 'low' });
    const ja = '一部不足している情報がございましたため、現時点では出品権限を回復することができません。';
    expect(readNotice(ja).severity).toMatchObject({ value: 'suspension', confidence: 'low' });
  });
});

describe('appeal outcome', () => {
  it.each([
    ['We reviewed your appeal; however, we do not have enough information to reinstate your account.', 'insufficient_information'],
    ['改善計画をご提出いただきましたが、内容に不備があったため承認できませんでした。', 'insufficient_information'],
    ['一部不足している情報がございましたため、再度ご提出ください。', 'insufficient_information'],
    ['We have completed our review of your appeal and reinstated your selling privileges.', 'reinstated'],
    ['お客様の出品用アカウントを再開いたしました。', 'reinstated'],
    ['Your appeal has been denied. This decision is final.', 'rejected'],
    ['If the information is insufficient, we will contact you.', null],
    ['情報が不十分な場合は、追加の書類をお願いすることがあります。', null],
    ['We are unable to reinstate your account at this time.', null],
  ])('%s → %s', (text, expected) => {
    expect(outcomeOf(text)).toBe(expected);
  });
});
