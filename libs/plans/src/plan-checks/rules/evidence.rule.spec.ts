import { checkPlan } from '../plan-checks';
import type { PlanCheckContext, PlanDocument } from '../plan-checks.types';
import { GOOD_CONTEXT_EN, GOOD_CONTEXT_JA, GOOD_PLAN_EN, GOOD_PLAN_JA } from '../testing/fixtures';
import { hits } from '../testing/helpers';

const plans = { ja: GOOD_PLAN_JA, en: GOOD_PLAN_EN } as const;
const contexts = { ja: GOOD_CONTEXT_JA, en: GOOD_CONTEXT_EN } as const;

function ruleHits(plan: PlanDocument, context: PlanCheckContext, ruleId: string) {
  return checkPlan(plan, context).filter((f) => f.ruleId === ruleId);
}

describe('evidence.document_not_uploaded', () => {
  describe.each(['ja', 'en'] as const)('%s', (language) => {
    const ctx = contexts[language];
    it.each([
      ['one referenced document not uploaded', { ...ctx, uploadedDocumentIds: ctx.uploadedDocumentIds.slice(1) }, 1],
      ['nothing uploaded', { ...ctx, uploadedDocumentIds: [] }, 2],
    ])('flags %s', (_label, context, atLeast) => {
      const found = ruleHits(plans[language], context, 'evidence.document_not_uploaded');
      expect(found.length).toBeGreaterThanOrEqual(atLeast);
      expect(found.every((f) => f.severity === 'blocker' && f.location.sectionId !== null)).toBe(true);
    });
    it.each([
      ['all referenced documents uploaded', ctx],
      ['extra uploads that are not referenced', { ...ctx, uploadedDocumentIds: [...ctx.uploadedDocumentIds, 'unused-doc'] }],
    ])('does not flag %s', (_label, context) => {
      expect(ruleHits(plans[language], context, 'evidence.document_not_uploaded')).toHaveLength(0);
    });
  });

  it('reports a document once per section and points at its id in the body', () => {
    const body = '・添付資料 doc-77：仕入先の請求書\n・doc-77 の写し';
    const found = hits('evidence.document_not_uploaded', 'ja', 'supporting_documents', body, { extra: { documentIds: ['doc-77', 'doc-77'] } });
    expect(found).toHaveLength(1);
    expect(found[0].location.span).toEqual({ start: body.indexOf('doc-77'), end: body.indexOf('doc-77') + 6, text: 'doc-77' });
  });
});

describe('evidence.asin_not_addressed', () => {
  describe.each(['ja', 'en'] as const)('%s', (language) => {
    const ctx = contexts[language];
    it.each([
      ['an ASIN the plan never names', ['B0ZZZZ9999']],
      ['one named and one not', [...ctx.noticeAsins, 'B07QQQQ1234'.slice(0, 10)]],
    ])('flags %s', (_label, noticeAsins) => {
      const found = ruleHits(plans[language], { ...ctx, noticeAsins }, 'evidence.asin_not_addressed');
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
      expect(found[0].location.sectionId).toBeNull();
      const missing = noticeAsins.filter((a) => !ctx.noticeAsins.includes(a));
      for (const a of missing) expect(found[0].message.en).toContain(a);
      for (const a of ctx.noticeAsins) expect(found[0].message.en).not.toContain(a);
    });
    it.each([
      ['the ASINs the plan names, in lower case', ctx.noticeAsins.map((a) => a.toLowerCase())],
      ['masked ASINs quoted from a notice', ['B08●●●●●●●●', 'B00XXXXX1', '******']],
      ['no ASINs at all', []],
    ])('does not flag %s', (_label, noticeAsins) => {
      expect(ruleHits(plans[language], { ...ctx, noticeAsins }, 'evidence.asin_not_addressed')).toHaveLength(0);
    });
  });

  it.each([
    ['ja', '・通知に記載の全ASIN（計42件）の扱いは添付のASIN一覧に記載しました。'],
    ['en', '- All 42 affected ASINs and what we did with each are listed in the attached spreadsheet.'],
  ] as const)('accepts a %s statement that all ASINs are covered in an attachment', (language, line) => {
    const plan = { ...plans[language], sections: plans[language].sections.map((s) => (s.kind === 'corrective_actions' ? { ...s, body: `${s.body}\n${line}` } : s)) };
    expect(ruleHits(plan, { ...contexts[language], noticeAsins: ['B0ZZZZ9999', 'B0YYYY8888'] }, 'evidence.asin_not_addressed')).toHaveLength(0);
  });

  it('does not accept an ASIN that only appears inside a longer token', () => {
    const found = hits('evidence.asin_not_addressed', 'en', 'free', 'SKU XB0ZZZZ99991 was relabelled.', { context: { noticeAsins: ['B0ZZZZ9999'] } });
    expect(found).toHaveLength(1);
  });
});
