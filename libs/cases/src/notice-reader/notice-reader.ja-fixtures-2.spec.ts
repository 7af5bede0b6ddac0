/**
 * Japanese fixtures, part 2 (related accounts, full-width, tables, rows, security, bilingual, reinstated).
 * Every field of the reading is asserted; notices are received at 2024-05-01 10:00 JST.
 */
import { readNotice } from './notice-reader';
import { loadFixture, spanProblems, summarize, type ReadingSummary } from './fixtures/summary';

const RECEIVED_AT = new Date('2024-05-01T10:00:00+09:00');

const CASES: { file: string; expected: ReadingSummary }[] = [
  {
    file: 'ja-08-related-accounts-identity.txt',
    expected: {
      language: 'ja',
      subject: '出品者情報の確認が必要です',
      from: null,
      senderDepartment: 'account_specialist',
      severity: 'suspension',
      violationCategories: ['related_accounts'],
      asins: [],
      maskedAsins: [],
      deadline: {
        kind: 'absolute',
        dueAt: '2024-05-10T14:59:00.000Z',
        date: '2024-05-10',
        time: '23:59',
        timeZone: 'Asia/Tokyo',
        relative: null,
        text: '2024年5月10日 23:59（日本時間）',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        { kind: 'invoice_age', amount: 90, amountMax: null, unit: 'day', date: null, text: '90日' },
        {
          kind: 'review_duration',
          amount: 5,
          amountMax: null,
          unit: 'business_day',
          date: null,
          text: '5営業日',
        },
      ],
      requestedDocuments: ['identity_document', 'utility_bill'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-09-fullwidth-pricing-warning.txt',
    expected: {
      language: 'ja',
      subject: '【重要】価格設定ポリシーに関する警告',
      from: null,
      senderDepartment: null,
      severity: 'warning',
      violationCategories: ['pricing'],
      asins: ['B08QRST123', 'B08UVWX567'],
      maskedAsins: ['Ｂ０８●●●●●●●●'],
      deadline: {
        kind: 'absolute',
        dueAt: '2024-05-20T14:59:59.999Z',
        date: '2024-05-20',
        time: null,
        timeZone: 'Asia/Tokyo',
        relative: null,
        text: '令和６年５月２０日',
      },
      appealLimit: null,
      nonDeadlinePeriods: [],
      requestedDocuments: [],
      referenceNumbers: [{ kind: 'reference', label: '参照番号', id: 'JP-2024-00451' }],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-10-restricted-table.txt',
    expected: {
      language: 'ja',
      subject: '危険物に該当する商品の出品削除について',
      from: null,
      senderDepartment: null,
      severity: 'listing_removal',
      violationCategories: ['restricted_product'],
      asins: ['B0DANGER01', 'B0DANGER02'],
      maskedAsins: [],
      deadline: {
        kind: 'absolute',
        dueAt: '2024-06-01T14:59:59.999Z',
        date: '2024-06-01',
        time: null,
        timeZone: 'Asia/Tokyo',
        relative: null,
        text: '2024/06/01',
      },
      appealLimit: null,
      nonDeadlinePeriods: [{ kind: 'review_duration', amount: 7, amountMax: null, unit: 'day', date: null, text: '7日間' }],
      requestedDocuments: ['other'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-11-condition-rows.txt',
    expected: {
      language: 'ja',
      subject: '商品の状態に関する購入者からの苦情について',
      from: null,
      senderDepartment: null,
      severity: 'listing_removal',
      violationCategories: ['condition'],
      asins: ['B07AAA1111', 'B07BBB2222'],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-08T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 7, unit: 'day', anchor: 'today' },
        text: '7日以内',
      },
      appealLimit: null,
      nonDeadlinePeriods: [
        {
          kind: 'review_duration',
          amount: 2,
          amountMax: 4,
          unit: 'business_day',
          date: null,
          text: '2〜4営業日',
        },
      ],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-12-account-security.txt',
    expected: {
      language: 'ja',
      subject: 'お客様のアカウントのセキュリティについて',
      from: null,
      senderDepartment: null,
      severity: 'suspension',
      violationCategories: ['account_security'],
      asins: [],
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
    file: 'ja-13-bilingual-deactivation.txt',
    expected: {
      language: 'mixed',
      subject: 'Amazon.co.jp 出品用アカウントについて / Your Amazon.co.jp selling account',
      from: null,
      senderDepartment: 'account_specialist',
      severity: 'deactivation',
      violationCategories: ['cancellation'],
      asins: [],
      maskedAsins: [],
      deadline: {
        kind: 'relative',
        dueAt: '2024-05-18T01:00:00.000Z',
        date: null,
        time: null,
        timeZone: null,
        relative: { amount: 17, unit: 'day', anchor: 'receipt' },
        text: '17日以内',
      },
      appealLimit: 2,
      nonDeadlinePeriods: [],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [],
      appealOutcome: null,
    },
  },
  {
    file: 'ja-14-reinstated.txt',
    expected: {
      language: 'ja',
      subject: 'お客様の出品用アカウントが再開されました',
      from: null,
      senderDepartment: 'account_health_support',
      severity: null,
      violationCategories: ['late_shipment'],
      asins: [],
      maskedAsins: [],
      deadline: null,
      appealLimit: null,
      nonDeadlinePeriods: [{ kind: 'metric_window', amount: 10, amountMax: null, unit: 'day', date: null, text: '10日間' }],
      requestedDocuments: ['plan_of_action'],
      referenceNumbers: [],
      appealOutcome: 'reinstated',
    },
  },
];

describe('readNotice: Japanese fixtures, part 2 (related accounts, full-width, tables, rows, security, bilingual, reinstated)', () => {
  it.each(CASES)('$file', ({ file, expected }) => {
    const text = loadFixture(file);
    const reading = readNotice(text, { receivedAt: RECEIVED_AT });
    expect(summarize(reading)).toEqual(expected);
    expect(spanProblems(text, reading)).toEqual([]);
  });
});
