import { checkPlan } from '../plan-checks';
import type { PlanCheckContext, PlanDocument, PlanSection } from '../plan-checks.types';
import { GOOD_CONTEXT_EN, GOOD_CONTEXT_JA, GOOD_PLAN_EN, GOOD_PLAN_JA, NO_CONTEXT } from '../testing/fixtures';

type Edit = (sections: PlanSection[]) => PlanSection[];
const base = { ja: GOOD_PLAN_JA, en: GOOD_PLAN_EN } as const;
const baseContext = { ja: GOOD_CONTEXT_JA, en: GOOD_CONTEXT_EN } as const;

function variant(language: 'ja' | 'en', edit: Edit): PlanDocument {
  return { language, sections: edit(base[language].sections.map((s) => ({ ...s }))) };
}

function ruleHits(plan: PlanDocument, ruleId: string, context: PlanCheckContext) {
  return checkPlan(plan, context).filter((f) => f.ruleId === ruleId);
}

const without = (kind: string): Edit => (s) => s.filter((x) => x.kind !== kind);
const emptied = (kind: string, body: string): Edit => (s) => s.map((x) => (x.kind === kind ? { ...x, body } : x));

describe('structure.required_section_missing', () => {
  describe.each(['ja', 'en'] as const)('%s', (language) => {
    const placeholder = language === 'ja' ? '特になし' : 'TBD';
    it.each([
      ['no root cause section', without('root_cause'), null],
      ['no summary section', without('summary'), null],
      ['empty preventive measures', emptied('preventive_measures', '   '), `${language}-preventive`],
      ['placeholder corrective actions', emptied('corrective_actions', placeholder), `${language}-corrective`],
    ] as const)('flags %s', (_label, edit, sectionId) => {
      const found = ruleHits(variant(language, edit), 'structure.required_section_missing', baseContext[language]);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('blocker');
      expect(found[0].location.sectionId).toBe(sectionId);
    });
    it.each([
      ['the complete plan', (s: PlanSection[]) => s],
      [
        'a free section titled as root cause',
        (s: PlanSection[]) => s.map((x) => (x.kind === 'root_cause' ? { ...x, kind: 'free' as const, title: language === 'ja' ? '根本原因' : 'Root cause' } : x)),
      ],
      ['a root cause given only in structured fields', (s: PlanSection[]) => s.map((x) => (x.kind === 'root_cause' ? { ...x, body: '', rootCause: { when: '2024-10-02', why: 'no check' } } : x))],
    ])('does not flag %s', (_label, edit) => {
      expect(ruleHits(variant(language, edit), 'structure.required_section_missing', baseContext[language])).toHaveLength(0);
    });
  });
});

describe('structure.summary_not_first', () => {
  const moveSummaryAfterRootCause: Edit = (s) => {
    const summary = s.find((x) => x.kind === 'summary') as PlanSection;
    const rest = s.filter((x) => x !== summary);
    return [rest[0], summary, ...rest.slice(1)];
  };
  describe.each(['ja', 'en'] as const)('%s', (language) => {
    const longIntro = language === 'ja' ? '当社は2015年創業の雑貨店です。'.repeat(12) : 'We are a small shop founded in 2015 that sells household goods. '.repeat(5);
    const courtesy =
      language === 'ja'
        ? 'Amazon出品者パフォーマンスチーム御中\nいつもお世話になっております。以下の通り、改善計画書を提出いたします。'
        : 'Dear Seller Performance Team,\nThank you for the opportunity to address this matter. We have investigated it thoroughly.';
    it.each([
      ['root cause before summary', moveSummaryAfterRootCause],
      ['a long free introduction before summary', (s: PlanSection[]) => [{ id: 'intro', kind: 'free' as const, body: longIntro }, ...s]],
    ])('flags %s', (_label, edit) => {
      const found = ruleHits(variant(language, edit), 'structure.summary_not_first', baseContext[language]);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
      expect(found[0].location.sectionId).toBe(`${language}-summary`);
    });
    const salutation = language === 'ja' ? 'Amazon.co.jp 出品者パフォーマンスチーム御中' : 'Dear Seller Performance Team,';
    it.each([
      ['summary first', (s: PlanSection[]) => s],
      ['a salutation before summary', (s: PlanSection[]) => [{ id: 'hello', kind: 'free' as const, body: salutation }, ...s]],
      ['an empty section before summary', (s: PlanSection[]) => [{ id: 'blank', kind: 'free' as const, body: '' }, ...s]],
      ['a short courtesy preamble before summary', (s: PlanSection[]) => [{ id: 'courtesy', kind: 'free' as const, body: courtesy }, ...s]],
    ])('does not flag %s', (_label, edit) => {
      expect(ruleHits(variant(language, edit), 'structure.summary_not_first', baseContext[language])).toHaveLength(0);
    });
  });
});

describe('structure.fba_stock_missing', () => {
  describe.each(['ja', 'en'] as const)('%s', (language) => {
    it.each([
      // The fixtures mention the FBA removal elsewhere, which counts; strip that too.
      ['no FBA section for an FBA client', (s: PlanSection[]) => without('fba_stock')(s).map((x) => ({ ...x, body: x.body.replace(/FBA/g, '') })), null],
      ['an empty FBA section', emptied('fba_stock', ''), `${language}-fba`],
    ] as const)('flags %s', (_label, edit, sectionId) => {
      const found = ruleHits(variant(language, edit), 'structure.fba_stock_missing', baseContext[language]);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('blocker');
      expect(found[0].location.sectionId).toBe(sectionId);
    });
    const inCorrective =
      language === 'ja' ? '・FBA倉庫の在庫（28個）は10月5日に返送を依頼し、検品後に再登録します。' : '- We created a removal order for all 38 FBA units on 14 September.';
    it.each([
      ['a client without FBA', without('fba_stock'), { ...baseContext[language], usesFba: false }],
      ['the complete plan', (s: PlanSection[]) => s, baseContext[language]],
      [
        'the stock decision stated in corrective actions',
        (s: PlanSection[]) => without('fba_stock')(s).map((x) => (x.kind === 'corrective_actions' ? { ...x, body: `${x.body}\n${inCorrective}` } : x)),
        baseContext[language],
      ],
    ])('does not flag %s', (_label, edit, context) => {
      expect(ruleHits(variant(language, edit), 'structure.fba_stock_missing', context)).toHaveLength(0);
    });
  });

  it('is not raised when usesFba is false even with no sections at all', () => {
    expect(checkPlan({ language: 'ja', sections: [] }, NO_CONTEXT).filter((f) => f.ruleId === 'structure.fba_stock_missing')).toHaveLength(0);
  });
});
