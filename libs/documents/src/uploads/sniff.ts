/**
 * Decides what an uploaded file really is from its first bytes, and whether that agrees with the
 * name the client gave it. Binary formats are recognised by `file-type`; text formats have no magic
 * number, so they are recognised by decoding (see `textOf`).
 *
 * How many bytes are needed (measured against file-type 22):
 * - PDF, PNG, JPEG, WebP, HEIC/HEIF: a few dozen bytes at the start of the file.
 * - DOCX/XLSX: file-type walks the ZIP *local* file headers from the start (it does not read the
 *   central directory at the end). It answers from `[Content_Types].xml` when that entry lies wholly
 *   inside the buffer (Word and Excel write it first; a minimal file needs ~300 bytes), otherwise,
 *   when the buffer ends early, from the first `word/` or `xl/` entry name it has seen (tools that
 *   write `[Content_Types].xml` last). A head that ends before any such entry (e.g. a 200 KB
 *   thumbnail stored first) is reported as a plain `zip` and refused: the price of a bounded head.
 *   64 KiB leaves room for the usual small leading entries (_rels, docProps) and is also what the
 *   upload pipeline holds in memory per upload while the head is checked. Tested with generated
 *   files (sniff.spec.ts), not with a corpus of real Office output.
 * - Text: the head is decoded as a sample; a multi-byte character cut by the head's end is fine.
 */
import { fileTypeFromBuffer } from 'file-type';

/** Bytes of the head handed to `sniffContent` (and held back by the upload pipeline until checked). */
export const SNIFF_BYTES = 64 * 1024;

export const MIME = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  text: 'text/plain',
  csv: 'text/csv',
  eml: 'message/rfc822',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type AllowedMime = (typeof MIME)[keyof typeof MIME];

/** Which claimed extensions (lower case, no dot) are acceptable for each allowed type. */
const EXTENSIONS_BY_MIME: Record<AllowedMime, readonly string[]> = {
  [MIME.pdf]: ['pdf'],
  [MIME.png]: ['png'],
  // Windows saves some web images as .jfif; it is plain JPEG.
  [MIME.jpeg]: ['jpg', 'jpeg', 'jfif'],
  [MIME.webp]: ['webp'],
  [MIME.heic]: ['heic', 'heif'],
  [MIME.heif]: ['heic', 'heif'],
  [MIME.text]: ['txt'],
  [MIME.csv]: ['csv'],
  [MIME.eml]: ['eml'],
  [MIME.docx]: ['docx'],
  [MIME.xlsx]: ['xlsx'],
};

export const ALLOWED_MIME_TYPES: readonly AllowedMime[] = Object.keys(EXTENSIONS_BY_MIME) as AllowedMime[];
export const ALLOWED_EXTENSIONS: readonly string[] = [...new Set(Object.values(EXTENSIONS_BY_MIME).flat())];

/** Encodings accepted for text uploads (Japanese Excel and Seller Central exports are often Shift_JIS). */
export type TextCharset = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export type SniffResult =
  | { ok: true; mime: AllowedMime; extension: string; charset?: TextCharset }
  | { ok: false; reason: 'not_allowed' | 'mismatch' | 'empty'; detected?: string };

/** The lower-case extension of a file name ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export async function sniffContent(head: Buffer, claimedName: string): Promise<SniffResult> {
  if (head.length === 0) return { ok: false, reason: 'empty' };
  const claimed = extensionOf(claimedName);

  const detected = await detectBinary(head);
  if (detected && isAllowedBinary(detected)) return agree(detected, claimed);

  // Not a recognised allowed binary: it may still be text. file-type also matches short ASCII
  // signatures ("BM" → bmp, "MZ" → exe), so a text that happens to start with them stays text;
  // a real binary of those kinds has NUL or control bytes and fails the text test.
  const text = textOf(head);
  if (text) {
    const refused = markupType(text.text) ?? (detected && REFUSED_TEXT_FORMATS.has(detected) ? detected : undefined);
    if (refused) return { ok: false, reason: 'not_allowed', detected: refused };
    const mime: AllowedMime =
      claimed === 'csv' ? MIME.csv : claimed === 'eml' && looksLikeRfc822(text.text) ? MIME.eml : MIME.text;
    return agree(mime, claimed, text.charset);
  }
  return { ok: false, reason: 'not_allowed', detected: detected ?? 'application/octet-stream' };
}

function agree(mime: AllowedMime, claimed: string, charset?: TextCharset): SniffResult {
  if (!EXTENSIONS_BY_MIME[mime].includes(claimed)) return { ok: false, reason: 'mismatch', detected: mime };
  return charset ? { ok: true, mime, extension: claimed, charset } : { ok: true, mime, extension: claimed };
}

const BINARY_MIMES: ReadonlySet<string> = new Set([MIME.pdf, MIME.png, MIME.jpeg, MIME.webp, MIME.heic, MIME.heif, MIME.docx, MIME.xlsx]);

function isAllowedBinary(mime: string): mime is AllowedMime {
  return BINARY_MIMES.has(mime);
}

/** Text-based formats file-type knows that we refuse even though they decode as text. */
const REFUSED_TEXT_FORMATS = new Set(['application/xml', 'application/rtf', 'application/postscript']);

