import type { PlanDocument } from '../plan-checks/plan-checks.types';
import { diffPlans, diffText, summarizeDiff } from './diff';
import type { DiffOp, SectionDiff } from './diff';
import { longPlanJa, PLAN_EN, PLAN_JA, planLength, withSection } from './testing/revision-fixtures';

/** Both sides rebuilt from the ops. */
function sides(ops: DiffOp[]): { a: string; b: string } {
  return {
    a: ops.filter((o) => o.op !== 'insert').map((o) => o.text).join(''),
    b: ops.filter((o) => o.op !== 'delete').map((o) => o.text).join(''),
  };
}

function expectWellFormed(a: string, b: string, ops: DiffOp[]): void {
  expect(sides(ops)).toEqual({ a, b });
  for (let i = 1; i < ops.length; i++) {
    expect(ops[i]!.op).not.toBe(ops[i - 1]!.op);
    // A change is shown as deletion first, then insertion.
    expect(ops[i - 1]!.op === 'insert' && ops[i]!.op === 'delete').toBe(false);
  }
  for (const o of ops) expect(o.text.length).toBeGreaterThan(0);
}

const changes = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text]);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('diffText (Japanese)', () => {
  it('shows a one-word change as that word, not the whole sentence', () => {
    const a = '当社は仕入先の請求書を確認し、在庫を廃棄しました。';
    const b = '当社は卸売業者の請求書を確認し、在庫を廃棄しました。';
    const ops = diffText(a, b, 'ja');
    expectWellFormed(a, b, ops);
    expect(changes(ops)).toEqual([
      ['delete', '仕入先'],
      ['insert', '卸売業者'],
    ]);
  });

  it('shows a changed date and an inserted word as small separate edits', () => {
    const a = '当社は2024年3月1日に出品を停止しました。';
    const b = '当社は2024年3月5日に全ての出品を停止しました。';
    const ops = diffText(a, b, 'ja');
    expectWellFormed(a, b, ops);
    expect(changes(ops)).toEqual([
      ['delete', '1'],
      ['insert', '5'],
      ['insert', '全ての'],
    ]);
  });

  it('shows a changed ASIN inside Japanese text as the ASIN only', () => {
    const a = 'ASIN B08XYZ1234 の出品を停止しました。';
    const b = 'ASIN B09ABC5678 の出品を停止しました。';
    expect(changes(diffText(a, b, 'ja'))).toEqual([
      ['delete', 'B08XYZ1234'],
      ['insert', 'B09ABC5678'],
    ]);
  });

  it('shows an inserted bullet line as one whole line', () => {
    const a = '・請求書を保管する\n・在庫を確認する\n';
    const b = '・請求書を保管する\n・仕入先を確認する\n・在庫を確認する\n';
    const ops = diffText(a, b, 'ja');
    expectWellFormed(a, b, ops);
    expect(changes(ops)).toEqual([['insert', '・仕入先を確認する\n']]);
  });

  it('shows a moved paragraph as a deletion and an insertion, flagged as moved', () => {
    const a = '概要です。\n\n第一に、在庫を廃棄しました。\n\n第二に、請求書を確認しました。\n\n以上です。\n';
    const b = '概要です。\n\n第二に、請求書を確認しました。\n\n第一に、在庫を廃棄しました。\n\n以上です。\n';
    const ops = diffText(a, b, 'ja');
    expectWellFormed(a, b, ops);
    const moved = ops.filter((o) => o.moved);
    expect(moved.map((o) => o.op).sort()).toEqual(['delete', 'insert']);
    expect(moved.every((o) => o.text.trim() === moved[0]!.text.trim())).toBe(true);
    expect(ops.some((o) => o.op === 'equal' && o.text.includes('以上です。'))).toBe(true);
  });

  it('replaces an unrelated sentence wholesale instead of matching stray particles', () => {
    const a = '出品者は商品の真贋を確認しなかった。';
    const b = '担当者は倉庫で在庫を数え直した。';
    const ops = diffText(a, b, 'ja');
    expectWellFormed(a, b, ops);
    expect(ops.length).toBeLessThanOrEqual(3);
  });
});

