/**
 * File names as clients send them are untrusted: they can carry paths, control characters,
 * right-to-left overrides that disguise "gpj.exe" as "exe.jpg", Windows device names, or be
 * hundreds of bytes long. The sanitised name is what we store and show; it keeps Japanese text.
 */

/** Longest stored name, in UTF-8 bytes (well under the 255-byte limit of common file systems). */
export const MAX_FILENAME_BYTES = 200;

const FALLBACK_NAME = 'file';

/** Extensions longer than this are treated as part of the base name when trimming. */
const MAX_EXTENSION_BYTES = 16;

// C0 and C1 control characters and DEL (NUL included).
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and friends), zero-width space, word
// joiners, BOM. ZWJ/ZWNJ (U+200C/D) stay: emoji sequences and some scripts need them.
const INVISIBLE_CHARS = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Characters Windows refuses in names; '"' also matters for header values.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
// Device names Windows reserves whatever the extension (CON.txt opens the console).
const RESERVED_WINDOWS_NAMES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function sanitizeFilename(name: string): string {
  let s = String(name ?? '').normalize('NFC');
  // Only the last path segment counts, whether the client sent '/' or '\' separators.
  s = s.split(/[\\/]/).pop() ?? '';
  s = s.replace(/[\t\r\n]+/g, ' ').replace(CONTROL_CHARS, '').replace(INVISIBLE_CHARS, '').replace(WINDOWS_FORBIDDEN, '_');
  s = s.replace(/\s+/g, ' ').trim();
  // Leading dots hide files and make '..' possible; Windows drops trailing dots and spaces.
  s = s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (s === '') return FALLBACK_NAME;

  const { base, extension } = splitExtension(s);
  const device = base.split('.')[0].trim();
  const safeBase = RESERVED_WINDOWS_NAMES.test(device) ? `_${base}` : base;
  return trimToBytes(safeBase, extension, MAX_FILENAME_BYTES);
}

function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { base: name, extension: '' };
  const extension = name.slice(dot); // with the dot
  if (Buffer.byteLength(extension) > MAX_EXTENSION_BYTES || /\s/.test(extension)) return { base: name, extension: '' };
  return { base: name.slice(0, dot), extension };
}

/** Cut the base name at a whole character (grapheme) so that base + extension fits the byte budget. */
function trimToBytes(base: string, extension: string, maxBytes: number): string {
  if (Buffer.byteLength(base) + Buffer.byteLength(extension) <= maxBytes) return base + extension;
  const budget = maxBytes - Buffer.byteLength(extension);
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(base)) {
    const size = Buffer.byteLength(segment);
    if (used + size > budget) break;
    kept += segment;
    used += size;
  }
  kept = kept.replace(/[.\s]+$/, '');
  return (kept === '' ? FALLBACK_NAME : kept) + extension;
}

/**
 * A `Content-Disposition` value that downloads the file under its name in every browser:
 * an ASCII `filename` for old clients and the exact UTF-8 name in `filename*` (RFC 6266, RFC 5987).
 */
export function contentDisposition(filename: string): string {
  const name = sanitizeFilename(filename);
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Accents dropped (é → e), other non-ASCII runs replaced by '_'; 'file' when nothing readable is left. */
export function asciiFallback(name: string): string {
  const { base, extension } = splitExtension(name);
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]+/g, '_')
      .replace(/["\\%;]/g, '_')
      .replace(/_+/g, '_');
  const asciiBase = ascii(base);
  const asciiExtension = ascii(extension);
  const readable = /[A-Za-z0-9]/.test(asciiBase) ? asciiBase : FALLBACK_NAME;
  return readable + (/^\.[A-Za-z0-9]+$/.test(asciiExtension) ? asciiExtension : '');
}

/** Percent-encoding that leaves only RFC 5987 `attr-char` unescaped. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
