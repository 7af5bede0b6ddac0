import { checkPlan } from '../plan-checks';
import type { PlanDocument } from '../plan-checks.types';
import { NO_CONTEXT } from '../testing/fixtures';
import { hits } from '../testing/helpers';
import { EN_MAX_PLAN_WORDS, EN_MAX_SENTENCE_WORDS, JA_MAX_PLAN_CHARS, JA_MAX_SENTENCE_CHARS } from './readability.rule';

/** A Japanese sentence of exactly n characters ending in 。 */
const jaSentence = (n: number): string => '出品前に担当者が商品とASINを照合する'.repeat(Math.ceil(n / 19)).slice(0, n - 1) + '。';
/** An English sentence of exactly n words. */
const enSentence = (n: number): string => Array.from({ length: n }, (_, i) => (i === 0 ? 'The' : 'word')).join(' ') + '.';

describe('readability.long_sentence', () => {
  describe('ja', () => {
    it.each([[jaSentence(JA_MAX_SENTENCE_CHARS + 1)], [jaSentence(200)]])('flags a sentence of %#', (text) => {
      const found = hits('readability.long_sentence', 'ja', 'free', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('hint');
    });
    it.each([[jaSentence(JA_MAX_SENTENCE_CHARS)], [`${jaSentence(100)}${jaSentence(100)}${jaSentence(100)}`], [`${jaSentence(100)}\n${jaSentence(100)}`]])(
      'does not flag near-miss %#',
      (text) => {
        expect(hits('readability.long_sentence', 'ja', 'free', text)).toHaveLength(0);
      },
    );
  });
  describe('en', () => {
    it.each([[enSentence(EN_MAX_SENTENCE_WORDS + 1)], [enSentence(60)]])('flags a sentence of %#', (text) => {
      expect(hits('readability.long_sentence', 'en', 'free', text)).toHaveLength(1);
    });
    it.each([
      [enSentence(EN_MAX_SENTENCE_WORDS)],
      [`${enSentence(30)} ${enSentence(30)}`],
      ['The affected ASINs are ' + Array.from({ length: 40 }, (_, i) => `B0CXYZ${String(1000 + i)}`).join(', ') + '.'],
      ['Our supplier, e.g. Sunrise Audio Co. Ltd., sells to approx. 40 shops in the U.S. and Japan. It holds the brand licence.'],
    ])('does not flag near-miss %#', (text) => {
      expect(hits('readability.long_sentence', 'en', 'free', text)).toHaveLength(0);
    });
  });
});

describe('readability.long_paragraph', () => {
  describe('ja', () => {
    it.each([[jaSentence(100).repeat(5)], [jaSentence(110).repeat(4)]])('flags a paragraph %#', (text) => {
      const found = hits('readability.long_paragraph', 'ja', 'free', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
    });
    it.each([[Array(5).fill(jaSentence(100)).join('\n')], [Array(5).fill(`・${jaSentence(100)}`).join('\n')], [jaSentence(100).repeat(3)]])('does not flag near-miss %#', (text) => {
      expect(hits('readability.long_paragraph', 'ja', 'free', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([[Array(5).fill(enSentence(30)).join(' ')], [Array(4).fill(enSentence(32)).join(' ')]])('flags a paragraph %#', (text) => {
      expect(hits('readability.long_paragraph', 'en', 'free', text)).toHaveLength(1);
    });
    it.each([[Array(5).fill(enSentence(30)).join('\n')], [Array(5).fill(enSentence(30)).join('\n\n')], [Array(3).fill(enSentence(30)).join(' ')]])(
      'does not flag near-miss %#',
      (text) => {
        expect(hits('readability.long_paragraph', 'en', 'free', text)).toHaveLength(0);
      },
    );
  });
});

describe('readability.plan_too_long', () => {
  const plan = (language: 'ja' | 'en', sectionBody: string, n: number): PlanDocument => ({
    language,
    sections: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, kind: 'free' as const, body: sectionBody })),
  });
  const found = (p: PlanDocument) => checkPlan(p, NO_CONTEXT).filter((f) => f.ruleId === 'readability.plan_too_long');
  it.each([
    ['ja', plan('ja', jaSentence(100), Math.ceil(JA_MAX_PLAN_CHARS / 100) + 1)],
    ['ja', plan('ja', jaSentence(100), 60)],
    ['en', plan('en', enSentence(20), Math.ceil(EN_MAX_PLAN_WORDS / 20) + 1)],
    ['en', plan('en', enSentence(20), 100)],
  ])('flags an overlong %s plan', (_lang, p) => {
    const f = found(p);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('hint');
    expect(f[0].location.sectionId).toBeNull();
  });
  it.each([
    ['ja', plan('ja', jaSentence(100), 30)],
    ['ja', plan('ja', jaSentence(100), JA_MAX_PLAN_CHARS / 100)],
    ['en', plan('en', enSentence(20), 40)],
    ['en', plan('en', enSentence(20), EN_MAX_PLAN_WORDS / 20)],
  ])('does not flag a %s plan within the limit', (_lang, p) => {
    expect(found(p)).toHaveLength(0);
  });
});

describe('readability.no_bullets', () => {
  describe('ja', () => {
    it.each([
      ['10月4日に誤った出品を削除しました。同日、購入者3名に連絡し、全額を返金しました。10月7日には全SKUの紐付けを再確認しました。'],
      ['今後は出品前に別の担当者がSKUとASINを照合します。また、毎月第1営業日に店長が前月の登録内容を抜き取りで確認します。'],
    ])('flags prose actions %#', (text) => {
      const found = hits('readability.no_bullets', 'ja', 'corrective_actions', text);
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('hint');
    });
    it.each([
      ['・10月4日に誤った出品を削除しました。\n・同日、購入者3名に返金しました。'],
      ['① 出品前に別の担当者がSKUとASINを照合します。\n② 毎月第1営業日に店長が確認します。'],
      ['（1）出品前に照合します。\n（2）毎月確認します。'],
      ['10月4日に誤った出品を削除しました。'],
    ])('does not flag %#', (text) => {
      expect(hits('readability.no_bullets', 'ja', 'preventive_measures', text)).toHaveLength(0);
    });
  });
  describe('en', () => {
    it.each([
      ['On 4 October we deleted the wrong listing. On the same day we contacted the 3 buyers and refunded them in full. On 7 October we re-checked all SKU mappings.'],
      ['From now on a second person compares the SKU and ASIN before each upload. On the first Monday of each month the owner reviews all new listings.'],
    ])('flags prose actions %#', (text) => {
      expect(hits('readability.no_bullets', 'en', 'preventive_measures', text)).toHaveLength(1);
    });
    it.each([
      ['- 4 October: we deleted the wrong listing.\n- We refunded all 3 buyers.'],
      ['1. A second person compares SKU and ASIN before each upload.\n2. The owner reviews new listings monthly.'],
      ['* Removal order for 38 units created on 14 September.\n* Units destroyed on 21 September.'],
      ['We deleted the wrong listing on 4 October.'],
    ])('does not flag %#', (text) => {
      expect(hits('readability.no_bullets', 'en', 'corrective_actions', text)).toHaveLength(0);
    });
  });
});