describe('diffText (English)', () => {
  it('shows changed words only', () => {
    const a = 'We will check the invoices every week.';
    const b = 'We will check supplier invoices every day.';
    const ops = diffText(a, b, 'en');
    expectWellFormed(a, b, ops);
    expect(changes(ops)).toEqual([
      ['delete', 'the'],
      ['insert', 'supplier'],
      ['delete', 'week'],
      ['insert', 'day'],
    ]);
  });

  it('shows an inserted bullet between bullets as a whole line', () => {
    const a = '- Remove the listing.\n- Refund the buyers.\n';
    const b = '- Remove the listing.\n- Contact the buyers.\n- Refund the buyers.\n';
    const ops = diffText(a, b, 'en');
    expectWellFormed(a, b, ops);
    expect(changes(ops)).toEqual([['insert', '- Contact the buyers.\n']]);
  });

  it('shows a removed word with its space', () => {
    expect(diffText('a very big box', 'a big box', 'en')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'very ' },
      { op: 'equal', text: 'big box' },
    ]);
  });

  it('shows a moved paragraph as moved', () => {
    const a = 'First paragraph here.\n\nSecond paragraph text.\n\nThird one stays.\n';
    const b = 'Second paragraph text.\n\nFirst paragraph here.\n\nThird one stays.\n';
    const ops = diffText(a, b, 'en');
    expectWellFormed(a, b, ops);
    expect(ops).toEqual([
      { op: 'delete', text: 'First paragraph here.\n\n', moved: true },
      { op: 'equal', text: 'Second paragraph text.\n\n' },
      { op: 'insert', text: 'First paragraph here.\n\n', moved: true },
      { op: 'equal', text: 'Third one stays.\n' },
    ]);
  });

  it('handles identical, empty and one-sided inputs', () => {
    expect(diffText('', '', 'en')).toEqual([]);
    expect(diffText('same', 'same', 'en')).toEqual([{ op: 'equal', text: 'same' }]);
    expect(diffText('', 'new', 'en')).toEqual([{ op: 'insert', text: 'new' }]);
    expect(diffText('old', '', 'en')).toEqual([{ op: 'delete', text: 'old' }]);
  });

  it('rebuilds both texts for random edits', () => {
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const words = ['the', 'stock', 'invoice', ' ', '\n', '.', '- ', '在庫', 'を', '確認', '。', 'B08XYZ1234'];
    const make = (n: number) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join('');
    for (let round = 0; round < 100; round++) {
      const a = make(Math.floor(rnd() * 40));
      let b = a;
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(rnd() * (b.length + 1));
        b = b.slice(0, at) + make(Math.floor(rnd() * 4)) + b.slice(at + Math.floor(rnd() * 6));
      }
      expectWellFormed(a, b, diffText(a, b, round % 2 ? 'en' : 'ja'));
    }
  });

  it('shows one change in the middle of a long text as that change only', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `（${i}）担当者が在庫を確認しました。`);
    const a = lines.join('\n') + '\n';
    const b = a.replace('（200）担当者が在庫を', '（200）担当者が倉庫の在庫を');
    const ops = diffText(a, b, 'ja');
    expectWellFormed(a, b, ops);
    expect(changes(ops)).toEqual([['insert', '倉庫の']]);
    expect(ops).toHaveLength(3);
  });

  it('diffs 20,000-character texts (edited, and unrelated)', () => {
    const plan = longPlanJa(1, 20_000);
    const a = plan.sections[0]!.body;
    expect(a.length).toBeGreaterThanOrEqual(20_000);
    const b = a.replace('（100）', '（100）追記しました。').replace(/（5\d\d）/g, '（第$&）').slice(500) + '\n末尾に追加。';
    expectWellFormed(a, b, diffText(a, b, 'ja'));
    const unrelated = 'We removed the listing and refunded every buyer.\n'.repeat(420);
    expectWellFormed(a, unrelated, diffText(a, unrelated, 'ja'));
  });
});

