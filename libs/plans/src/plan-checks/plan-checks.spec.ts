import { checkPlan, hasBlockers, RULES } from './plan-checks';
import type { PlanCheckContext, PlanDocument, PlanFinding, PlanSection } from './plan-checks.types';
import { RULE_IDS } from './plan-checks.types';
import {
  GOOD_CONTEXT_EN,
  GOOD_CONTEXT_JA,
  GOOD_PLAN_EN,
  GOOD_PLAN_EN_CLASSIC,
  GOOD_PLAN_EN_LATE,
  GOOD_PLAN_JA,
  GOOD_PLAN_JA_CONDITION,
  GOOD_PLAN_JA_IP,
  NO_CONTEXT,
  planWith,
} from './testing/fixtures';

const severe = (findings: PlanFinding[]) => findings.filter((f) => f.severity !== 'hint');

describe('RULES catalogue', () => {
  it('lists every rule id once, with bilingual descriptions', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const r of RULES) {
      expect(r.description.ja.length).toBeGreaterThan(5);
      expect(r.description.en.length).toBeGreaterThan(5);
      expect(['blocker', 'warning', 'hint']).toContain(r.defaultSeverity);
    }
  });
  it('has the documented default severities', () => {
    const sev = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
    expect(sev['structure.required_section_missing']).toBe('blocker');
    expect(sev['structure.fba_stock_missing']).toBe('blocker');
    expect(sev['evidence.document_not_uploaded']).toBe('blocker');
    expect(sev['marketplace.complaint']).toBe('blocker');
    expect(sev['tone.apology_language']).toBe('warning');
    expect(sev['tone.opening_apology']).toBe('hint');
    expect(sev['readability.no_bullets']).toBe('hint');
  });
});

describe('realistic good plans', () => {
  it.each([
    ['ja, SKU mix-up with FBA', GOOD_PLAN_JA, GOOD_CONTEXT_JA],
    ['en, authenticity with FBA', GOOD_PLAN_EN, GOOD_CONTEXT_EN],
    ['ja, trademark without FBA', GOOD_PLAN_JA_IP, { usesFba: false, uploadedDocumentIds: [], noticeAsins: ['B0AAAA1111'] }],
    ['en, late shipments', GOOD_PLAN_EN_LATE, NO_CONTEXT],
    ['en, classic POA with salutation and sign-off', GOOD_PLAN_EN_CLASSIC, { usesFba: true, uploadedDocumentIds: [], noticeAsins: ['B0CAAA1111'] }],
    ['ja, condition complaint in house style', GOOD_PLAN_JA_CONDITION, { usesFba: true, uploadedDocumentIds: [], noticeAsins: [] }],
  ] as const)('%s: no blockers and no warnings', (_label, plan, context) => {
    const findings = checkPlan(plan, context);
    expect(severe(findings)).toEqual([]);
    expect(hasBlockers(findings)).toBe(false);
  });

  it('the Japanese plan’s opening apology is only a hint', () => {
    expect(checkPlan(GOOD_PLAN_JA, GOOD_CONTEXT_JA).map((f) => [f.ruleId, f.severity])).toEqual([['tone.opening_apology', 'hint']]);
  });
});

describe('realistic bad plans', () => {
  const letter = (language: 'ja' | 'en', body: string): PlanDocument => ({ language, sections: [{ id: 'letter', kind: 'free', body }] });
  it.each([
    [
      'ja',
      'この度は誠に申し訳ございませんでした。深く反省しております。\n私には家族がおり、この売上だけで生活しています。\n購入者様の勘違いによる返品だと思います。規約を知らなかったため、このようなことになりました。\n今後は気をつけます。停止は誤りだと思いますので、売上金を返してください。',
    ],
    [
      'en',
      'We sincerely apologize. We are deeply sorry.\nI have a family to feed.\nThe buyer lied about the condition, and I was not aware of this policy.\nWe will do better. This suspension was a mistake, so please release my funds.',
    ],
  ] as const)('an apology letter in %s is caught on every count', (language, body) => {
    const findings = checkPlan(letter(language, body), NO_CONTEXT);
    const ids = new Set(findings.map((f) => f.ruleId));
    for (const id of [
      'structure.required_section_missing',
      'tone.apology_language',
      'tone.emotional_plea',
      'tone.excuse_or_blame',
      'specificity.vague_promise',
      'marketplace.complaint',
    ] as const) {
      expect(ids).toContain(id);
    }
    expect(hasBlockers(findings)).toBe(true);
  });
});