/** file-type's answer, normalised to our MIME names where we allow the format. */
async function detectBinary(head: Buffer): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(head);
  if (!found) return undefined;
  switch (found.ext) {
    case 'pdf':
      return MIME.pdf;
    case 'png':
    case 'apng': // an animated PNG is still a valid PNG to every viewer
      return MIME.png;
    case 'jpg':
      return MIME.jpeg;
    case 'webp':
      return MIME.webp;
    case 'docx':
      return MIME.docx;
    case 'xlsx':
      return MIME.xlsx;
    default:
      // 'heic' covers image/heic, image/heif and the *-sequence types; only still images pass.
      return found.mime;
  }
}

interface DecodedText {
  text: string;
  charset: TextCharset;
}

/**
 * The head as text, or null when it is not text. Accepted: UTF-8 (with or without BOM), UTF-16
 * with a BOM (Excel's "Unicode text"), and Shift_JIS (CP932, what Japanese Windows Excel writes for
 * CSV). ISO-2022-JP mail is 7-bit and passes as UTF-8 (ESC is allowed below). EUC-JP is not
 * recognised (it usually fails both decoders and is refused).
 * No NUL bytes, and at most 1 % other control characters.
 */
export function textOf(head: Buffer): DecodedText | null {
  const candidates: TextCharset[] =
    head[0] === 0xff && head[1] === 0xfe ? ['utf-16le'] : head[0] === 0xfe && head[1] === 0xff ? ['utf-16be'] : ['utf-8', 'shift_jis'];
  for (const charset of candidates) {
    let text: string;
    try {
      // stream: true leaves a multi-byte character cut at the end of the head pending instead of failing.
      text = new TextDecoder(charset, { fatal: true, ignoreBOM: false }).decode(head, { stream: true });
    } catch {
      continue;
    }
    if (isPlausibleText(text)) return { text, charset };
  }
  return null;
}

function isPlausibleText(text: string): boolean {
  if (text.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    // TAB, LF, FF, CR and ESC (ISO-2022-JP shifts) are ordinary in text files.
    const ordinary = c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x1b;
    if (!ordinary && (c < 0x20 || (c >= 0x7f && c <= 0x9f))) controls++;
  }
  return controls <= Math.max(1, text.length / 100);
}

/** HTML, SVG or XML at the start of a text: refused whatever the name says. */
function markupType(text: string): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (!start.startsWith('<')) return undefined;
  if (/^<svg[\s>/]/.test(start) || (start.startsWith('<?xml') && start.includes('<svg'))) return 'image/svg+xml';
  if (start.startsWith('<?xml')) return 'application/xml';
  if (/^<(?:!doctype\s+html|html|head|body|script|iframe|meta|title|style|div|a|p|table|form|img|!--)[\s>/]/.test(start))
    return 'text/html';
  return undefined;
}

/** Header names that mark a saved e-mail; at least one must appear among the header lines. */
const MAIL_HEADERS =
  /^(?:from|to|cc|subject|date|received|message-id|mime-version|return-path|delivered-to|reply-to|sender|in-reply-to|references)$/i;

/**
 * Does the text start like an RFC 822 message: header fields (optionally after an mbox "From "
 * line), continuation lines, then a blank line? At least two fields, one of them a mail header.
 * A header block that runs past the end of the head is accepted.
 */
export function looksLikeRfc822(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let fields = 0;
  let mailFields = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') break;
    if (i === 0 && line.startsWith('From ')) continue;
    if (/^[ \t]/.test(line)) {
      if (fields === 0) return false;
      continue;
    }
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) {
      // The last line may be a field cut off by the end of the head.
      if (i === lines.length - 1 && /^[!-9;-~]+$/.test(line)) break;
      return false;
    }
    fields++;
    if (MAIL_HEADERS.test(m[1])) mailFields++;
  }
  return fields >= 2 && mailFields >= 1;
}
