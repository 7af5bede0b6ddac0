/**
 * Evidence: the documents the plan cites must be uploaded, and every ASIN in the notice must be
 * addressed, or the reviewer answers "insufficient information".
 */
import type { PlanCheckContext } from '../plan-checks.types';
import type { AnalyzedPlan } from '../text/analysis';
import { finding, type RawFinding } from './shared';

/** An ASIN (B0 + 8) or an ISBN-10; masked ones from quoted notices (`B08●●●`, `B00XXXXX1`) fail this. */
const ASIN_RE = /^(?:B0[A-Z0-9]{8}|\d{9}[\dX])$/;
const MASKED_RE = /X{3,}|\*{2,}|●|○|＊/;
/** "All ASINs are listed in the attached sheet" addresses them without naming each. */
const ALL_ASINS_RE =
  /(?:全(?:て|ての)?|すべての|対象の?)\s*(?:対象)?\s*ASIN|ASIN\s*(?:一覧|リスト)|\ball\s+(?:\d+\s+)?(?:of\s+the\s+)?(?:affected\s+|listed\s+|flagged\s+|suspended\s+|removed\s+|relevant\s+)?asins\b|\blist\s+of\s+(?:the\s+)?(?:affected\s+)?asins\b/i;
const ATTACHMENT_RE = /添付|別紙|別添|attached|appendix|annex|enclosed|spreadsheet/i;

function documents(plan: AnalyzedPlan, context: PlanCheckContext): RawFinding[] {
  const uploaded = new Set((context.uploadedDocumentIds ?? []).map(String));
  const out: RawFinding[] = [];
  for (const section of plan.sections) {
    const seen = new Set<string>();
    for (const raw of section.documentIds) {
      const id = String(raw);
      if (uploaded.has(id) || seen.has(id)) continue;
      seen.add(id);
      // Point at the id where the body mentions it, so the editor can highlight the reference.
      const at = id.length >= 3 ? section.body.indexOf(id) : -1;
      const span = at >= 0 ? { start: at, end: at + id.length, text: id } : undefined;
      out.push(
        finding(
          'evidence.document_not_uploaded',
          section,
          {
            ja: `参照している書類（${id}）がアップロードされていません。添付がないと「情報不足」で差し戻されます。書類をアップロードするか、参照を外してください。`,
            en: `The referenced document (${id}) has not been uploaded. Without it the reply will be "insufficient information"; upload it or remove the reference.`,
          },
          span,
        ),
      );
    }
  }
  return out;
}

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || !/[A-Z0-9]/.test(ch);
}

function asins(plan: AnalyzedPlan, context: PlanCheckContext): RawFinding[] {
  const wanted: string[] = [];
  for (const raw of context.noticeAsins ?? []) {
    const asin = String(raw).trim().toUpperCase();
    if (ASIN_RE.test(asin) && !MASKED_RE.test(asin) && !wanted.includes(asin)) wanted.push(asin);
  }
  if (wanted.length === 0) return [];

  const parts: string[] = [];
  for (const s of plan.sections) {
    parts.push(s.title, s.body);
    if (s.rootCause) parts.push(...Object.values(s.rootCause).filter((v): v is string => typeof v === 'string'));
  }
  const text = parts.join('\n');
  const upper = text.toUpperCase();

  const missing = wanted.filter((asin) => {
    for (let at = upper.indexOf(asin); at !== -1; at = upper.indexOf(asin, at + 1)) {
      if (isBoundary(upper[at - 1]) && isBoundary(upper[at + asin.length])) return false;
    }
    return true;
  });
  if (missing.length === 0) return [];
  const blanket = plan.sections.some((s) => s.seg.sentences.some((x) => ALL_ASINS_RE.test(x.text) && ATTACHMENT_RE.test(x.text)));
  if (blanket) return [];

  const list = missing.join(', ');
  return [
    finding('evidence.asin_not_addressed', null, {
      ja: `通知に記載されたASINのうち、計画書で触れていないものがあります：${list}。ASINごとに原因と対策（または在庫・出品の扱い）を記載してください。`,
      en: `These ASINs from the notice are not addressed anywhere in the plan: ${list}. Cover each one (cause, action, what happened to its listing or stock).`,
    }),
  ];
}

export function checkEvidence(plan: AnalyzedPlan, context: PlanCheckContext): RawFinding[] {
  return [...documents(plan, context), ...asins(plan, context)];
}
