import { pdf } from '../../libs/documents/src/uploads/sample-files.fixture-spec';
import { TestApi } from '../support/api';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { goodPlanSections } from '../support/plans';

/**
 * The whole appeal, as the people involved would do it: draft → internal review comments →
 * suggested edit accepted → client review and approval → round 1 → "more information" →
 * round 2 from the sent revision with the diff to round 1 → reinstated.
 */
describe('a full appeal through the plan of action', () => {
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;
  let reviewer: SignedIn;
  let seller: ClientWithUser;
  let caseId: string;
  let invoiceId: string;
  const plan = (path = '') => `/api/v1/cases/${caseId}/plan-of-action${path}`;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    consultant = await addMember(api, admin, 'consultant');
    reviewer = await addMember(api, admin, 'consultant');
    seller = await addClient(api, admin, admin, { preferredLanguage: 'ja' });
    const opened = await api.post('/api/v1/cases', { clientId: seller.clientId, title: '真贋調査', categories: ['authenticity'], asins: ['B08ABC1234'], appealLimit: 3 }, admin.accessToken);
    caseId = opened.body.case.id;
    for (const to of ['triage', 'drafting']) expect((await api.post(`/api/v1/cases/${caseId}/transitions`, { to }, consultant.accessToken)).status).toBe(200);
    invoiceId = (await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'invoice' }, { name: '請求書.pdf', content: pdf() })).body.id;
  });
  afterAll(() => api.close());

  it('runs from the first draft to reinstatement, keeping every step', async () => {
    // Draft: revision 1 from the built-in structure (no tenant template), in the client's language.
    const created = await api.post(plan(), {}, consultant.accessToken);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ language: 'ja', version: 1, revision: { number: 1, origin: 'template' } });
    expect(created.body.revision.sections.map((s: { kind: string }) => s.kind)[0]).toBe('summary');
    expect(created.body.revision.blockers).toBeGreaterThan(0); // empty sections are blockers

    const draft = await api.post(plan('/revisions'), { version: 1, sections: goodPlanSections(invoiceId), note: '初稿' }, consultant.accessToken);
    expect(draft.status).toBe(201);
    expect(draft.body.revision).toMatchObject({ number: 2, basedOn: 1, origin: 'edit', blockers: 0 });
    expect(draft.body.changes.summary).toBeDefined();

    // The client sees nothing yet: no revision has been shared.
    expect((await api.get(plan(), seller.user.accessToken)).status).toBe(404);

    // Internal review: a senior colleague comments and suggests an edit on a quoted span.
    const body = draft.body.revision.sections.find((s: { id: string }) => s.id === 'preventive-measures').body as string;
    const quote = '毎月1回監査します';
    const start = body.indexOf(quote);
    const internal = await api.post(plan('/threads'), { revision: 2, sectionId: 'preventive-measures', start, end: start + quote.length, body: '担当者も明記してください。', visibility: 'internal', suggestion: '毎月1回、出品責任者が監査します' }, reviewer.accessToken);
    expect(internal.status).toBe(201);
    expect(internal.body).toMatchObject({ visibility: 'internal', suggestionState: 'pending', position: { status: 'exact' } });
    const question = await api.post(plan('/threads'), { revision: 2, sectionId: 'summary', start: 0, end: 10, body: '日付は正しいですか？', visibility: 'internal' }, reviewer.accessToken);
    expect((await api.post(plan(`/threads/${question.body.id}/replies`), { body: '請求書で確認済みです。' }, consultant.accessToken)).status).toBe(201);
    expect((await api.post(plan(`/threads/${question.body.id}/resolve`), {}, consultant.accessToken)).body.status).toBe('resolved');

    // The author accepts the suggestion: a new revision, the thread resolved and linked to it.
    const accepted = await api.post(plan(`/threads/${internal.body.id}/accept`), { version: 2 }, consultant.accessToken);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ number: 3, origin: 'suggestion' });
    expect(accepted.body.sections.find((s: { id: string }) => s.id === 'preventive-measures').body).toContain('毎月1回、出品責任者が監査します');
    const threads = (await api.get(plan('/threads'), consultant.accessToken)).body.items;
    expect(threads.find((t: { id: string }) => t.id === internal.body.id)).toMatchObject({ status: 'resolved', suggestionState: 'accepted', suggestionRevision: 3 });

    // Not approved yet: a consultant cannot submit, and only an admin could override.
    const early = await api.post(plan('/rounds'), { revision: 3 }, consultant.accessToken);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('REVISION_NOT_APPROVED');
    const noOverride = await api.post(plan('/rounds'), { revision: 3, approvalOverrideReason: '急ぎ' }, consultant.accessToken);
    expect(noOverride.body.error.code).toBe('OVERRIDE_FORBIDDEN');

    // Client review: revision 3 is shared, the case waits on the client.
    const review = await api.post(plan('/reviews'), { revision: 3, message: '事実関係をご確認ください。' }, consultant.accessToken);
    expect(review.status).toBe(201);
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('client_review');
    const inbox = (await api.get('/api/v1/notifications', seller.user.accessToken)).body.items;
    expect(inbox).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'plan.review_requested', subjectId: caseId })]));
    const seen = await api.get(plan(), seller.user.accessToken);
    expect(seen.status).toBe(200);
    expect(seen.body.revision.number).toBe(3);
    // Internal threads stay internal; the client can ask on a shared thread.
    expect((await api.get(plan('/threads'), seller.user.accessToken)).body.items).toEqual([]);
    const clientThread = await api.post(plan('/threads'), { revision: 3, sectionId: 'corrective-actions', start: 0, end: 5, body: '在庫数は118点です。', visibility: 'shared' }, seller.user.accessToken);
    expect(clientThread.status).toBe(201);
    expect((await api.get(plan('/revisions/2'), seller.user.accessToken)).status).toBe(404);
    // What will be pasted into the appeal form, as the client reads it.
    const text = (await api.get(plan('/revisions/3/text'), seller.user.accessToken)).body;
    expect(text.text.startsWith('【概要】\n・2026年10月2日')).toBe(true);
    expect(text.text).toContain('・いつ：2026年10月2日');
    expect(text.text).toContain('・請求書.pdf');
    expect(text.characters).toBe([...text.text].length);
    const approved = await api.post(plan(`/reviews/${review.body.id}/decision`), { decision: 'approved', comment: '問題ありません。' }, seller.user.accessToken);
    expect(approved.status).toBe(200);
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('ready_to_submit');
    const consultantInbox = (await api.get('/api/v1/notifications', consultant.accessToken)).body.items;
    expect(consultantInbox).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'plan.approved', subjectId: caseId })]));

    // Round 1: revision 3 and the invoice, frozen.
    const round1 = await api.post(plan('/rounds'), { revision: 3, documentIds: [invoiceId] }, consultant.accessToken);
    expect(round1.status).toBe(201);
    expect(round1.body).toMatchObject({ number: 1, revisionNumber: 3, outcome: null });
    expect(round1.body.documents).toEqual([expect.objectContaining({ id: invoiceId, filename: '請求書.pdf' })]);
    expect((await api.post(plan('/rounds'), { revision: 3 }, consultant.accessToken)).body.error.code).toBe('ROUND_AWAITING_REPLY');

    // "More information requested": a notice, an unsuccessful appeal, the case back with us.
    const reply1 = await api.post(plan('/rounds/1/reply'), { outcome: 'more_info_requested', text: 'いただいた改善計画書では情報が不足しています。根本原因をより具体的にご説明ください。' }, consultant.accessToken);
    expect(reply1.status).toBe(200);
    expect(reply1.body.outcome).toBe('more_info_requested');
    let c = (await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body;
    expect(c).toMatchObject({ status: 'more_info_requested', unsuccessfulAppeals: 1 });
    const notices = (await api.get(`/api/v1/cases/${caseId}/notices`, admin.accessToken)).body;
    expect(notices.map((n: { id: string }) => n.id)).toContain(reply1.body.replyNoticeId);

    // Round 2 starts from the revision sent in round 1 (the head): the edit names version 3.
    const sent = (await api.get(plan('/revisions/3'), consultant.accessToken)).body.sections;
    const more = sent.map((s: { id: string; body: string }) => (s.id === 'root-cause-1' ? { ...s, body: `${s.body}\n・対応表は共有フォルダのExcelで、変更履歴が残らない形式でした。` } : s));
    const r4 = await api.post(plan('/revisions'), { version: 3, sections: more, note: '根本原因を補足' }, consultant.accessToken);
    expect(r4.status).toBe(201);
    expect((await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body.status).toBe('drafting');
    const review2 = await api.post(plan('/reviews'), { revision: 4 }, consultant.accessToken);
    await api.post(plan(`/reviews/${review2.body.id}/decision`), { decision: 'approved' }, seller.user.accessToken);
    const round2 = await api.post(plan('/rounds'), { revision: 4, documentIds: [invoiceId] }, consultant.accessToken);
    expect(round2.body).toMatchObject({ number: 2, revisionNumber: 4 });

    // Round history: round 2 shows exactly what changed since round 1.
    const rounds = (await api.get(plan('/rounds'), seller.user.accessToken)).body;
    expect(rounds.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    expect(rounds[0].changes).toBeNull();
    expect(rounds[1].changes.fromRevision).toBe(3);
    const changed = rounds[1].changes.sections.filter((s: { status: string }) => s.status !== 'unchanged');
    expect(changed.map((s: { sectionId?: string; id?: string }) => s.sectionId ?? s.id)).toEqual(['root-cause-1']);
    expect(rounds[1]).not.toHaveProperty('approvalOverrideReason');

    // Reinstated: the case ends, the plan is history.
    const reply2 = await api.post(plan('/rounds/2/reply'), { outcome: 'reinstated', text: 'お客様のアカウントを再開いたしました。' }, consultant.accessToken);
    expect(reply2.status).toBe(200);
    c = (await api.get(`/api/v1/cases/${caseId}`, admin.accessToken)).body;
    expect(c).toMatchObject({ status: 'reinstated', unsuccessfulAppeals: 1 });
    expect((await api.post(plan('/revisions'), { version: 4, sections: more }, consultant.accessToken)).body.error.code).toBe('CASE_ENDED');

    // The outcome figures count it: one reinstatement in authenticity, after two rounds.
    const report = (await api.get('/api/v1/reports/outcomes', admin.accessToken)).body;
    expect(report.overall).toMatchObject({ decided: 1, reinstated: 1, reinstatementRate: 1, roundsToReinstatement: { cases: 1, median: 2 }, timeToFirstDraft: { cases: 1 } });
    expect(report.byCategory.find((r: { category: string }) => r.category === 'authenticity')).toMatchObject({ reinstated: 1, reinstatementRate: 1 });

    // The timeline tells the story; the client's copy has no internal items.
    const staffKinds = (await api.get(`/api/v1/cases/${caseId}/timeline?limit=200`, admin.accessToken)).body.items.map((e: { kind: string }) => e.kind);
    expect(staffKinds).toEqual(expect.arrayContaining(['plan.revision_saved', 'plan.comment_added', 'plan.review_requested', 'plan.approved', 'plan.round_submitted', 'plan.reply_recorded']));
    const clientKinds = (await api.get(`/api/v1/cases/${caseId}/timeline?limit=200`, seller.user.accessToken)).body.items.map((e: { kind: string }) => e.kind);
    expect(clientKinds).not.toContain('plan.revision_saved');
    expect(clientKinds).toContain('plan.round_submitted');
  });
});
