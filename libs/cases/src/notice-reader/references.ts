/**
 * Marketplace reference numbers: a known label ("Reference ID", 「参照番号」, "Complaint ID",
 * "Case ID", ticket/notice numbers) followed by one or more identifiers containing a digit.
 */
import type { Extracted, ReferenceKind, ReferenceNumber } from './notice-reader.types';
import { extracted, type ReaderContext } from './context';
import { matchAll } from './segments';

const LABELS: { kind: ReferenceKind; re: string }[] = [
  {
    kind: 'complaint',
    re: "rights?[\\s-]owner(?:'s)?\\s+complaint\\s*(?:id|number|no\\.?|#)|complaint\\s*(?:id|number|no\\.?|#)|infringement\\s*(?:id|number)|苦情(?:ID|番号)|(?:侵害)?(?:申し立て|申立て?)(?:ID|番号)|権利者(?:の)?(?:苦情|申し立て|申立て?)?(?:ID|番号)|通報(?:ID|番号)",
  },
  { kind: 'case', re: 'case\\s*(?:id|number|no\\.?|#)|ケース\\s*(?:ID|番号)|(?:お)?問い合わせ(?:ID|番号)|問合せ(?:ID|番号)' },
  { kind: 'notice', re: 'notice\\s*(?:id|number|no\\.?|#)|notification\\s*(?:id|number)|通知(?:ID|番号)' },
  { kind: 'ticket', re: 'ticket\\s*(?:id|number|no\\.?|#)|チケット(?:ID|番号)' },
  { kind: 'other', re: 'contact\\s*id|appeal\\s*(?:id|number)|policy\\s*id|異議申し立て(?:ID|番号)|受付番号' },
  // Bare "Reference" only with a colon or "#": "for your reference" is not a label.
  { kind: 'reference', re: 'reference\\s*(?:id|number|no\\.?|code)|reference\\s*(?=[:#])|ref\\.?\\s*(?:id|no\\.?|#)|参照(?:番号|ID|コード)|リファレンス(?:番号|ID)' },
];

const ID = '[A-Za-z0-9][A-Za-z0-9_-]{3,40}';
const SEPARATOR = '\\s*(?:[:#=]|は|：|is\\b)?\\s*(?:\\n\\s*)?[\\[(]?\\s*';
const LIST_SEPARATOR = /^\s*(?:[,、/]|and|および|及び)\s*/i;

export function readReferences(ctx: ReaderContext): Extracted<ReferenceNumber>[] {
  const found: Extracted<ReferenceNumber>[] = [];
  const seen = new Set<string>();
  const taken: { start: number; end: number }[] = [];
  for (const label of LABELS) {
    const re = new RegExp(`(?<![A-Za-z])(${label.re})(?:\\s*\\(s\\))?${SEPARATOR}(${ID})`, 'gi');
    for (const m of matchAll(re, ctx.text)) {
      const labelStart = m.index;
      if (taken.some((t) => labelStart < t.end && labelStart + m[0].length > t.start)) continue;
      taken.push({ start: labelStart, end: labelStart + m[0].length });
      let idStart = labelStart + m[0].length - m[2].length;
      let id = m[2];
      const labelText = m[1].replace(/\s+/g, ' ').trim();
      // One label may head a list: "Complaint ID: 1234567890, 1234567891".
      for (let guard = 0; guard < 50; guard++) {
        if (/\d/.test(id)) {
          const key = `${label.kind}:${id}`;
          if (!seen.has(key)) {
            seen.add(key);
            found.push(extracted(ctx, idStart, idStart + id.length, { kind: label.kind, label: labelText, id }, 'high'));
          }
        }
        const rest = ctx.text.slice(idStart + id.length, idStart + id.length + 60);
        const sep = LIST_SEPARATOR.exec(rest);
        if (!sep) break;
        const next = new RegExp(`^${ID}`).exec(rest.slice(sep[0].length));
        if (!next || !/\d/.test(next[0])) break;
        idStart = idStart + id.length + sep[0].length;
        id = next[0];
      }
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
