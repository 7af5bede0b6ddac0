/**
 * English fixtures, part 1 (deactivation, IP, under review, warnings, AHS call-back, plan reply, reviews).
 * Every field of the reading is asserted; notices are received at 2024-05-01 10:00 JST.
 */
import { readNotice } from './notice-reader';
import { loadFixture, spanProblems, summarize, type ReadingSummary } from './fixtures/summary';

const RECEIVED_AT = new Date('2024-05-01T10:00:00+09:00');

const CASES: { file: string; expected: ReadingSummary }[] = [
  {
    file: 'en-01-deactivation-related.txt',
    expected: {
      language: 'en',
      subject: 'Your Amazon.com selling account has been deactivated',
      from: 'seller-performance@amazon.com',
      senderDepartment: 'account_specialist',
      severity: 'deactivation',
      violationCategories: ['related_accounts'],
      asins: [],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-18T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 17, unit: 'day', anchor: 'receipt' },
        text: 'within 17 days',
      },
      appealLimit: 2,
      nonDeadlinePeriods: [{ kind: 'funds_hold', amount: 90, amountMax: null, unit: 'day', date: null, text: '90 days' }],
      requestedDocuments: [],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'en-02-ip-complaint.txt',
    expected: {
      language: 'en',
      subject: 'Notice: Policy Warning - Intellectual Property Complaint',
      from: null,
      senderDepartment: null,
      severity: 'listing_removal',
      violationCategories: ['ip_complaint'],
      asins: ['B07TRADE01', 'B07TRADE02', 'B07TRADE03'],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [],
      requestedDocuments: ['letter_of_authorization'],
      referenceNumbers: [{ kind: 'complaint', label: 'Rights owner complaint ID', id: '9876543210' }],
      appealOutcome: null,
    },
  },
  {
    file: 'en-03-under-review-authenticity.txt',
    expected: {
      language: 'en',
      subject: 'Your Amazon.com Selling Account is Under Review',
      from: 'seller-performance@amazon.com',
      senderDepartment: 'account_specialist',
      severity: 'suspension',
      violationCategories: ['authenticity'],
      asins: ['B0AUTH1234'],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-04T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 72, unit: 'hour', anchor: 'receipt' },
        text: 'within 72 hours',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'invoice_age', amount: 365, amountMax: null, unit: 'day', date: null, text: '365 days' },
        {
          kind: 'review_duration',
          amount: 2,
          amountMax: 4,
          unit: 'business_day',
          date: null,
          text: '2-4 business days',
        },
      ],
      requestedDocuments: ['invoice', 'letter_of_authorization', 'supply_chain_letter'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'en-04-late-shipment-warning.txt',
    expected: {
      language: 'en',
      subject: 'Policy Warning: Late Shipment Rate',
      from: null,
      senderDepartment: null,
      severity: 'warning',
      violationCategories: ['late_shipment'],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'metric_window', amount: 30, amountMax: null, unit: 'day', date: null, text: '30 days' },
        {
          kind: 'policy_requirement',
          amount: 2,
          amountMax: null,
          unit: 'business_day',
          date: null,
          text: '2 business days',
        },
      ],
      requestedDocuments: [],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'en-05-ahs-callback.txt',
    expected: {
      language: 'en',
      subject: 'Your call request - Case ID 19283746501',
      from: 'account-health-support@amazon.com',
      senderDepartment: 'account_health_support',
      severity: null,
      violationCategories: [],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'callback', amount: 24, amountMax: null, unit: 'hour', date: null, text: '24 hours' },
        {
          kind: 'review_duration',
          amount: 2,
          amountMax: 4,
          unit: 'business_day',
          date: null,
          text: '2-4 business days',
        },
      ],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [{ kind: 'case', label: 'Case ID', id: '19283746501' }],
      appealOutcome: null,
    },
  },
  {
    file: 'en-06-insufficient-info.txt',
    expected: {
      language: 'en',
      subject: 'RE: Your appeal - Reference ID: AHS-4471-2209',
      from: null,
      senderDepartment: 'account_specialist',
      severity: 'suspension',
      violationCategories: [],
      asins: ['B0REVISE11', 'B0REVISE22'],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'invoice_age', amount: 180, amountMax: null, unit: 'day', date: null, text: '180 days' },
      ],
      requestedDocuments: ['plan_of_action', 'invoice'],
      referenceNumbers: [{ kind: 'reference', label: 'Reference ID', id: 'AHS-4471-2209' }],
      appealOutcome: 'insufficient_information',
    },
  },
  {
    file: 'en-07-review-manipulation.txt',
    expected: {
      language: 'en',
      subject: 'Action required: Your selling privileges have been removed',
      from: null,
      senderDepartment: null,
      severity: 'suspension',
      violationCategories: ['review_manipulation'],
      asins: [],
      maskedAsins: [],
      deadline: {
        kind: 'absolute',
        dueAt: '2024-05-11T06:59:00.000Z',
        date: '2024-05-10',
        time: '23:59',
        timeZone: '-07:00',
        relative: null,
        text: 'May 10, 2024 11:59 PM PDT',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        {
          kind: 'policy_requirement',
          amount: 30,
          amountMax: null,
          unit: 'day',
          date: null,
          text: '30 days',
        },
      ],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
];

describe('readNotice: English fixtures, part 1 (deactivation, IP, under review, warnings, AHS call-back, plan reply, reviews)', () => {
  it.each(CASES)('$file', ({ file, expected }) => {
    const text = loadFixture(file);
    const reading = readNotice(text, { receivedAt: RECEIVED_AT });
    expect(summarize(reading)).toEqual(expected);
    expect(spanProblems(text, reading)).toEqual([]);
  });
});
