/**
 * Japanese fixtures, part 1 (IP, authenticity, late shipment, closure, AHS call-back, plan reply, reviews).
 * Every field of the reading is asserted; notices are received at 2024-05-01 10:00 JST.
 */
import { readNotice } from './notice-reader';
import { loadFixture, spanProblems, summarize, type ReadingSummary } from './fixtures/summary';

const RECEIVED_AT = new Date('2024-05-01T10:00:00+09:00');

const CASES: { file: string; expected: ReadingSummary }[] = [
  {
    file: 'ja-01-ip-listing-removal.txt',
    expected: {
      language: 'ja',
      subject: '必要なアクション: 知的財産権の侵害の申し立てにより、お客様の出品が停止となりました',
      from: 'notice-dispute@amazon.co.jp',
      senderDepartment: 'other',
      severity: 'listing_removal',
      violationCategories: ['ip_complaint'],
      asins: ['B07QWERTY1', 'B08ZXCVBN2'],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [],
      requestedDocuments: ['letter_of_authorization'],
      referenceNumbers: [{ kind: 'complaint', label: '申し立てID', id: '8812345670' }],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-02-authenticity-suspension.txt',
    expected: {
      language: 'ja',
      subject: 'Amazon.co.jpでの出品用アカウントの停止について',
      from: 'seller-performance@amazon.co.jp',
      senderDepartment: 'account_specialist',
      severity: 'suspension',
      violationCategories: ['authenticity'],
      asins: ['B09ABC1234', 'B09DEF5678'],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-18T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 17, unit: 'day', anchor: 'receipt' },
        text: '１７日以内',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'invoice_age', amount: 365, amountMax: null, unit: 'day', date: null, text: '３６５日' },
        { kind: 'funds_hold', amount: 90, amountMax: null, unit: 'day', date: null, text: '９０日間' },
      ],
      requestedDocuments: ['plan_of_action', 'invoice'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-03-late-shipment-warning-ts.txt',
    expected: {
      language: 'ja',
      subject: '出荷遅延率に関する注意喚起',
      from: null,
      senderDepartment: 'technical_support',
      severity: 'warning',
      violationCategories: ['late_shipment'],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'metric_window', amount: 30, amountMax: null, unit: 'day', date: null, text: '30日間' },
        {
          kind: 'policy_requirement',
          amount: 2,
          amountMax: null,
          unit: 'business_day',
          date: null,
          text: '2営業日',
        },
      ],
      requestedDocuments: [],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-04-deactivation-bsa.txt',
    expected: {
      language: 'ja',
      subject: 'Amazon.co.jpからの重要なお知らせ',
      from: null,
      senderDepartment: null,
      severity: 'deactivation',
      violationCategories: ['related_accounts'],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [{ kind: 'funds_hold', amount: 90, amountMax: null, unit: 'day', date: null, text: '90日間' }],
      requestedDocuments: [],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-05-ahs-callback.txt',
    expected: {
      language: 'ja',
      subject: '[ケースID: 15023456789] お電話のご依頼を承りました',
      from: 'account-health-support@amazon.co.jp',
      senderDepartment: 'account_health_support',
      severity: null,
      violationCategories: [],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'callback', amount: 24, amountMax: null, unit: 'hour', date: null, text: '24時間' },
        { kind: 'review_duration', amount: 30, amountMax: null, unit: 'day', date: null, text: '30日間' },
      ],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [{ kind: 'case', label: 'ケースID', id: '15023456789' }],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-06-insufficient-info-reply.txt',
    expected: {
      language: 'ja',
      subject: 'Re: 改善計画書のご提出について',
      from: null,
      senderDepartment: null,
      severity: 'suspension',
      violationCategories: [],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [{ kind: 'invoice_age', amount: 180, amountMax: null, unit: 'day', date: null, text: '180日' }],
      requestedDocuments: ['plan_of_action', 'invoice'],
      referenceNumbers: [{ kind: 'reference', label: '参照番号', id: '7Q2-88341-JP' }],
      appealOutcome: 'insufficient_information',
    },
  },
  {
    file: 'ja-07-review-manipulation.txt',
    expected: {
      language: 'ja',
      subject: '出品用アカウントの停止に関するお知らせ',
      from: null,
      senderDepartment: 'account_specialist',
      severity: 'suspension',
      violationCategories: ['review_manipulation'],
      asins: ['B0C1234XYZ', 'B0C5678ABC', 'B0C9999QQQ'],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-03T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 48, unit: 'hour', anchor: 'receipt' },
        text: '48時間以内',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        {
          kind: 'review_duration',
          amount: 2,
          amountMax: 3,
          unit: 'business_day',
          date: null,
          text: '2〜3営業日',
        },
      ],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
];

describe('readNotice: Japanese fixtures, part 1 (IP, authenticity, late shipment, closure, AHS call-back, plan reply, reviews)', () => {
  it.each(CASES)('$file', ({ file, expected }) => {
    const text = loadFixture(file);
    const reading = readNotice(text, { receivedAt: RECEIVED_AT });
    expect(summarize(reading)).toEqual(expected);
    expect(spanProblems(text, reading)).toEqual([]);
  });
});
