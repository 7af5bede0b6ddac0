import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { elf, pdf, png, windowsExe } from '../../libs/documents/src/uploads/sample-files.fixture-spec';
import { TestApi } from '../support/api';
import { testConfig } from '../support/config';
import { connectAs } from '../support/db';
import { addClient, addMember, signupTenant, type ClientWithUser, type SignedIn } from '../support/fixtures';
import { JA_SUSPENSION_NOTICE } from '../support/notices';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

describe('documents, requests and the client checklist', () => {
  let api: TestApi;
  let admin: SignedIn;
  let consultant: SignedIn;
  let seller: ClientWithUser;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signupTenant(api);
    consultant = await addMember(api, admin, 'consultant');
    seller = await addClient(api, consultant, admin);
  });
  afterAll(() => api.close());

  it('portal intake → reader → consultant confirms → checklist → client uploads an invoice → request fulfilled, access audited', async () => {
    const opened = await api.post('/api/v1/cases', { notice: { text: JA_SUSPENSION_NOTICE } }, seller.user.accessToken);
    const caseId = opened.body.case.id;
    expect(opened.body.case).toMatchObject({ severity: 'suspension', categories: ['authenticity'], senderDepartment: 'account_specialist' });
    expect((await api.get(`/api/v1/cases/${caseId}/document-requests`, seller.user.accessToken)).body).toEqual([]);

    await api.post(`/api/v1/cases/${caseId}/notices/${opened.body.notice.id}/confirm`, {}, consultant.accessToken);
    const checklist = await api.get(`/api/v1/cases/${caseId}/document-requests`, seller.user.accessToken);
    expect(checklist.body.length).toBeGreaterThan(0);
    expect(checklist.body.every((r: { status: string; source: string }) => r.status === 'open' && r.source === 'checklist')).toBe(true);
    const invoiceRequest = checklist.body.find((r: { kind: string }) => r.kind === 'invoice');
    expect(invoiceRequest).toBeDefined();

    const up = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'invoice', requestId: invoiceRequest.id, issuedOn: '2024-01-05', supplierName: '株式会社問屋' }, { name: '請求書_2024年1月.pdf', content: pdf() });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ kind: 'invoice', mime: 'application/pdf', fileName: '請求書_2024年1月.pdf', requestId: invoiceRequest.id });
    // Evidence pre-checks: more than 365 days old, no supplier contact.
    expect(up.body.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['INVOICE_TOO_OLD', 'SUPPLIER_CONTACT_MISSING']));

    const after = await api.get(`/api/v1/cases/${caseId}/document-requests`, seller.user.accessToken);
    expect(after.body.find((r: { id: string }) => r.id === invoiceRequest.id)).toMatchObject({ status: 'fulfilled', fulfilledDocumentId: up.body.id });

    // Staff are told (the consultant asked for it through the confirmation).
    const inbox = await api.get('/api/v1/notifications', consultant.accessToken);
    expect(inbox.body.items.some((n: { kind: string; subjectId: string }) => n.kind === 'document.uploaded' && n.subjectId === up.body.id)).toBe(true);

    const dl = await api.request('GET', `/api/v1/documents/${up.body.id}/download`, { token: consultant.accessToken });
    expect(dl.status).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''%E8%AB%8B%E6%B1%82/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-type']).toBe('application/pdf');

    const log = await api.get(`/api/v1/documents/${up.body.id}/access-log`, consultant.accessToken);
    expect(log.body).toEqual([expect.objectContaining({ membershipId: consultant.membershipId, action: 'download' })]);
    expect((await api.get(`/api/v1/documents/${up.body.id}/access-log`, seller.user.accessToken)).status).toBe(403);
  });

  describe('uploads are checked by content', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await api.post('/api/v1/cases', { title: 'Uploads' }, seller.user.accessToken)).body.case.id;
    });

    it.each([
      ['a PNG renamed .pdf', png(), 'FILE_TYPE_MISMATCH'],
      ['a Windows executable renamed .pdf', windowsExe(), 'FILE_TYPE_NOT_ALLOWED'],
      ['an ELF executable renamed .pdf', elf(), 'FILE_TYPE_NOT_ALLOWED'],
    ])('rejects %s', async (_label, content, code) => {
      const res = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'invoice' }, { name: 'invoice.pdf', content });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe(code);
    });

    it('stores a hostile name safely', async () => {
      const res = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'other' }, { name: '../../etc/passwd.pdf', content: pdf(10) });
      expect(res.status).toBe(201);
      expect(res.body.fileName).toBe('passwd.pdf');
      const su = await connectAs('super');
      try {
        const row = await su.query('SELECT storage_key FROM documents WHERE id = $1', [res.body.id]);
        expect(row.rows[0].storage_key).toBe(`${admin.tenantId}/${caseId}/${res.body.id}`);
      } finally {
        await su.end();
      }
    });

    it('reports the same file twice in one case as a duplicate', async () => {
      const content = pdf(20);
      const first = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'receipt' }, { name: 'a.pdf', content });
      expect(first.status).toBe(201);
      const again = await api.upload(`/api/v1/cases/${caseId}/documents`, consultant.accessToken, { kind: 'receipt' }, { name: 'b.pdf', content });
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'DUPLICATE_DOCUMENT', details: [expect.objectContaining({ existingDocumentId: first.body.id })] });
      // The same file on another case is fine.
      const other = (await api.post('/api/v1/cases', { title: 'Other' }, seller.user.accessToken)).body.case.id;
      expect((await api.upload(`/api/v1/cases/${other}/documents`, seller.user.accessToken, { kind: 'receipt' }, { name: 'a.pdf', content })).status).toBe(201);
    });

    it('refuses bad fields and a missing file with coded 4xx', async () => {
      const badKind = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'spaceship' }, { name: 'a.pdf', content: pdf(30) });
      expect(badKind.body.error.code).toBe('VALIDATION_FAILED');
      const json = await api.post(`/api/v1/cases/${caseId}/documents`, { kind: 'invoice' }, seller.user.accessToken);
      expect(json.status).toBe(415);
    });
  });

  it('answers an over-limit upload with 413 and leaves no file and no row', async () => {
    const small = await TestApi.start({ UPLOAD_LIMIT_BYTES: String(64 * 1024) });
    try {
      const t = await signupTenant(small);
      const s = await addClient(small, t, t);
      const caseId = (await small.post('/api/v1/cases', { title: 'Big' }, s.user.accessToken)).body.case.id;
      const dataDir = testConfig().DATA_DIR;
      const before = filesUnder(join(dataDir, 'uploads', t.tenantId));
      const res = await small.upload(`/api/v1/cases/${caseId}/documents`, s.user.accessToken, { kind: 'invoice' }, { name: 'big.pdf', content: pdf(200 * 1024) });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(filesUnder(join(dataDir, 'uploads', t.tenantId))).toEqual(before);
      expect((await small.get(`/api/v1/cases/${caseId}/documents`, s.user.accessToken)).body).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('turns an uploaded .eml notice into a notice of the case, decoded and read', async () => {
    const caseId = (await api.post('/api/v1/cases', { title: 'From e-mail' }, seller.user.accessToken)).body.case.id;
    const body = Buffer.from(JA_SUSPENSION_NOTICE.split('\n').slice(3).join('\n'), 'utf8').toString('base64');
    const eml = [
      'From: Amazon.co.jp <seller-performance@amazon.co.jp>',
      'To: seller@example.jp',
      'Subject: =?UTF-8?B?' + Buffer.from('出品用アカウントの停止について').toString('base64') + '?=',
      'Date: Fri, 20 Nov 2026 10:00:00 +0900',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      body.replace(/(.{76})/g, '$1\r\n'),
      '',
    ].join('\r\n');
    const up = await api.upload(`/api/v1/cases/${caseId}/documents`, seller.user.accessToken, { kind: 'notice' }, { name: 'notice.eml', content: Buffer.from(eml) });
    expect(up.status).toBe(201);
    expect(up.body.mime).toBe('message/rfc822');
    const notices = await api.get(`/api/v1/cases/${caseId}/notices`, seller.user.accessToken);
    expect(notices.body).toHaveLength(1);
    expect(notices.body[0]).toMatchObject({ source: 'upload', documentId: up.body.id, subject: '出品用アカウントの停止について' });
    expect(notices.body[0].reading.severity.value).toBe('suspension');
    expect(notices.body[0].reading.asins.map((a: { value: string }) => a.value)).toEqual(['B09ABC1234', 'B09DEF5678']);
  });

  it('lets consultants ask for documents and admins tune the checklist templates', async () => {
    const caseId = (await api.post('/api/v1/cases', { clientId: seller.clientId, title: 'Requests', categories: ['late_shipment'] }, consultant.accessToken)).body.case.id;
    const req = await api.post(`/api/v1/cases/${caseId}/document-requests`, { kind: 'invoice', title: 'ASIN B0ABCDEFGH の請求書', dueOn: '2026-12-01' }, consultant.accessToken);
    expect(req.status).toBe(201);
    expect((await api.post(`/api/v1/cases/${caseId}/document-requests`, { kind: 'invoice', title: 'x' }, seller.user.accessToken)).status).toBe(403);
    const cancelled = await api.delete(`/api/v1/document-requests/${req.body.id}`, consultant.accessToken);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await api.delete(`/api/v1/document-requests/${req.body.id}`, consultant.accessToken)).body.error.code).toBe('DOCUMENT_REQUEST_CLOSED');

    const templates = await api.get('/api/v1/checklist-templates', admin.accessToken);
    expect(templates.body.find((t: { category: string }) => t.category === 'late_shipment').customised).toBe(false);
    const items = [{ kind: 'correspondence', title: { ja: '配送業者の追跡記録', en: 'Carrier tracking records' }, description: { ja: '過去30日分', en: 'Last 30 days' } }];
    const saved = await api.request('PUT', '/api/v1/checklist-templates/late_shipment', { token: admin.accessToken, body: { items } });
    expect(saved.status).toBe(200);
    expect(saved.body.find((t: { category: string }) => t.category === 'late_shipment')).toMatchObject({ customised: true, items });
    expect((await api.request('PUT', '/api/v1/checklist-templates/nonsense', { token: admin.accessToken, body: { items } })).body.error.code).toBe('UNKNOWN_CATEGORY');
  });
});
