import { connectAs } from '../support/db';
import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { goodPlanSections } from '../support/plans';

type Section = { id: string; kind: string; body: string };

describe('plans of action: revisions, threads, approval and checks', () => {
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;
  let colleague: SignedIn;
  let seller: ClientWithUser;
  let otherSeller: ClientWithUser;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    consultant = await addMember(api, admin, 'consultant');
    colleague = await addMember(api, admin, 'consultant');
    seller = await addClient(api, admin, admin, { preferredLanguage: 'ja', usesFba: true });
    otherSeller = await addClient(api, admin, admin);
  });
  afterAll(() => api.close());

  async function draftingCase(fields: Record<string, unknown> = {}): Promise<string> {
    const id = (await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Plan', ...fields }, admin.accessToken)).body.case.id;
    for (const to of ['triage', 'drafting']) await api.post(`/api/v1/cases/${id}/transitions`, { to }, admin.accessToken);
    return id;
  }
  const poa = (caseId: string, path = '') => `/api/v1/cases/${caseId}/plan-of-action${path}`;

  it('lets only one of two concurrent saves on the same version through; the other gets 409 with the current revision', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    const mine = goodPlanSections();
    const theirs = goodPlanSections().map((s) => (s.id === 'summary' ? { ...s, body: `${s.body}\n・同僚の追記です。` } : s));
    const [a, b] = await Promise.all([
      api.post(poa(caseId, '/revisions'), { version: 1, sections: mine, note: 'mine' }, consultant.accessToken),
      api.post(poa(caseId, '/revisions'), { version: 1, sections: theirs, note: 'theirs' }, colleague.accessToken),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const [won, lost] = a.status === 201 ? [a, b] : [b, a];
    expect(lost.body.error.code).toBe('VERSION_CONFLICT');
    expect(lost.body.error.current).toMatchObject({ number: 2, note: won.body.revision.note });
    // Nothing lost: the loser rebases on the head and saves as revision 3; both stay in history.
    const retry = await api.post(poa(caseId, '/revisions'), { version: 2, sections: lost === b ? theirs : mine, note: 'rebased' }, colleague.accessToken);
    expect(retry.status).toBe(201);
    const history = (await api.get(poa(caseId, '/revisions'), admin.accessToken)).body.items;
    expect(history.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);
    // Page by page (keyset): two, then one, then nothing more.
    const first = (await api.get(poa(caseId, '/revisions?limit=2'), admin.accessToken)).body;
    expect(first.items.map((r: { number: number }) => r.number)).toEqual([3, 2]);
    const second = (await api.get(poa(caseId, `/revisions?limit=2&cursor=${first.nextCursor}`), admin.accessToken)).body;
    expect(second).toMatchObject({ items: [expect.objectContaining({ number: 1 })], nextCursor: null });
    expect((await api.get(poa(caseId, '/revisions?cursor=nonsense'), admin.accessToken)).body.error.code).toBe('INVALID_CURSOR');
    // The diff of any two revisions shows the summary's added line, word by word.
    const diff = (await api.get(poa(caseId, '/diff?from=2&to=3'), admin.accessToken)).body;
    const changed = diff.sections.filter((s: { status: string }) => s.status !== 'unchanged');
    expect(changed).toHaveLength(1);
    expect(JSON.stringify(changed[0])).toContain('同僚の追記');
  });

  it('keeps revisions and rounds immutable in the database itself', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    const app = await connectAs('app');
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [admin.tenantId]);
      await expect(app.query(`UPDATE plan_revisions SET sections = '[]' WHERE case_id = $1`, [caseId])).rejects.toMatchObject({ code: '42501' });
      await app.query('ROLLBACK');
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [admin.tenantId]);
      await expect(app.query(`UPDATE submission_rounds SET revision_number = 1 WHERE case_id = $1`, [caseId])).rejects.toMatchObject({ code: '42501' });
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  it('shows a client only shared revisions and shared threads, and only of its own cases', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    await api.post(poa(caseId, '/revisions'), { version: 1, sections: goodPlanSections() }, consultant.accessToken);
    await api.post(poa(caseId, '/threads'), { revision: 2, sectionId: 'summary', start: 0, end: 4, body: '社内メモ', visibility: 'internal' }, consultant.accessToken);
    await api.post(poa(caseId, '/threads'), { revision: 2, sectionId: 'summary', start: 0, end: 4, body: 'ご確認ください', visibility: 'shared' }, consultant.accessToken);
    // Before sharing: nothing. A shared thread on an unshared revision is not visible either.
    expect((await api.get(poa(caseId), seller.user.accessToken)).status).toBe(404);
    expect((await api.get(poa(caseId, '/threads'), seller.user.accessToken)).body.items).toEqual([]);
    const early = (await api.get(poa(caseId, '/threads'), consultant.accessToken)).body.items.find((t: { visibility: string }) => t.visibility === 'shared');
    expect((await api.post(poa(caseId, `/threads/${early.id}/replies`), { body: 'x' }, seller.user.accessToken)).status).toBe(404);
    const clientTimeline = (await api.get(`/api/v1/cases/${caseId}/timeline?limit=200`, seller.user.accessToken)).body.items;
    expect(clientTimeline.map((e: { kind: string }) => e.kind)).not.toContain('plan.comment_added');
    expect((await api.get(poa(caseId, '/revisions'), seller.user.accessToken)).body.items).toEqual([]);
    await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken);
    // A later internal revision stays hidden.
    await api.post(poa(caseId, '/revisions'), { version: 2, sections: goodPlanSections().slice(0, 4) }, consultant.accessToken);
    const view = await api.get(poa(caseId), seller.user.accessToken);
    // The client's view: the shared text, without the checks, the working note or the head's number.
    expect(view.body).toMatchObject({ version: 2, revision: { number: 2, note: null } });
    expect(view.body.revision).not.toHaveProperty('findings');
    expect(view.body.revision).not.toHaveProperty('blockers');
    expect((await api.get(poa(caseId, '/revisions'), seller.user.accessToken)).body.items.map((r: { number: number }) => r.number)).toEqual([2]);
    expect((await api.get(poa(caseId, '/revisions/3'), seller.user.accessToken)).status).toBe(404);
    expect((await api.get(poa(caseId, '/diff?from=2&to=3'), seller.user.accessToken)).status).toBe(404);
    const threads = (await api.get(poa(caseId, '/threads'), seller.user.accessToken)).body.items;
    expect(threads.map((t: { visibility: string }) => t.visibility)).toEqual(['shared']);
    // Clients cannot open internal threads or suggest edits, nor resolve.
    for (const body of [
      { revision: 2, sectionId: 'summary', start: 0, end: 4, body: 'x', visibility: 'internal' },
      { revision: 2, sectionId: 'summary', start: 0, end: 4, body: 'x', visibility: 'shared', suggestion: 'y' },
    ]) {
      const res = await api.post(poa(caseId, '/threads'), body, seller.user.accessToken);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN_VISIBILITY');
    }
    expect((await api.post(poa(caseId, `/threads/${threads[0].id}/resolve`), {}, seller.user.accessToken)).status).toBe(403);
    // Another client of the tenant sees none of it.
    expect((await api.get(poa(caseId), otherSeller.user.accessToken)).status).toBe(404);
    expect((await api.get(poa(caseId, '/threads'), otherSeller.user.accessToken)).status).toBe(404);
  });

  it('keeps comments attached when the quote moves and marks them outdated when it is gone; stale suggestions are refused', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    const sections = goodPlanSections() as Section[];
    await api.post(poa(caseId, '/revisions'), { version: 1, sections }, consultant.accessToken);
    const prevention = sections.find((s) => s.id === 'preventive-measures')!.body;
    const quote = '二名で対応表と請求書を照合します';
    const at = prevention.indexOf(quote);
    const t1 = (await api.post(poa(caseId, '/threads'), { revision: 2, sectionId: 'preventive-measures', start: at, end: at + quote.length, body: '誰が？', visibility: 'internal', suggestion: '出品責任者と担当者の二名で照合します' }, colleague.accessToken)).body;
    const auditQuote = '毎月1回監査します';
    const at2 = prevention.indexOf(auditQuote);
    const t2 = (await api.post(poa(caseId, '/threads'), { revision: 2, sectionId: 'preventive-measures', start: at2, end: at2 + auditQuote.length, body: '頻度は？', visibility: 'internal' }, colleague.accessToken)).body;
    // Revision 3 inserts a line before the first quote (it moves) and deletes the second.
    const edited = sections.map((s) => (s.id === 'preventive-measures' ? { ...s, body: `・新しい手順書を作成しました。\n${prevention.split('\n')[0]}` } : s));
    await api.post(poa(caseId, '/revisions'), { version: 2, sections: edited }, consultant.accessToken);
    const threads = (await api.get(poa(caseId, '/threads'), consultant.accessToken)).body.items as { id: string; position: { status: string; start?: number; revision: number } }[];
    const p1 = threads.find((t) => t.id === t1.id)!.position;
    expect(p1).toMatchObject({ status: 'moved', revision: 3 });
    expect(edited.find((s) => s.id === 'preventive-measures')!.body.slice(p1.start, p1.start! + quote.length)).toBe(quote);
    expect(threads.find((t) => t.id === t2.id)!.position.status).toBe('outdated');
    const paged = (await api.get(poa(caseId, '/threads?limit=1'), consultant.accessToken)).body;
    expect(paged.items.map((t: { id: string }) => t.id)).toEqual([t1.id]);
    expect((await api.get(poa(caseId, `/threads?limit=1&cursor=${paged.nextCursor}`), consultant.accessToken)).body.items.map((t: { id: string }) => t.id)).toEqual([t2.id]);
    // The suggestion still applies (the quote moved); a stale version is refused first.
    expect((await api.post(poa(caseId, `/threads/${t1.id}/accept`), { version: 2 }, consultant.accessToken)).body.error.code).toBe('VERSION_CONFLICT');
    const applied = await api.post(poa(caseId, `/threads/${t1.id}/accept`), { version: 3 }, consultant.accessToken);
    expect(applied.status).toBe(201);
    expect(applied.body.sections.find((s: Section) => s.id === 'preventive-measures').body).toContain('出品責任者と担当者の二名で照合します');
    expect((await api.post(poa(caseId, `/threads/${t1.id}/accept`), { version: 4 }, consultant.accessToken)).body.error.code).toBe('NO_SUGGESTION');
    // Resolve and reopen; a resolved thread takes no replies.
    await api.post(poa(caseId, `/threads/${t2.id}/resolve`), {}, consultant.accessToken);
    expect((await api.post(poa(caseId, `/threads/${t2.id}/replies`), { body: 'x' }, consultant.accessToken)).body.error.code).toBe('THREAD_RESOLVED');
    await api.post(poa(caseId, `/threads/${t2.id}/reopen`), {}, consultant.accessToken);
    expect((await api.post(poa(caseId, `/threads/${t2.id}/replies`), { body: '月次で監査します' }, consultant.accessToken)).status).toBe(201);
    // A suggestion whose quote is gone cannot be applied.
    const gone = (await api.post(poa(caseId, '/threads'), { revision: 2, sectionId: 'preventive-measures', start: at2, end: at2 + auditQuote.length, body: 'x', visibility: 'internal', suggestion: '四半期ごとに監査します' }, colleague.accessToken)).body;
    expect((await api.post(poa(caseId, `/threads/${gone.id}/accept`), { version: 4 }, consultant.accessToken)).body.error.code).toBe('SUGGESTION_OUTDATED');
    // A quote outside the section is a 400, not a 500.
    const bad = await api.post(poa(caseId, '/threads'), { revision: 2, sectionId: 'summary', start: 5, end: 99999, body: 'x', visibility: 'internal' }, colleague.accessToken);
    expect(bad.body.error.code).toBe('INVALID_ANCHOR');
  });

  it('starts plans from the tenant template of the case category, and validates sections', async () => {
    const tpl = await api.post('/api/v1/plan-templates', { name: '真贋 標準', language: 'ja', category: 'authenticity', sections: [{ id: 'summary', kind: 'summary', body: '【概要】' }, { id: 'rc', kind: 'root_cause', body: '' }] }, admin.accessToken);
    expect(tpl.status).toBe(201);
    expect((await api.post('/api/v1/plan-templates', { name: '真贋 標準', language: 'ja', sections: [{ id: 's', kind: 'summary', body: '' }] }, admin.accessToken)).body.error.code).toBe('TEMPLATE_NAME_TAKEN');
    expect((await api.post('/api/v1/plan-templates', { name: 'x', language: 'ja', sections: [] }, consultant.accessToken)).status).toBe(403);
    const caseId = await draftingCase({ categories: ['authenticity'] });
    const created = (await api.post(poa(caseId), {}, consultant.accessToken)).body;
    expect(created.templateId).toBe(tpl.body.id);
    expect(created.revision.sections.map((s: Section) => s.id)).toEqual(['summary', 'rc']);
    expect((await api.post(poa(caseId), {}, consultant.accessToken)).body.error.code).toBe('PLAN_EXISTS');
    // Without a template: the built-in structure, with the FBA section for an FBA seller.
    const plain = (await api.post(poa(await draftingCase({ categories: ['pricing'] })), {}, consultant.accessToken)).body;
    expect(plain.templateId).toBeNull();
    expect(plain.revision.sections.map((s: Section) => s.kind)).toContain('fba_stock');
    const dup = await api.post(poa(caseId, '/revisions'), { version: 1, sections: [{ id: 'a', kind: 'summary', body: 'x' }, { id: 'a', kind: 'free', body: 'y' }] }, consultant.accessToken);
    expect(dup.status).toBe(400);
    expect(dup.body.error).toMatchObject({ code: 'INVALID_PLAN_CONTENT', details: [expect.objectContaining({ field: 'sections[1].id', issue: 'duplicate' })] });
    const stale = await api.request('PATCH', `/api/v1/plan-templates/${tpl.body.id}`, { token: admin.accessToken, body: { version: 9, name: 'y' } });
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    // A template for any category is the fallback; a template in another language is refused.
    const generic = (await api.post('/api/v1/plan-templates', { name: '汎用', language: 'ja', sections: [{ id: 'summary', kind: 'summary', body: '【概要】' }] }, admin.accessToken)).body;
    expect((await api.post(poa(await draftingCase({ categories: ['pricing'] })), {}, consultant.accessToken)).body.templateId).toBe(generic.id);
    const english = (await api.post('/api/v1/plan-templates', { name: 'Generic', language: 'en', sections: [{ id: 'summary', kind: 'summary', body: '' }] }, admin.accessToken)).body;
    const mismatch = await api.post(poa(await draftingCase()), { language: 'ja', templateId: english.id }, consultant.accessToken);
    expect(mismatch.body.error.code).toBe('TEMPLATE_LANGUAGE_MISMATCH');
  });

  it('runs checks on every revision with the tenant settings, and needs a reason to submit over blockers', async () => {
    const caseId = await draftingCase({ asins: ['B0NOTPLAN1'] });
    await api.post(poa(caseId), {}, consultant.accessToken);
    const saved = await api.post(poa(caseId, '/revisions'), { version: 1, sections: goodPlanSections() }, consultant.accessToken);
    const rules = saved.body.revision.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).toContain('structure.fba_stock_missing'); // FBA seller, no stock statement
    expect(rules).toContain('evidence.asin_not_addressed');
    const fba = saved.body.revision.findings.find((f: { ruleId: string }) => f.ruleId === 'structure.fba_stock_missing');
    expect(fba.message.ja.length).toBeGreaterThan(0);
    expect(fba.message.en.length).toBeGreaterThan(0);
    const blockerCount = saved.body.revision.blockers;
    expect(blockerCount).toBeGreaterThan(0);
    // An admin turns the FBA rule off: the next save no longer reports it.
    const put = await api.request('PUT', '/api/v1/plan-check-rules', { token: admin.accessToken, body: { rules: [{ ruleId: 'structure.fba_stock_missing', enabled: false }] } });
    expect(put.body.find((r: { ruleId: string }) => r.ruleId === 'structure.fba_stock_missing')).toMatchObject({ enabled: false });
    const again = await api.post(poa(caseId, '/revisions'), { version: 2, sections: goodPlanSections() }, consultant.accessToken);
    expect(again.body.revision.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('structure.fba_stock_missing');
    expect((await api.request('PUT', '/api/v1/plan-check-rules', { token: admin.accessToken, body: { rules: [{ ruleId: 'no.such.rule' }] } })).status).toBe(400);
    await api.request('PUT', '/api/v1/plan-check-rules', { token: admin.accessToken, body: { rules: [{ ruleId: 'structure.fba_stock_missing', enabled: true, severity: null }] } });
    // Approved but with blockers: submission needs a reason, which is kept with the round.
    const review = (await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken)).body;
    await api.post(poa(caseId, `/reviews/${review.id}/decision`), { decision: 'approved' }, seller.user.accessToken);
    const refused = await api.post(poa(caseId, '/rounds'), { revision: 2 }, consultant.accessToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PLAN_CHECK_BLOCKERS');
    const round = await api.post(poa(caseId, '/rounds'), { revision: 2, checkOverrideReason: 'FBA在庫なし（全数返送済み）' }, consultant.accessToken);
    expect(round.status).toBe(201);
    expect(round.body.checkOverrideReason).toBe('FBA在庫なし（全数返送済み）');
    const audit = (await api.get(`/api/v1/audit-events?action=plan.round_submitted`, admin.accessToken)).body.items;
    expect(JSON.stringify(audit)).toContain('FBA在庫なし');
  });

  it('lets an admin submit an unapproved revision with a reason, audited; the client can ask for changes', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    await api.post(poa(caseId, '/revisions'), { version: 1, sections: goodPlanSections() }, consultant.accessToken);
    const review = (await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken)).body;
    const changes = await api.post(poa(caseId, `/reviews/${review.id}/decision`), { decision: 'changes_requested', comment: '在庫数が違います' }, seller.user.accessToken);
    expect(changes.body).toMatchObject({ decision: 'changes_requested', comment: '在庫数が違います' });
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('drafting');
    expect((await api.post(poa(caseId, `/reviews/${review.id}/decision`), { decision: 'approved' }, seller.user.accessToken)).body.error.code).toBe('REVIEW_ALREADY_DECIDED');
    expect((await api.post(poa(caseId, `/reviews/${review.id}/decision`), { decision: 'approved' }, consultant.accessToken)).status).toBe(403);
    // From drafting, with a review pending: the admin's override walks the table and closes the request.
    const review2 = (await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken)).body;
    await api.post(`/api/v1/cases/${caseId}/transitions`, { to: 'drafting' }, consultant.accessToken);
    const round = await api.post(poa(caseId, '/rounds'), { revision: 2, approvalOverrideReason: '期限当日のため社長の口頭承認で提出', checkOverrideReason: 'FBA在庫は返送済み' }, admin.accessToken);
    expect(round.status).toBe(201);
    expect(round.body).toMatchObject({ approvalOverrideReason: '期限当日のため社長の口頭承認で提出' });
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('submitted');
    // The client's copy of the round omits the override reason.
    const clientRounds = (await api.get(poa(caseId, '/rounds'), seller.user.accessToken)).body;
    expect(clientRounds[0]).not.toHaveProperty('approvalOverrideReason');
    const reviews = (await api.get(poa(caseId, '/reviews'), admin.accessToken)).body;
    expect(reviews.find((r: { id: string }) => r.id === review2.id).decision).toBe('superseded');
    expect((await api.post(poa(caseId, `/reviews/${review2.id}/decision`), { decision: 'approved' }, seller.user.accessToken)).body.error.code).toBe('REVIEW_ALREADY_DECIDED');
    const audit = (await api.get('/api/v1/audit-events?action=plan.round_submitted', admin.accessToken)).body.items;
    expect(JSON.stringify(audit)).toContain('期限当日のため社長の口頭承認で提出');
  });

  it('asks for a fresh approval after an approved plan changed, and an approval taken back no longer counts', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    await api.post(poa(caseId, '/revisions'), { version: 1, sections: goodPlanSections() }, consultant.accessToken);
    const first = (await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken)).body;
    await api.post(poa(caseId, `/reviews/${first.id}/decision`), { decision: 'approved' }, seller.user.accessToken);
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('ready_to_submit');
    // An edit after approval: sending it for review walks the case back through drafting.
    await api.post(poa(caseId, '/revisions'), { version: 2, sections: goodPlanSections().slice(0, 4) }, consultant.accessToken);
    const again = await api.post(poa(caseId, '/reviews'), { revision: 3 }, consultant.accessToken);
    expect(again.status).toBe(201);
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('client_review');
    // Revision 2 is asked about again and refused: its earlier approval no longer stands.
    const redo = (await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken)).body;
    await api.post(poa(caseId, `/reviews/${redo.id}/decision`), { decision: 'changes_requested', comment: '日付が違います' }, seller.user.accessToken);
    const refused = await api.post(poa(caseId, '/rounds'), { revision: 2, checkOverrideReason: 'FBA在庫は返送済み' }, consultant.accessToken);
    expect(refused.body.error.code).toBe('REVISION_NOT_APPROVED');
  });

  it('treats "no reply" as an answer: no notice, and the plan may be sent again', async () => {
    const caseId = await draftingCase();
    await api.post(poa(caseId), {}, consultant.accessToken);
    await api.post(poa(caseId, '/revisions'), { version: 1, sections: goodPlanSections() }, consultant.accessToken);
    const review = (await api.post(poa(caseId, '/reviews'), { revision: 2 }, consultant.accessToken)).body;
    await api.post(poa(caseId, `/reviews/${review.id}/decision`), { decision: 'approved' }, seller.user.accessToken);
    const override = { checkOverrideReason: 'FBA在庫は返送済み' };
    expect((await api.post(poa(caseId, '/rounds'), { revision: 2, ...override }, consultant.accessToken)).status).toBe(201);
    expect((await api.post(poa(caseId, '/rounds/1/reply'), { outcome: 'rejected' }, consultant.accessToken)).body.error.code).toBe('REPLY_TEXT_REQUIRED');
    const silent = await api.post(poa(caseId, '/rounds/1/reply'), { outcome: 'no_reply' }, consultant.accessToken);
    expect(silent.body).toMatchObject({ outcome: 'no_reply', replyNoticeId: null });
    const c = (await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body;
    expect(c).toMatchObject({ status: 'awaiting_reply', unsuccessfulAppeals: 0 });
    const round2 = await api.post(poa(caseId, '/rounds'), { revision: 2, ...override }, consultant.accessToken);
    expect(round2.body).toMatchObject({ number: 2, revisionNumber: 2 });
    expect((await api.post(poa(caseId, '/rounds/1/reply'), { outcome: 'rejected', text: '却下' }, consultant.accessToken)).body.error.code).toBe('ROUND_SUPERSEDED');
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('submitted');
  });
});
