import type { PlanDocument } from '../plan-checks/plan-checks.types';
import { applySuggestion, CONTEXT_LENGTH, isConflict, makeAnchor, reanchor } from './anchor';
import type { CommentAnchor } from './anchor';
import { longPlanJa, PLAN_EN, PLAN_JA, withSection } from './testing/revision-fixtures';

function bodyOf(plan: PlanDocument, id: string): string {
  return plan.sections.find((s) => s.id === id)!.body;
}

/** Anchor on the first occurrence of `quote` in section `id`. */
function anchorOn(plan: PlanDocument, id: string, quote: string, occurrence = 0): CommentAnchor {
  const body = bodyOf(plan, id);
  let at = body.indexOf(quote);
  for (let i = 0; i < occurrence; i++) at = body.indexOf(quote, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  return makeAnchor(plan, id, at, at + quote.length);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const spanText = (plan: PlanDocument, r: { sectionId?: string; start?: number; end?: number }) =>
  bodyOf(plan, r.sectionId!).slice(r.start, r.end);

describe('makeAnchor', () => {
  it('captures the quote and up to 32 characters of context (Japanese)', () => {
    const a = anchorOn(PLAN_JA, 'root', '照合する手順がなかった');
    const body = bodyOf(PLAN_JA, 'root');
    expect(a.quote).toBe('照合する手順がなかった');
    expect(a.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(body.slice(a.start - CONTEXT_LENGTH, a.start)).toBe(a.prefix);
    expect(body.slice(a.end, a.end + a.suffix.length)).toBe(a.suffix);
    expect(a.suffix.startsWith('ためです。\nまた')).toBe(true);
  });

  it('has a shorter or empty prefix at the start of a body (English)', () => {
    const a = makeAnchor(PLAN_EN, 'summary', 0, 2);
    expect(a).toMatchObject({ sectionId: 'summary', start: 0, end: 2, quote: 'On', prefix: '' });
    expect(a.suffix).toBe(bodyOf(PLAN_EN, 'summary').slice(2, 2 + CONTEXT_LENGTH));
    expect(a.suffix.startsWith(' 2 October 2024 our lister')).toBe(true);
  });

  it('never cuts a surrogate pair in the context', () => {
    const plan: PlanDocument = { language: 'en', sections: [{ id: 's', kind: 'free', body: '👍' + 'x'.repeat(31) + 'QUOTE' }] };
    const a = makeAnchor(plan, 's', 33, 38);
    expect(a.quote).toBe('QUOTE');
    expect(a.prefix).toBe('x'.repeat(31));
  });

  it('rejects unknown sections and empty or out-of-range spans', () => {
    expect(() => makeAnchor(PLAN_EN, 'nope', 0, 1)).toThrow(RangeError);
    expect(() => makeAnchor(PLAN_EN, 'summary', 3, 3)).toThrow(RangeError);
    expect(() => makeAnchor(PLAN_EN, 'summary', -1, 3)).toThrow(RangeError);
    expect(() => makeAnchor(PLAN_EN, 'summary', 0, 10_000)).toThrow(RangeError);
  });
});

describe('reanchor (Japanese)', () => {
  const anchor = anchorOn(PLAN_JA, 'root', '登録前にASINと商品実物を照合する手順がなかった');

  it('is exact in an unchanged revision', () => {
    expect(reanchor(anchor, PLAN_JA)).toEqual({ status: 'exact', sectionId: 'root', start: anchor.start, end: anchor.end, similarity: 1 });
  });

  it('is moved when text was inserted before it in the same section', () => {
    const later = withSection(PLAN_JA, 'root', { body: '【いつ】2024年10月2日\n' + bodyOf(PLAN_JA, 'root') });
    const r = reanchor(anchor, later);
    expect(r).toMatchObject({ status: 'moved', sectionId: 'root', start: anchor.start + 15 });
    expect(spanText(later, r)).toBe(anchor.quote);
  });

  it('is moved to another section when the quoted text moved there', () => {
    const [line1, line2] = bodyOf(PLAN_JA, 'root').split('\n');
    let later = withSection(PLAN_JA, 'root', { body: line2! });
    later = withSection(later, 'summary', { body: bodyOf(PLAN_JA, 'summary') + '\n' + line1 });
    const r = reanchor(anchor, later);
    expect(r).toMatchObject({ status: 'moved', sectionId: 'summary' });
    expect(spanText(later, r)).toBe(anchor.quote);
  });

  it('is fuzzy when the quote was lightly edited', () => {
    const edited = bodyOf(PLAN_JA, 'root').replace('商品実物', '商品の実物');
    const later = withSection(PLAN_JA, 'root', { body: edited });
    const r = reanchor(anchor, later);
    expect(r.status).toBe('fuzzy');
    expect(r.sectionId).toBe('root');
    expect(spanText(later, r)).toBe('登録前にASINと商品の実物を照合する手順がなかった');
    expect(r.similarity).toBeGreaterThan(0.9);
  });

  it('is outdated when the quoted text was deleted', () => {
    const later = withSection(PLAN_JA, 'root', { body: bodyOf(PLAN_JA, 'root').split('\n')[1]! });
    expect(reanchor(anchor, later)).toEqual({ status: 'outdated' });
  });

  it('is outdated when the quote was rewritten beyond recognition', () => {
    const body = bodyOf(PLAN_JA, 'root').replace('登録前にASINと商品実物を照合する手順がなかった', '二重確認の仕組みが存在しなかった');
    expect(reanchor(anchor, withSection(PLAN_JA, 'root', { body })).status).toBe('outdated');
  });

  it('does not jump to an unrelated occurrence of a short quote', () => {
    const a = anchorOn(PLAN_JA, 'fba', '返送');
    const later = withSection(PLAN_JA, 'fba', { body: 'FBA在庫はすべて廃棄しました。' });
    // 返送 still occurs nowhere else; add it elsewhere in another context.
    const withOther = withSection(later, 'summary', { body: bodyOf(PLAN_JA, 'summary') + '\n返送された商品は検品します。' });
    expect(reanchor(a, withOther).status).toBe('outdated');
  });

  it('finds a span in a long 30-section plan', () => {
    const plan = longPlanJa(30, 20_000);
    // The same sentence recurs throughout; its number makes the quote unique.
    const sentence = /（\d+）担当者が毎朝、出荷遅延率が4%以下であることを確認します/.exec(bodyOf(plan, 's17'))![0];
    const a = anchorOn(plan, 's17', sentence);
    const later: PlanDocument = { ...plan, sections: [...plan.sections.slice(0, 3), ...plan.sections.slice(4)] };
    expect(reanchor(a, later)).toMatchObject({ status: 'exact', sectionId: 's17' });
    const edited = withSection(plan, 's17', { body: bodyOf(plan, 's17').replace(sentence, sentence.replace('確認', '必ず確認')) });
    const r = reanchor(a, edited);
    expect(r).toMatchObject({ status: 'fuzzy', sectionId: 's17' });
    expect(spanText(edited, r)).toBe(sentence.replace('確認', '必ず確認'));
  });
});

describe('reanchor (English)', () => {
  const anchor = anchorOn(PLAN_EN, 'root', 'compared the ASIN with the physical product');

  it('is exact in an unchanged revision', () => {
    expect(reanchor(anchor, PLAN_EN).status).toBe('exact');
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const a = anchorOn(PLAN_EN, 'corrective', 'Oct', 1); // '5 Oct: refunded…'
    const body = '- 3 Oct: found the wrong listing.\n' + bodyOf(PLAN_EN, 'corrective');
    const r = reanchor(a, withSection(PLAN_EN, 'corrective', { body }));
    expect(r.status).toBe('moved');
    expect(body.slice(r.start! - 4, r.end! + 10)).toBe('- 5 Oct: refunded');
  });

  it('follows the quote into another section', () => {
    const moved = 'No one compared the ASIN with the physical product before upload.';
    let later = withSection(PLAN_EN, 'root', { body: 'One person prepared the bulk upload file alone.' });
    later = withSection(later, 'summary', { body: bodyOf(PLAN_EN, 'summary') + '\n' + moved });
    const r = reanchor(anchor, later);
    expect(r).toMatchObject({ status: 'moved', sectionId: 'summary' });
    expect(spanText(later, r)).toBe(anchor.quote);
  });

  it('is fuzzy when one word of the quote changed', () => {
    const body = bodyOf(PLAN_EN, 'root').replace('physical product', 'actual product');
    const later = withSection(PLAN_EN, 'root', { body });
    const r = reanchor(anchor, later);
    expect(r.status).toBe('fuzzy');
    expect(spanText(later, r)).toBe('compared the ASIN with the actual product');
  });

  it('is outdated when the section was removed and the text is nowhere', () => {
    const later: PlanDocument = { ...PLAN_EN, sections: PLAN_EN.sections.filter((s) => s.id !== 'root') };
    expect(reanchor(anchor, later)).toEqual({ status: 'outdated' });
  });
});

describe('applySuggestion', () => {
  it('replaces an exactly anchored span (Japanese)', () => {
    const plan = deepFreeze(structuredClone(PLAN_JA));
    const anchor = anchorOn(plan, 'corrective', '全額返金しました');
    const result = applySuggestion(plan, anchor, '全額返金し、返品を受け付けました');
    if (isConflict(result)) throw new Error('unexpected conflict');
    expect(bodyOf(result.plan, 'corrective')).toBe('・10月4日、誤った出品を削除しました。\n・10月5日、購入者3名に全額返金し、返品を受け付けました。');
    expect(result.range).toEqual({ sectionId: 'corrective', start: anchor.start, end: anchor.start + 16 });
    expect(bodyOf(plan, 'corrective')).toBe(bodyOf(PLAN_JA, 'corrective'));
    // Other sections are carried over untouched.
    expect(result.plan.sections[0]).toBe(plan.sections[0]);
  });

  it('applies at the new place when the span moved (English)', () => {
    const anchor = anchorOn(PLAN_EN, 'preventive', 'A checklist records each check.');
    const later = withSection(PLAN_EN, 'preventive', { body: '- Training for new staff on day one.\n' + bodyOf(PLAN_EN, 'preventive') });
    const result = applySuggestion(later, anchor, 'A signed checklist records each check (attachment 1).');
    if (isConflict(result)) throw new Error('unexpected conflict');
    expect(bodyOf(result.plan, 'preventive').endsWith('- A signed checklist records each check (attachment 1).')).toBe(true);
    expect(bodyOf(later, 'preventive')).toContain('- A checklist records each check.');
  });

  it('conflicts when the span was edited since (fuzzy)', () => {
    const anchor = anchorOn(PLAN_EN, 'root', 'compared the ASIN with the physical product');
    const later = withSection(PLAN_EN, 'root', { body: bodyOf(PLAN_EN, 'root').replace('physical', 'actual') });
    expect(applySuggestion(later, anchor, 'checked the ASIN')).toEqual({ conflict: true, status: 'fuzzy' });
  });

  it('conflicts when the span is gone (Japanese)', () => {
    const anchor = anchorOn(PLAN_JA, 'fba', '10月5日に返送を依頼しました');
    const later = withSection(PLAN_JA, 'fba', { body: 'FBA在庫はすべて廃棄しました。' });
    expect(applySuggestion(later, anchor, '10月6日に返送を依頼しました')).toEqual({ conflict: true, status: 'outdated' });
  });
});
