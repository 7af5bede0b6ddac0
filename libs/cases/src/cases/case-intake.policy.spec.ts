import { defaultTitle, prefill, type NoticeFields } from './case-intake.policy';

const suggestion: NoticeFields = {
  severity: 'suspension',
  categories: ['authenticity'],
  senderDepartment: 'account_specialist',
  asins: ['B0ABCDEFGH'],
  marketplaceDeadline: new Date('2026-12-01T00:00:00Z'),
  appealLimit: 2,
};

describe('prefill', () => {
  it('fills only what was left empty', () => {
    const out = prefill({ severity: 'warning', categories: [], asins: ['B0ZZZZZZZZ'] }, suggestion);
    expect(out).toEqual({ ...suggestion, severity: 'warning', asins: ['B0ZZZZZZZZ'] });
  });

  it('takes the whole suggestion when nothing was entered', () => {
    expect(prefill({}, suggestion)).toEqual(suggestion);
  });
});

describe('defaultTitle', () => {
  it('prefers the subject', () => {
    expect(defaultTitle(suggestion, ' Amazon.co.jpからの重要なお知らせ ')).toBe('Amazon.co.jpからの重要なお知らせ');
  });
  it('falls back to severity and categories', () => {
    expect(defaultTitle({ ...suggestion, categories: ['ip_complaint', 'authenticity', 'other'] }, null)).toBe(
      'suspension — ip complaint — authenticity',
    );
  });
});
