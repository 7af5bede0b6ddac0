/**
 * English fixtures, part 2 (Seller Support, hazmat, HTML, forwarded quoted-printable, security, ISBN ASINs).
 * Every field of the reading is asserted; notices are received at 2024-05-01 10:00 JST.
 */
import { readNotice } from './notice-reader';
import { loadFixture, spanProblems, summarize, type ReadingSummary } from './fixtures/summary';

const RECEIVED_AT = new Date('2024-05-01T10:00:00+09:00');

const CASES: { file: string; expected: ReadingSummary }[] = [
  {
    file: 'en-08-tech-support-listing-accuracy.txt',
    expected: {
      language: 'en',
      subject: 'Your inquiry about listing B0LISTAC01',
      from: null,
      senderDepartment: 'technical_support',
      severity: 'warning',
      violationCategories: ['listing_accuracy'],
      asins: ['B0LISTAC01'],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [],
      requestedDocuments: [],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'en-09-restricted-beginning.txt',
    expected: {
      language: 'en',
      subject: 'Restricted products: listings at risk',
      from: null,
      senderDepartment: null,
      severity: 'warning',
      violationCategories: ['restricted_product'],
      asins: ['B0HAZMAT11', 'B0HAZMAT22'],
      maskedAsins: ['B0XXXXXXXX'],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-08T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 7, unit: 'day', anchor: 'today' },
        text: 'Beginning 7 days from today',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        {
          kind: 'review_duration',
          amount: 2,
          amountMax: null,
          unit: 'business_day',
          date: null,
          text: '2 business days',
        },
      ],
      requestedDocuments: ['other'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'en-10-html-odr.txt',
    expected: {
      language: 'en',
      subject: null,
      from: null,
      senderDepartment: null,
      severity: 'warning',
      violationCategories: ['customer_service', 'cancellation'],
      asins: [],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-15T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 14, unit: 'day', anchor: 'receipt' },
        text: 'within 14 days',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        {
          kind: 'policy_requirement',
          amount: 24,
          amountMax: null,
          unit: 'hour',
          date: null,
          text: '24 hours',
        },
      ],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [{ kind: 'ticket', label: 'Ticket number', id: '4455667788' }],
      appealOutcome: null,
    },
  },
  {
    file: 'en-11-forwarded-qp-masked.txt',
    expected: {
      language: 'en',
      subject: 'Your Amazon.com selling account has been suspended',
      from: 'seller-performance@amazon.com',
      senderDepartment: 'account_specialist',
      severity: 'suspension',
      violationCategories: ['authenticity'],
      asins: [],
      maskedAsins: ['B08=\r\n●●●●●●●●', 'B00XXXXX1', '******'],
      deadline: {
        kind: 'relative',
        dueAt: '2024-07-30T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 90, unit: 'day', anchor: 'receipt' },
        text: 'within 90 days',
      },
      appealLimit: 2,
      nonDeadlinePeriods: [],
      requestedDocuments: ['invoice'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'en-12-account-security.txt',
    expected: {
      language: 'en',
      subject: 'Unusual activity on your seller account',
      from: null,
      senderDepartment: 'technical_support',
      severity: 'suspension',
      violationCategories: ['account_security'],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'invoice_age', amount: 90, amountMax: null, unit: 'day', date: null, text: '90 days' },
        {
          kind: 'review_duration',
          amount: 2,
          amountMax: null,
          unit: 'business_day',
          date: null,
          text: '2 business days',
        },
        { kind: 'callback', amount: 24, amountMax: null, unit: 'hour', date: null, text: '24 hours' },
      ],
      requestedDocuments: ['identity_document', 'utility_bill', 'other'],
      referenceNumbers: [{ kind: 'case', label: 'Case ID', id: '20240501-77341' }],
      appealOutcome: null,
    },
  },
  {
    file: 'en-13-books-condition-isbn.txt',
    expected: {
      language: 'en',
      subject: 'Listing removed: condition complaints (Reference ID: BK-558231)',
      from: null,
      senderDepartment: null,
      severity: 'listing_removal',
      violationCategories: ['condition'],
      asins: ['4774142042', '4839958432'],
      maskedAsins: [],
      deadline: {
        kind: 'absolute',
        dueAt: '2024-06-10T14:59:59.999Z',
        date: '2024-06-10',
        time: null,
        timeZone: 'Asia/Tokyo',
        relative: null,
        text: '10 June 2024',
      },
      appealLimit: null,
      nonDeadlinePeriods: [],
      requestedDocuments: [],
      referenceNumbers: [{ kind: 'reference', label: 'Reference ID', id: 'BK-558231' }],
      appealOutcome: null,
    },
  },
];

describe('readNotice: English fixtures, part 2 (Seller Support, hazmat, HTML, forwarded quoted-printable, security, ISBN ASINs)', () => {
  it.each(CASES)('$file', ({ file, expected }) => {
    const text = loadFixture(file);
    const reading = readNotice(text, { receivedAt: RECEIVED_AT });
    expect(summarize(reading)).toEqual(expected);
    expect(spanProblems(text, reading)).toEqual([]);
  });
});
