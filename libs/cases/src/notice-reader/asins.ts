/**
 * ASINs: "B0" + 8 letters/digits anywhere, or 10-digit (ISBN-10 style) ASINs when the text labels
 * them as ASINs (after "ASIN:", in an ASIN table column, or in a list under an ASIN heading).
 * Masked placeholders quoted by sellers (B08●●●●●●●●, B0XXXXXXXX, ******) are never ASINs.
 */
import type { Extracted } from './notice-reader.types';
import { extracted, lineAt, type ReaderContext } from './context';
import { matchAll } from './segments';

const MASK_CLASS = '●○〇◯■□*×…';
const B0_ASIN = /(?<![A-Za-z0-9])B0[A-Za-z0-9]{8}(?![A-Za-z0-9])/g;
const DIGIT_ASIN = /(?<![A-Za-z0-9-])\d{9}[\dX](?![A-Za-z0-9-])/g;
const MASK_TOKEN = new RegExp(`(?<![A-Za-z0-9])B[0-9A-Za-z${MASK_CLASS}]{2,14}(?![A-Za-z0-9${MASK_CLASS}])`, 'g');
const ASIN_LIST_LABEL = /ASINs?(?:\s*\(s\))?\s*(?:[:#=]|は)?\s*/gi;
const LIST_TOKEN = new RegExp(`^([A-Za-z0-9${MASK_CLASS}]{4,14})(\\s*[,、/;]\\s*)?`);
const MASK_ONLY = new RegExp(`^[${MASK_CLASS}X]{4,14}$`);
const OTHER_LABEL_BEFORE = /(?:\bF?N?SKU|出品者SKU|\bJAN|\bEAN|\bUPC|\bISBN|商品コード|型番|\bOrder(?:\s*ID)?|注文番号)\s*(?:[:#=]|は)?\s*$/i;
const ASIN_LABEL_BEFORE = /ASINs?\s*(?:\(s\))?\s*(?:[:#=]|は|一覧)?\s*(?:[A-Z0-9]{10}\s*[,、/;]\s*)*$/i;
const ASIN_HEADING = /ASIN/i;
const LIST_LINE = /^[\s>]*(?:[-•・*]|\d{1,3}[.)])?\s*([A-Z0-9]{10})\s*[,、]?\s*$/i;

function isMaskChar(ch: string | undefined): boolean {
  return ch !== undefined && MASK_CLASS.includes(ch);
}

function maskCount(token: string): number {
  let n = 0;
  for (const ch of token) if (isMaskChar(ch)) n++;
  const xs = token.match(/X{2,}/gi);
  if (xs) for (const run of xs) n += run.length;
  return n;
}

/** ISBN-10 check digit: sum of (10..1) × digit ≡ 0 (mod 11), X = 10. */
export function isIsbn10(token: string): boolean {
  if (!/^\d{9}[\dX]$/.test(token)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * (token[i] === 'X' ? 10 : Number(token[i]));
  return sum % 11 === 0;
}

/** True for placeholders like B0XXXXXXXX, B08●●●●●●●●, B00XXXXX1. */
export function isMaskedAsin(token: string): boolean {
  return /^B/i.test(token) && maskCount(token) >= 3;
}

interface TableInfo {
  separator: RegExp;
  asinColumn: number;
  /** Columns whose header also names an ASIN (e.g. "Parent ASIN"). */
  asinColumns: Set<number>;
}

const SEPARATORS: RegExp[] = [/\t/, /\|/, / {2,}/, /,/];
/** A table header names at least one other column besides the ASIN, each cell short. */
const OTHER_HEADER =
  /^(?:(?:seller\s*)?SKU|FNSKU|出品者SKU|title|product(?:\s*name)?|item(?:\s*name)?|商品名|タイトル|condition|コンディション|quantity|数量|brand|ブランド|marketplace|reason|理由|status|ステータス|policy|ポリシー|date|日付|price|価格)$/i;

/** Finds tables whose header names an ASIN column and maps each row line start to its table. */
function findTables(ctx: ReaderContext): Map<number, TableInfo> {
  const rows = new Map<number, TableInfo>();
  const lines = ctx.lines;
  for (let i = 0; i < lines.length; i++) {
    const header = ctx.text.slice(lines[i].start, lines[i].end);
    if (!ASIN_HEADING.test(header) || /[A-Z0-9]{10}/.test(header.replace(/ASIN/gi, ''))) continue;
    for (const sep of SEPARATORS) {
      const cells = header.split(sep).map((c) => c.trim());
      if (cells.length < 2 || cells.some((c) => c.length > 30) || !cells.some((c) => OTHER_HEADER.test(c))) continue;
      const asinColumns = new Set<number>();
      cells.forEach((c, k) => {
        if (/ASIN/i.test(c)) asinColumns.add(k);
      });
      if (asinColumns.size === 0) continue;
      const info: TableInfo = { separator: sep, asinColumn: [...asinColumns][0], asinColumns };
      for (let j = i + 1; j < lines.length; j++) {
        const row = ctx.text.slice(lines[j].start, lines[j].end);
        if (row.trim() === '' || row.split(sep).length < 2) break;
        rows.set(lines[j].start, info);
      }
      break;
    }
  }
  return rows;
}

/** Column index of `pos` within its table row, or null when not in a table. */
function columnOf(ctx: ReaderContext, tables: Map<number, TableInfo>, pos: number): { info: TableInfo; col: number } | null {
  const line = lineAt(ctx, pos);
  const info = tables.get(line.start);
  if (!info) return null;
  const before = ctx.text.slice(line.start, pos);
  return { info, col: before.split(info.separator).length - 1 };
}

/** True when a token sits in a one-per-line list under a line mentioning ASIN. */
function inAsinList(ctx: ReaderContext, pos: number): boolean {
  let line = lineAt(ctx, pos);
  if (!LIST_LINE.test(ctx.text.slice(line.start, line.end))) return false;
  for (let k = 0; k < 200 && line.start > 0; k++) {
    line = lineAt(ctx, line.start - 1);
    const t = ctx.text.slice(line.start, line.end);
    if (LIST_LINE.test(t)) continue;
    return ASIN_HEADING.test(t) && t.trim().length <= 80;
  }
  return false;
}

export interface AsinReading {
  asins: Extracted<string>[];
  maskedAsins: Extracted<string>[];
}

export function readAsins(ctx: ReaderContext): AsinReading {
  const text = ctx.text;
  const tables = findTables(ctx);
  const found: { start: number; end: number; value: string; confidence: 'high' | 'medium' | 'low' }[] = [];
  const masked: { start: number; end: number }[] = [];

  const excludedByContext = (start: number): boolean => {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (OTHER_LABEL_BEFORE.test(text.slice(Math.max(lineStart, start - 20), start))) return true;
    const cell = columnOf(ctx, tables, start);
    return cell !== null && !cell.info.asinColumns.has(cell.col);
  };

  for (const m of matchAll(B0_ASIN, text)) {
    const token = m[0].toUpperCase();
    const start = m.index;
    const end = start + m[0].length;
    if (isMaskedAsin(token) || isMaskChar(text[end]) || isMaskChar(text[start - 1])) {
      masked.push({ start, end });
      continue;
    }
    if (excludedByContext(start)) continue;
    found.push({ start, end, value: token, confidence: /\d/.test(token.slice(2)) ? 'high' : 'medium' });
  }

  for (const m of matchAll(DIGIT_ASIN, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const direct = ASIN_LABEL_BEFORE.test(text.slice(Math.max(lineStart, start - 120), start));
    const cell = columnOf(ctx, tables, start);
    const inColumn = cell !== null && cell.info.asinColumns.has(cell.col);
    const listed = !direct && !inColumn && inAsinList(ctx, start);
    if (!direct && !inColumn && !listed) continue;
    const checksum = isIsbn10(m[0]);
    if (!checksum && !direct) continue;
    found.push({ start, end, value: m[0], confidence: checksum ? 'high' : 'low' });
  }

  for (const m of matchAll(MASK_TOKEN, text)) {
    if (!isMaskedAsin(m[0])) continue;
    if (masked.some((x) => x.start < m.index + m[0].length && x.end > m.index)) continue;
    masked.push({ start: m.index, end: m.index + m[0].length });
  }
  // Mask-only tokens ("******") count when they sit in a list right after an ASIN label.
  for (const m of matchAll(ASIN_LIST_LABEL, text)) {
    let pos = m.index + m[0].length;
    for (let k = 0; k < 100; k++) {
      const t = LIST_TOKEN.exec(text.slice(pos, pos + 40));
      if (!t) break;
      const start = pos;
      const end = pos + t[1].length;
      if (MASK_ONLY.test(t[1]) && !masked.some((x) => x.start < end && x.end > start)) masked.push({ start, end });
      pos += t[0].length;
      if (!t[2]) break;
    }
  }

  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const asins: Extracted<string>[] = [];
  for (const f of found) {
    if (seen.has(f.value)) continue;
    seen.add(f.value);
    asins.push(extracted(ctx, f.start, f.end, f.value, f.confidence));
  }
  masked.sort((a, b) => a.start - b.start);
  const maskedAsins = masked.map((x) => extracted(ctx, x.start, x.end, text.slice(x.start, x.end), 'high' as const));
  return { asins, maskedAsins };
}