describe('settings', () => {
  const plan = planWith('en', 'free', 'We will do better. This suspension was a mistake.');
  const only = (f: PlanFinding[]) => f.map((x) => [x.ruleId, x.severity]);

  it('uses default severities without settings', () => {
    expect(only(checkPlan(plan, NO_CONTEXT))).toEqual([
      ['specificity.vague_promise', 'warning'],
      ['marketplace.complaint', 'blocker'],
    ]);
  });
  it('changes a rule’s severity', () => {
    const f = checkPlan(plan, NO_CONTEXT, { rules: { 'specificity.vague_promise': { severity: 'blocker' }, 'marketplace.complaint': { severity: 'hint' } } });
    expect(only(f)).toEqual([
      ['specificity.vague_promise', 'blocker'],
      ['marketplace.complaint', 'hint'],
    ]);
  });
  it('disables a rule, and a disabled rule cannot block', () => {
    const f = checkPlan(plan, NO_CONTEXT, { rules: { 'marketplace.complaint': { enabled: false } } });
    expect(only(f)).toEqual([['specificity.vague_promise', 'warning']]);
    expect(hasBlockers(f)).toBe(false);
  });
  it('re-enabling with a severity works in one setting', () => {
    const f = checkPlan(plan, NO_CONTEXT, { rules: { 'specificity.vague_promise': { enabled: true, severity: 'hint' } } });
    expect(only(f)[0]).toEqual(['specificity.vague_promise', 'hint']);
  });
  it('ignores unknown rule ids and invalid severities from stored JSON', () => {
    const raw = JSON.parse('{"rules":{"no.such_rule":{"enabled":false},"marketplace.complaint":{"severity":"fatal"}}}');
    expect(only(checkPlan(plan, NO_CONTEXT, raw))).toEqual(only(checkPlan(plan, NO_CONTEXT)));
  });
});

describe('spans', () => {
  it('point at the sentence in the section body, without the bullet marker', () => {
    const body = '・10月4日に出品を削除しました。\n・今後気をつけます。\n・毎月確認します。';
    const [f] = checkPlan(planWith('ja', 'preventive_measures', body), NO_CONTEXT);
    expect(f.ruleId).toBe('specificity.vague_promise');
    expect(f.location).toEqual({ sectionId: 'target', span: { start: 19, end: 28, text: '今後気をつけます。' } });
    expect(body.slice(19, 28)).toBe('今後気をつけます。');
    expect(body[18]).toBe('・');
  });

  it('point at the second sentence on a line and at English text with CRLF line ends', () => {
    const body = 'On 4 October we deleted the listing. We will do better.\r\nWhy was I suspended?';
    const findings = checkPlan(planWith('en', 'free', body), NO_CONTEXT);
    expect(findings.map((f) => f.location.span?.text)).toEqual(['We will do better.', 'Why was I suspended?']);
    for (const f of findings) expect(body.slice(f.location.span!.start, f.location.span!.end)).toBe(f.location.span!.text);
  });

  it('always satisfy body.slice(start, end) === text on a full bad plan', () => {
    const body = '  深く反省しております。配送業者のせいで遅れました。\n\n・今後気をつけます。 売上金を返してください。\n' + '長い文です'.repeat(30) + '。';
    const plan = planWith('ja', 'corrective_actions', body);
    const spans = checkPlan(plan, NO_CONTEXT).filter((f) => f.location.span);
    expect(spans.length).toBeGreaterThanOrEqual(5);
    for (const f of spans) expect(body.slice(f.location.span!.start, f.location.span!.end)).toBe(f.location.span!.text);
  });
});

