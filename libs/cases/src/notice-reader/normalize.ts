/**
 * Normalises a pasted notice into plain, half-width text while remembering, for every
 * normalised UTF-16 unit, which range of the ORIGINAL string produced it. All matching runs on
 * the normalised text; every span handed back is mapped to the original through `spanOf`.
 *
 * What is folded: NFKC (full-width digits/letters/colons, half-width katakana), CRLF/CR → LF,
 * zero-width characters, HTML tags/comments/entities (only when the text looks like HTML),
 * quoted-printable soft breaks and =XX bytes (only when the text looks quoted-printable).
 */
import type { Span } from './notice-reader.types';

export interface NormalizedText {
  original: string;
  text: string;
  /** starts[i] = original offset where normalised unit i begins. */
  starts: number[];
  /** ends[i] = original offset (exclusive) where normalised unit i ends. */
  ends: number[];
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/** Tags that become a line break, a tab, or vanish. Anything else in <…> is kept (e.g. <a@b.c>). */
const BLOCK_TAGS = new Set(
  'br p div tr li ul ol h1 h2 h3 h4 h5 h6 table tbody thead tfoot hr blockquote pre center section article header footer title html body head'.split(
    ' ',
  ),
);
const CELL_TAGS = new Set(['td', 'th']);
const INLINE_TAGS = new Set(
  'a b i u s em strong span font small big sup sub tt img meta link col colgroup caption o:p label wbr abbr code mark'.split(
    ' ',
  ),
);
const SKIP_CONTENT_TAGS = new Set(['style', 'script']);

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: ' ',
  emsp: ' ',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  laquo: '«',
  raquo: '»',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
};

const TAG_AT = /<(\/?)([a-zA-Z][a-zA-Z0-9:]*)(?:\s[^<>]{0,500})?\/?>/y;
const ENTITY_AT = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
const QP_BYTES_AT = /(?:=[0-9A-F]{2})+/y;
const COMBINING = /^[\p{M}\uFF9E\uFF9F]$/u;

function looksHtml(s: string): boolean {
  return /<\/?(?:br|p|div|td|tr|table|span|html|body|font|b|strong)\b[^<>]{0,500}>/i.test(s);
}

function looksQuotedPrintable(s: string): boolean {
  if (/quoted-printable/i.test(s)) return true;
  const softBreaks = s.match(/=\r?\n/g)?.length ?? 0;
  const byteRuns = s.match(/(?:=[0-9A-F]{2}){2,}/g)?.length ?? 0;
  return softBreaks >= 2 || byteRuns >= 3;
}

/** Length in bytes of a UTF-8 sequence starting with `lead`, or 0 when `lead` cannot start one. */
function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function normalizeText(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      starts.push(from);
      ends.push(to);
    }
  };
  const html = looksHtml(original);
  const qp = looksQuotedPrintable(original);
  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // Line endings: CRLF and lone CR both become LF.
    if (c === 0x0d) {
      const len = original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      emit('\n', i, i + len);
      i += len;
      continue;
    }
    if (ZERO_WIDTH.has(c)) {
      i++;
      continue;
    }
    if (qp && c === 0x3d /* = */) {
      if (original[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (original[i + 1] === '\r' && original[i + 2] === '\n') {
        i += 3;
        continue;
      }
      QP_BYTES_AT.lastIndex = i;
      const m = QP_BYTES_AT.exec(original);
      if (m) {
        i = emitQuotedPrintable(m[0], i, emit);
        continue;
      }
    }
    if (html && c === 0x3c /* < */) {
      const next = skipHtml(original, i, emit);
      if (next > i) {
        i = next;
        continue;
      }
    }
    if (html && c === 0x26 /* & */) {
      ENTITY_AT.lastIndex = i;
      const m = ENTITY_AT.exec(original);
      const decoded = m ? decodeEntity(m[1]) : null;
      if (m && decoded !== null) {
        emit(decoded.normalize('NFKC'), i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    // Plain character: fast path for ASCII, otherwise NFKC over the character and its combining marks.
    if (c < 0x80) {
      emit(original[i], i, i + 1);
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n) {
      const cp = original.codePointAt(j) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    emit(original.slice(i, j).normalize('NFKC'), i, j);
    i = j;
  }
  return { original, text: out.join(''), starts, ends };
}

/** Decodes a run of =XX bytes; undecodable bytes are kept literally. Returns the next index. */
function emitQuotedPrintable(
  run: string,
  at: number,
  emit: (s: string, from: number, to: number) => void,
): number {
  const bytes: number[] = [];
  for (let k = 0; k < run.length; k += 3) bytes.push(parseInt(run.slice(k + 1, k + 3), 16));
  let b = 0;
  while (b < bytes.length) {
    const len = utf8Length(bytes[b]);
    const from = at + b * 3;
    let decoded: string | null = null;
    if (len > 0 && b + len <= bytes.length) {
      try {
        decoded = strictUtf8.decode(Uint8Array.from(bytes.slice(b, b + len)));
      } catch {
        decoded = null;
      }
    }
    if (decoded === null) {
      emit(run.slice(b * 3, b * 3 + 3), from, from + 3);
      b += 1;
    } else {
      emit(decoded.normalize('NFKC'), from, from + len * 3);
      b += len;
    }
  }
  return at + run.length;
}

/** Handles an HTML tag or comment at `i`; returns the index after it, or `i` when it is not one. */
function skipHtml(
  s: string,
  i: number,
  emit: (s: string, from: number, to: number) => void,
): number {
  if (s.startsWith('<!--', i)) {
    const close = s.indexOf('-->', i + 4);
    return close < 0 ? i : close + 3;
  }
  TAG_AT.lastIndex = i;
  const m = TAG_AT.exec(s);
  if (!m) return i;
  const name = m[2].toLowerCase();
  const end = i + m[0].length;
  if (BLOCK_TAGS.has(name)) {
    emit('\n', i, end);
    return end;
  }
  if (CELL_TAGS.has(name)) {
    emit('\t', i, end);
    return end;
  }
  if (INLINE_TAGS.has(name)) return end;
  if (SKIP_CONTENT_TAGS.has(name) && m[1] === '') {
    const closeIdx = s.toLowerCase().indexOf(`</${name}`, end);
    if (closeIdx < 0) return end;
    const gt = s.indexOf('>', closeIdx);
    return gt < 0 ? s.length : gt + 1;
  }
  return i;
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/** Maps a normalised range [start, end) to a span of the original text. */
export function spanOf(norm: NormalizedText, start: number, end: number): Span {
  const len = norm.starts.length;
  if (len === 0) return { start: 0, end: 0, text: '' };
  const s = Math.max(0, Math.min(start, len - 1));
  const e = Math.max(s + 1, Math.min(end, len));
  const oStart = norm.starts[s];
  const oEnd = Math.max(oStart, norm.ends[e - 1]);
  return { start: oStart, end: oEnd, text: norm.original.slice(oStart, oEnd) };
}
