import { readNotice } from './notice-reader';
import type { NonDeadlineKind } from './notice-reader.types';

const RECEIVED_AT = new Date('2024-05-01T10:00:00+09:00'); // a Wednesday

function periodsOf(text: string): { deadline: string | null; others: [NonDeadlineKind, string][] } {
  const r = readNotice(text, { receivedAt: RECEIVED_AT });
  return {
    deadline: r.deadline ? r.deadline.span.text : null,
    others: r.nonDeadlinePeriods.map((p) => [p.value.kind, p.span.text]),
  };
}

describe('seller deadline versus the marketplace clock', () => {
  it.each<[string, string | null, [NonDeadlineKind, string][]]>([
    // Seller deadlines.
    ['If you do not submit an appeal within 17 days, your account will remain deactivated.', 'within 17 days', []],
    ['Please provide the requested information within 72 hours.', 'within 72 hours', []],
    ['You have 72 hours to respond to this notice.', '72 hours', []],
    ['Beginning 7 days from today, we will remove these listings unless you act.', 'Beginning 7 days from today', []],
    ['この通知を受け取ってから48時間以内に、改善計画書をご提出ください。', '48時間以内', []],
    ['本通知の日付から30日以内に異議申し立てを行ってください。', '30日以内', []],
    ['If we do not receive an acceptable plan of action within 17 days, we will deactivate your account.', 'within 17 days', []],
    ['回答期限：2024年6月30日', '2024年6月30日', []],
    ['Your account will be deactivated on May 20, 2024 unless you submit an appeal.', 'May 20, 2024', []],
    // Invoice age: a look-back window, even next to "within" and "submit".
    [
      'Please submit invoices issued within the last 365 days within 17 days of receiving this notice.',
      'within 17 days',
      [['invoice_age', '365 days']],
    ],
    ['過去180日間に発行された請求書をご提出ください。提出期限は7日以内です。', '7日以内', [['invoice_age', '180日間']]],
    ['請求書は365日以内に発行されたものに限ります。', null, [['invoice_age', '365日']]],
    // Funds held.
    ['Funds in your account will be held for up to 90 days while we complete our review.', null, [['funds_hold', '90 days']]],
    ['We may hold your funds for up to 90 days. You can appeal this decision within 90 days.', 'within 90 days', [['funds_hold', '90 days']]],
    ['アカウントの残高は、最大90日間保留されたのちにお支払いします。', null, [['funds_hold', '90日間']]],
    // Review duration.
    ['審査期間は30日間です。', null, [['review_duration', '30日間']]],
    ['The review generally takes 2-4 business days after you submit your documents.', null, [['review_duration', '2-4 business days']]],
    ['We will review them and respond within 2 business days.', null, [['review_duration', '2 business days']]],
    ['We will respond to your appeal within 48 hours.', null, [['review_duration', '48 hours']]],
    ['ご提出いただいた書類は、通常5営業日以内に確認いたします。', null, [['review_duration', '5営業日']]],
    ['Your listings may take up to 36 hours to become active again.', null, [['review_duration', '36 hours']]],
    // Call-backs.
    ['Within the next 24 hours you will receive a phone call from Amazon.', null, [['callback', '24 hours']]],
    ['24時間以内に担当者よりお電話にてご連絡いたします。', null, [['callback', '24時間']]],
    // Metric windows and standing rules.
    ['Your Late Shipment Rate over the last 30 days is 6%.', null, [['metric_window', '30 days']]],
    ['過去60日間の注文不良率が1%を超えています。', null, [['metric_window', '60日間']]],
    ['Buyer-seller messages must be answered within 24 hours.', null, [['policy_requirement', '24 hours']]],
    ['注文から2営業日以内に出荷通知を送信してください。', null, [['policy_requirement', '2営業日']]],
    // Not periods at all.
    ['セラーサポートは24時間対応しております。', null, []],
    ['We are available 24 hours a day, 7 days a week.', null, []],
    ['Order 503-1234567-1234567 was placed on April 2, 2024 and shipped on April 10, 2024.', null, []],
    ['一日も早い回答をお待ちしております。', null, []],
  ])('%s', (text, deadline, others) => {
    expect(periodsOf(text)).toEqual({ deadline, others });
  });

  it('keeps all three clocks apart in one notice', () => {
    const text = [
      'Please submit your plan of action within 17 days.',
      'Invoices must be dated within the last 365 days.',
      'Your funds will be held for up to 90 days.',
      'The review generally takes 2-4 business days.',
      'Within the next 24 hours you will receive a phone call.',
    ].join('\n');
    expect(periodsOf(text)).toEqual({
      deadline: 'within 17 days',
      others: [
        ['invoice_age', '365 days'],
        ['funds_hold', '90 days'],
        ['review_duration', '2-4 business days'],
        ['callback', '24 hours'],
      ],
    });
  });
});

