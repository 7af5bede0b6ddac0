/** Documents the notice asks for, by keyword family; each type reported once, at first mention. */
import type { Extracted, RequestedDocument } from './notice-reader.types';
import { extracted, sentenceText, type ReaderContext } from './context';
import { isBoilerplate, matchAll } from './segments';

interface DocumentFamily {
  type: RequestedDocument;
  re: RegExp;
  /** Only counts when the sentence does not mention invoices (supplier details usually belong on them). */
  unlessInvoiceSentence?: boolean;
}

const INVOICE_WORDS = /請求書|領収書|納品書|インボイス|invoices?|receipts?/i;

const FAMILIES: DocumentFamily[] = [
  // Utility bills first: 「公共料金の請求書」 must not also count as a supplier invoice.
  { type: 'utility_bill', re: /公共料金(?:の)?(?:請求書|領収書|明細(?:書)?)?|utility bills?|utility statements?/gi },
  {
    type: 'invoice',
    re: /請求書|領収書|納品書|インボイス|仕入(?:れ)?(?:書類|伝票)|購入(?:証明|明細)(?:書)?|\binvoices?\b|\breceipts?\b(?!\s+of\b)|proof of purchase|purchase orders?/gi,
  },
  {
    type: 'supply_chain_letter',
    re: /サプライチェーン|supply[\s-]chain|letters? (?:of authenticity )?from (?:your|the) (?:suppliers?|manufacturers?|distributors?)|(?:supplier|manufacturer|distributor) letters?|正規(?:代理店|販売店|取扱店)(?:であること)?(?:の)?証明(?:書)?|流通経路/gi,
  },
  {
    type: 'supply_chain_letter',
    re: /仕入(?:れ)?先|(?:suppliers?|providers?|vendors?)(?:'s)? contact information/gi,
    unlessInvoiceSentence: true,
  },
  {
    type: 'letter_of_authorization',
    re: /letters? of authori[sz]ation|authori[sz]ation letters?|\bLOA\b|許諾書|委任状|使用許諾|販売許可(?:書|証)?|許可書|許可証|承諾書|licen[cs]e agreements?|licensing agreements?|permission from the (?:rights|brand) owner|権利者(?:から|の)(?:許可|許諾|承諾)/gi,
  },
  {
    type: 'identity_document',
    re: /本人確認書類|身分証明書|パスポート|運転免許証|マイナンバーカード|在留カード|government[\s-]issued (?:photo )?ID|\bpassports?\b|driver'?s licen[cs]e|identity documents?|photo ID|national ID|personal identification/gi,
  },
  { type: 'plan_of_action', re: /改善計画書?|plan of action|\bPOA\b|action plan|行動計画/gi },
  {
    type: 'other',
    re: /bank (?:account )?statements?|銀行(?:口座)?(?:の)?(?:取引)?明細(?:書)?|取引明細書|クレジットカード(?:の)?(?:利用)?明細(?:書)?|credit card statements?|test reports?|試験成績書|検査報告書|試験報告書|safety data sheets?|\bSDS\b|安全データシート|certificates? of (?:analysis|conformity|compliance)|適合証明(?:書)?|成分表|business licen[cs]es?|営業許可証?|登記簿謄本|履歴事項全部証明書/gi,
  },
];

export function readDocuments(ctx: ReaderContext): Extracted<RequestedDocument>[] {
  const taken: { start: number; end: number }[] = [];
  const found = new Map<RequestedDocument, Extracted<RequestedDocument>>();
  for (const family of FAMILIES) {
    if (found.has(family.type)) continue;
    for (const m of matchAll(family.re, ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const sentence = sentenceText(ctx, start);
      if (isBoilerplate(sentence)) continue;
      if (family.unlessInvoiceSentence && INVOICE_WORDS.test(sentence)) continue;
      if (family.type === 'utility_bill') {
        // Remember every utility-bill mention so none of them is read as an invoice.
        for (const u of matchAll(family.re, ctx.text)) taken.push({ start: u.index, end: u.index + u[0].length });
      }
      found.set(family.type, extracted(ctx, start, end, family.type, family.unlessInvoiceSentence ? 'medium' : 'high'));
      break;
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}