describe('determinism and order', () => {
  const messy: PlanDocument = {
    language: 'ja',
    sections: [
      { id: 'a', kind: 'root_cause', body: '知的財産権の侵害。' },
      { id: 'b', kind: 'summary', body: '今後気をつけます。深く反省しております。なぜ停止されたのですか？' },
      { id: 'c', kind: 'corrective_actions', body: '特になし', documentIds: ['missing-doc'] },
    ],
  };
  const ctx: PlanCheckContext = { usesFba: true, uploadedDocumentIds: [], noticeAsins: ['B0ZZZZ9999'] };

  it('returns identical findings on every run', () => {
    const first = JSON.stringify(checkPlan(messy, ctx));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(checkPlan(messy, ctx))).toBe(first);
  });

  it('orders plan-level findings first, then by section order and offset', () => {
    const findings = checkPlan(messy, ctx);
    const order = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    const keys = findings.map((f) => [f.location.sectionId === null ? -1 : order.get(f.location.sectionId)!, f.location.span?.start ?? -1] as const);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    expect(keys).toEqual(sorted);
    expect(findings[0].location.sectionId).toBeNull();
    const b = findings.filter((f) => f.location.sectionId === 'b').map((f) => f.ruleId);
    expect(b).toEqual(['structure.summary_not_first', 'specificity.vague_promise', 'tone.apology_language', 'marketplace.complaint']);
  });

  it('does not mutate its inputs', () => {
    const copy = JSON.parse(JSON.stringify(messy));
    const settings = { rules: { 'tone.apology_language': { severity: 'hint' as const } } };
    checkPlan(messy, ctx, settings);
    expect(messy).toEqual(copy);
    expect(settings).toEqual({ rules: { 'tone.apology_language': { severity: 'hint' } } });
  });
});

describe('robustness', () => {
  it('handles an empty plan', () => {
    const f = checkPlan({ language: 'en', sections: [] }, NO_CONTEXT);
    expect(f.filter((x) => x.ruleId === 'structure.required_section_missing')).toHaveLength(4);
  });
  it('tolerates half-saved JSON (missing bodies, missing context arrays)', () => {
    const plan = JSON.parse('{"language":"ja","sections":[{"id":"x","kind":"summary"},{"id":"y","kind":"root_cause","body":null}]}') as PlanDocument;
    expect(() => checkPlan(plan, {} as PlanCheckContext)).not.toThrow();
  });

  it('checks a 30-section, 20,000-character plan', () => {
    const kinds: PlanSection['kind'][] = ['summary', 'root_cause', 'corrective_actions', 'preventive_measures', 'free'];
    const paragraph = [
      '・2024年10月2日、担当者が前回のファイルをコピーしてSKUを登録したため、誤ったASINに出品しました。',
      '・We will check every new listing against the supplier invoice before publishing.',
      '今後気をつけます。配送業者のせいで遅れました。「お客様の声：届かない。」',
      'なぜ停止されたのですか？ Why was I suspended? This suspension was a mistake.',
    ].join('\n');
    const sections: PlanSection[] = [];
    let total = 0;
    for (let i = 0; i < 30; i++) {
      let body = '';
      while (body.length < 20000 / 30) body += paragraph + '\n';
      total += body.length;
      sections.push({ id: `s${i}`, kind: kinds[i % kinds.length], body, documentIds: [`d${i}`] });
    }
    expect(total).toBeGreaterThanOrEqual(20000);
    const findings = checkPlan({ language: 'ja', sections }, { usesFba: true, uploadedDocumentIds: [], noticeAsins: ['B0CXYZ1234', 'B0ZZZZ9999'] });
    expect(findings.length).toBeGreaterThan(100);
    expect(findings.some((f) => f.ruleId === 'readability.plan_too_long')).toBe(true);
  });
});