const byId = (diffs: SectionDiff[]) => Object.fromEntries(diffs.map((d) => [d.sectionId, d]));

describe('diffPlans', () => {
  it('reports identical plans as unchanged', () => {
    const diffs = diffPlans(PLAN_JA, PLAN_JA);
    expect(diffs.map((d) => d.status)).toEqual(PLAN_JA.sections.map(() => 'unchanged'));
    expect(diffs.every((d) => d.ops === undefined)).toBe(true);
    expect(summarizeDiff(diffs)).toEqual({ sectionsChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
  });

  it('reports a changed body with a word-level diff (Japanese)', () => {
    const body = PLAN_JA.sections[2]!.body.replace('購入者3名', '購入者全員');
    const after = withSection(PLAN_JA, 'corrective', { body });
    const diffs = byId(diffPlans(PLAN_JA, after));
    expect(diffs['corrective']!.status).toBe('changed');
    expect(changes(diffs['corrective']!.ops!)).toEqual([
      ['delete', '3名'],
      ['insert', '全員'],
    ]);
    expect(diffs['summary']!.status).toBe('unchanged');
  });

  it('reports 5W1H fields, titles, kinds and documents that changed', () => {
    const after = withSection(withSection(PLAN_JA, 'root', {
      rootCause: { ...PLAN_JA.sections[1]!.rootCause, who: '出品担当者（入社3か月のスタッフ1名）', how: '前回のファイルをコピーした', where: undefined },
      title: '根本原因（5W1H）',
    }), 'preventive', { documentIds: ['doc-training'], kind: 'free' });
    const d = byId(diffPlans(PLAN_JA, after));
    expect(d['root']!.status).toBe('changed');
    expect(d['root']!.ops).toBeUndefined();
    expect(d['root']!.rootCauseChanges!.map((c) => c.field)).toEqual(['where', 'who', 'how']);
    const who = d['root']!.rootCauseChanges!.find((c) => c.field === 'who')!;
    expect(changes(who.ops)).toEqual([
      ['delete', '2'],
      ['insert', '3'],
    ]);
    expect(changes(d['root']!.titleOps!)).toEqual([['insert', '（5W1H）']]);
    expect(d['preventive']).toMatchObject({ status: 'changed', previousKind: 'preventive_measures', kind: 'free', documentsAdded: ['doc-training'], documentsRemoved: ['doc-checklist'] });
  });

  it('reports added and removed sections in place', () => {
    const sections = PLAN_EN.sections.filter((s) => s.id !== 'corrective');
    const extra = { id: 'fba', kind: 'fba_stock' as const, title: 'FBA stock', body: 'We asked for the 28 bottles at the FBA warehouse to be returned.' };
    const after: PlanDocument = { language: 'en', sections: [...sections.slice(0, 2), extra, sections[2]!] };
    const diffs = diffPlans(PLAN_EN, after);
    expect(diffs.map((d) => [d.sectionId, d.status])).toEqual([
      ['summary', 'unchanged'],
      ['root', 'unchanged'],
      ['corrective', 'removed'],
      ['fba', 'added'],
      ['preventive', 'unchanged'],
    ]);
    const removed = diffs[2]!;
    expect(removed.ops).toEqual([{ op: 'delete', text: PLAN_EN.sections[2]!.body }]);
    expect(diffs[3]!.ops).toEqual([{ op: 'insert', text: extra.body }]);
    expect(summarizeDiff(diffs, 'en')).toEqual({ sectionsChanged: 2, wordsInserted: 13, wordsDeleted: 14 });
  });

  it('reports a section moved to another place as moved, the rest in order', () => {
    const [summary, root, corrective, preventive, fba] = PLAN_JA.sections;
    const after: PlanDocument = { language: 'ja', sections: [summary!, fba!, root!, corrective!, preventive!] };
    const diffs = diffPlans(PLAN_JA, after);
    expect(diffs.map((d) => [d.sectionId, d.status])).toEqual([
      ['summary', 'unchanged'],
      ['fba', 'moved'],
      ['root', 'unchanged'],
      ['corrective', 'unchanged'],
      ['preventive', 'unchanged'],
    ]);
    expect(diffs[1]).toMatchObject({ beforeIndex: 4, afterIndex: 1 });
    expect(diffs[1]!.ops).toBeUndefined();
    // Moved and edited: still 'moved', with the edit.
    const edited = { ...fba!, body: fba!.body.replace('28個', '30個') };
    const d2 = diffPlans(PLAN_JA, { language: 'ja', sections: [summary!, edited, root!, corrective!, preventive!] });
    expect(d2[1]!.status).toBe('moved');
    expect(changes(d2[1]!.ops!)).toEqual([
      ['delete', '28'],
      ['insert', '30'],
    ]);
  });

  it('matches a repeated section id once; the extra copy counts as added', () => {
    const dup = { ...PLAN_EN.sections[2]!, body: 'Copy.' };
    const after: PlanDocument = { language: 'en', sections: [...PLAN_EN.sections, dup] };
    const diffs = diffPlans(PLAN_EN, after);
    expect(diffs.map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'added']);
  });

  it('never mutates its inputs', () => {
    const before = deepFreeze(structuredClone(PLAN_EN));
    const after = deepFreeze(withSection(structuredClone(PLAN_EN), 'root', { body: 'Changed.' }));
    expect(() => diffPlans(before, after)).not.toThrow();
    expect(before).toEqual(PLAN_EN);
  });

  it('diffs a 30-section, 20,000-character plan', () => {
    const before = longPlanJa(30, 20_000);
    expect(before.sections).toHaveLength(30);
    expect(planLength(before)).toBeGreaterThanOrEqual(20_000);
    const sections = before.sections.map((s, i) =>
      i % 7 === 3 ? { ...s, body: s.body.replace('在庫を廃棄しました', '在庫を返送しました') } : s,
    );
    const moved = sections.splice(12, 1)[0]!;
    sections.splice(25, 0, moved);
    sections.splice(5, 1);
    sections.push({ id: 'new', kind: 'free', body: '追加の説明です。' });
    const diffs = diffPlans(before, { language: 'ja', sections });
    const statuses = diffs.map((d) => d.status);
    expect(statuses.filter((s) => s === 'removed')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'added')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'moved')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'changed').length).toBeGreaterThanOrEqual(3);
    const summary = summarizeDiff(diffs);
    expect(summary.sectionsChanged).toBe(statuses.filter((s) => s !== 'unchanged').length);
    expect(summary.wordsInserted).toBeGreaterThan(0);
    expect(summary.wordsDeleted).toBeGreaterThan(summary.wordsInserted);
  });
});

describe('summarizeDiff', () => {
  it('counts words in bodies, titles and 5W1H fields', () => {
    const after = withSection(PLAN_EN, 'root', {
      title: 'Root cause analysis',
      body: PLAN_EN.sections[1]!.body.replace('alone', 'alone and in a hurry'),
      rootCause: { ...PLAN_EN.sections[1]!.rootCause, when: '2 October 2024, 3 pm' },
    });
    expect(summarizeDiff(diffPlans(PLAN_EN, after), 'en')).toEqual({ sectionsChanged: 1, wordsInserted: 6, wordsDeleted: 1 });
  });

  it('counts Japanese words', () => {
    const after = withSection(PLAN_JA, 'fba', { body: PLAN_JA.sections[4]!.body + '返送後に検品します。' });
    const summary = summarizeDiff(diffPlans(PLAN_JA, after));
    expect(summary.sectionsChanged).toBe(1);
    expect(summary.wordsInserted).toBeGreaterThanOrEqual(3);
    expect(summary.wordsDeleted).toBe(0);
  });
});