describe('deadline resolution', () => {
  it('resolves relative deadlines only when receivedAt is given', () => {
    const text = '17日以内に改善計画書をご提出ください。';
    expect(readNotice(text).deadline?.value).toEqual({
      kind: 'relative',
      dueAt: null,
      date: null,
      time: null,
      timeZone: null,
      relative: { amount: 17, unit: 'day', anchor: 'receipt' },
    });
    expect(readNotice(text, { receivedAt: RECEIVED_AT }).deadline?.value.dueAt).toBe('2024-05-18T01:00:00.000Z');
  });

  it('counts business days in the configured zone', () => {
    const text = 'Please respond within 3 business days.';
    // Wednesday 10:00 JST + 3 business days = Monday.
    expect(readNotice(text, { receivedAt: RECEIVED_AT }).deadline?.value.dueAt).toBe('2024-05-06T01:00:00.000Z');
  });

  it('runs a date-only deadline to the end of that day, in the option zone when the text names none', () => {
    const text = 'Please reply by June 3, 2024.';
    expect(readNotice(text).deadline?.value).toMatchObject({ date: '2024-06-03', dueAt: '2024-06-03T14:59:59.999Z', timeZone: 'Asia/Tokyo' });
    const la = readNotice(text, { timeZone: 'America/Los_Angeles' }).deadline?.value;
    expect(la).toMatchObject({ dueAt: '2024-06-04T06:59:59.999Z', timeZone: 'America/Los_Angeles' });
  });

  it('uses the zone written next to the time', () => {
    const value = readNotice('Submit by May 10, 2024 11:59 PM PDT.').deadline?.value;
    expect(value).toMatchObject({ dueAt: '2024-05-11T06:59:00.000Z', time: '23:59', timeZone: '-07:00' });
  });

  it('infers the year of a year-less date from receivedAt, and leaves it open otherwise', () => {
    const text = '5月10日までにご回答ください。';
    expect(readNotice(text).deadline?.value).toMatchObject({ date: '--05-10', dueAt: null });
    expect(readNotice(text, { receivedAt: RECEIVED_AT }).deadline?.value).toMatchObject({ date: '2024-05-10' });
    const lateInYear = new Date('2024-12-20T10:00:00+09:00');
    expect(readNotice('1月10日までにご回答ください。', { receivedAt: lateInYear }).deadline?.value.date).toBe('2025-01-10');
  });

  it('prefers an explicit date over a relative period of equal weight', () => {
    const text = '17日以内にご提出ください。期限：2024年5月15日';
    expect(readNotice(text).deadline?.span.text).toBe('2024年5月15日');
  });

  it('reads the appeal limit in both languages', () => {
    expect(readNotice('within 17 days, or after two unsuccessful appeals').appealLimit?.value).toBe(2);
    expect(readNotice('3回の異議申し立てが認められなかった場合').appealLimit?.value).toBe(3);
    expect(readNotice('You may appeal as often as needed.').appealLimit).toBeNull();
  });
});
