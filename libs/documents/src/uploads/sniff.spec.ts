import { ALLOWED_EXTENSIONS, MIME, SNIFF_BYTES, extensionOf, looksLikeRfc822, sniffContent, textOf } from './sniff';
import {
  EML,
  SHIFT_JIS_CSV,
  docx,
  elf,
  ftyp,
  gif,
  jpeg,
  noise,
  pdf,
  plainZip,
  png,
  webp,
  windowsExe,
  xlsx,
} from './sample-files.fixture-spec';

const head = (b: Buffer) => b.subarray(0, SNIFF_BYTES);

describe('sniffContent: allowed types with a matching name', () => {
  it.each<[string, () => Buffer, string, string]>([
    ['PDF', () => pdf(), 'invoice.pdf', MIME.pdf],
    ['PDF, upper-case extension', () => pdf(), 'INVOICE.PDF', MIME.pdf],
    ['PNG', png, 'shot.png', MIME.png],
    ['JPEG as .jpg', jpeg, 'photo.jpg', MIME.jpeg],
    ['JPEG as .jpeg', jpeg, 'photo.jpeg', MIME.jpeg],
    ['JPEG as .JFIF', jpeg, 'photo.JFIF', MIME.jpeg],
    ['WebP', webp, 'label.webp', MIME.webp],
    ['HEIC (iPhone, brand heic) as .heic', () => ftyp('heic'), 'IMG_0001.HEIC', MIME.heic],
    ['HEIC as .heif', () => ftyp('heic'), 'IMG_0001.heif', MIME.heic],
    ['HEIF (brand mif1) as .heic', () => ftyp('mif1'), 'IMG_0002.heic', MIME.heif],
    ['DOCX', () => docx(), '仕入先証明.docx', MIME.docx],
    ['DOCX with [Content_Types].xml last', () => docx({ contentTypesLast: true }), 'letter.docx', MIME.docx],
    ['XLSX', xlsx, '仕入一覧.xlsx', MIME.xlsx],
    ['UTF-8 text', () => Buffer.from('仕入先: 株式会社サンプル\n電話: 03-1234-5678\n'), 'memo.txt', MIME.text],
    ['UTF-8 CSV with BOM', () => Buffer.from('\uFEFF日付,金額\r\n2024-05-01,1000\r\n'), 'orders.csv', MIME.csv],
    ['Shift_JIS CSV', () => SHIFT_JIS_CSV, 'orders.csv', MIME.csv],
    ['UTF-16LE text with BOM', () => Buffer.from('\uFEFF注文番号\t金額\r\n', 'utf16le'), 'export.txt', MIME.text],
    ['e-mail', () => Buffer.from(EML), 'notice.eml', MIME.eml],
    ['text that starts with a weak signature ("BM")', () => Buffer.from('BMW parts invoice list\n'), 'list.txt', MIME.text],
  ])('%s', async (_label, make, name, mime) => {
    const result = await sniffContent(head(make()), name);
    expect(result).toMatchObject({ ok: true, mime, extension: extensionOf(name) });
  });

  it('reports the text encoding it recognised', async () => {
    expect(await sniffContent(SHIFT_JIS_CSV, 'a.csv')).toMatchObject({ charset: 'shift_jis' });
    expect(await sniffContent(Buffer.from('abc'), 'a.txt')).toMatchObject({ charset: 'utf-8' });
    expect(await sniffContent(pdf(), 'a.pdf')).not.toHaveProperty('charset');
  });
});

describe('sniffContent: refusals', () => {
  it.each<[string, () => Buffer, string, 'not_allowed' | 'mismatch', string | undefined]>([
    ['PNG renamed .pdf', png, 'invoice.pdf', 'mismatch', MIME.png],
    ['PDF renamed .jpg', () => pdf(), 'photo.jpg', 'mismatch', MIME.pdf],
    ['DOCX renamed .xlsx', () => docx(), 'sheet.xlsx', 'mismatch', MIME.docx],
    ['PDF without extension', () => pdf(), 'invoice', 'mismatch', MIME.pdf],
    ['PDF with a disallowed extension', () => pdf(), 'invoice.exe', 'mismatch', MIME.pdf],
    ['text renamed .pdf', () => Buffer.from('hello'), 'x.pdf', 'mismatch', MIME.text],
    ['plain text named .eml', () => Buffer.from('just a note\nno headers\n'), 'x.eml', 'mismatch', MIME.text],
    ['Windows executable renamed .pdf', windowsExe, 'invoice.pdf', 'not_allowed', 'application/x-msdownload'],
    ['ELF executable renamed .pdf', elf, 'invoice.pdf', 'not_allowed', 'application/x-elf'],
    ['ZIP renamed .pdf', plainZip, 'invoice.pdf', 'not_allowed', 'application/zip'],
    ['ZIP renamed .docx', plainZip, 'invoice.docx', 'not_allowed', 'application/zip'],
    ['HTML renamed .pdf', () => Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), 'a.pdf', 'not_allowed', 'text/html'],
    ['HTML named .txt', () => Buffer.from('  <html><script>alert(1)</script></html>'), 'a.txt', 'not_allowed', 'text/html'],
    ['SVG renamed .pdf', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'a.pdf', 'not_allowed', 'image/svg+xml'],
    ['SVG with XML prolog as .png', () => Buffer.from('<?xml version="1.0"?>\n<svg onload="x()"/>'), 'a.png', 'not_allowed', 'image/svg+xml'],
    ['XML as .txt', () => Buffer.from('<?xml version="1.0"?><a/>'), 'a.txt', 'not_allowed', 'application/xml'],
    ['RTF as .txt', () => Buffer.from('{\\rtf1\\ansi hello}'), 'a.txt', 'not_allowed', 'application/rtf'],
    ['PostScript as .txt', () => Buffer.from('%!PS-Adobe-3.0\n/Times findfont\n'), 'a.txt', 'not_allowed', 'application/postscript'],
    ['GIF (not on the list)', gif, 'a.gif', 'not_allowed', 'image/gif'],
    ['AVIF (not on the list)', () => ftyp('avif', ['avif', 'mif1']), 'a.heic', 'not_allowed', 'image/avif'],
    ['HEIC image sequence', () => ftyp('hevc', ['msf1', 'hevc']), 'a.heic', 'not_allowed', 'image/heic-sequence'],
    ['random binary', () => noise(4096), 'a.pdf', 'not_allowed', 'application/octet-stream'],
  ])('%s', async (_label, make, name, reason, detected) => {
    expect(await sniffContent(head(make()), name)).toEqual({ ok: false, reason, detected });
  });

  it('an empty head is empty, whatever the name', async () => {
    expect(await sniffContent(Buffer.alloc(0), 'invoice.pdf')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('how many bytes DOCX/XLSX detection needs', () => {
  it('recognises a Word-style DOCX from its first ~300 bytes', async () => {
    const file = docx();
    expect((await sniffContent(file.subarray(0, 200), 'a.docx')).ok).toBe(false);
    expect(await sniffContent(file.subarray(0, 400), 'a.docx')).toMatchObject({ ok: true, mime: MIME.docx });
  });

  it('recognises a DOCX whose body entry lies inside SNIFF_BYTES even when [Content_Types].xml is last', async () => {
    const file = docx({ contentTypesLast: true, bigFirstEntry: 1000 });
    expect(file.length).toBeGreaterThan(1000);
    expect(await sniffContent(head(file), 'a.docx')).toMatchObject({ ok: true, mime: MIME.docx });
  });

  it('known gap: a large entry before any word/ entry pushes the evidence past SNIFF_BYTES', async () => {
    const file = docx({ contentTypesLast: true, bigFirstEntry: 2 * SNIFF_BYTES });
    expect(await sniffContent(file, 'a.docx')).toMatchObject({ ok: true }); // whole file: fine
    expect(await sniffContent(head(file), 'a.docx')).toEqual({ ok: false, reason: 'not_allowed', detected: 'application/zip' });
  });
});

describe('textOf', () => {
  it.each<[string, Buffer, string | null]>([
    ['ASCII', Buffer.from('hello\tworld\r\n'), 'utf-8'],
    ['ISO-2022-JP (7-bit with ESC)', Buffer.from('\x1b$B@A5aJq\x1b(B\r\n', 'latin1'), 'utf-8'],
    ['NUL byte', Buffer.from('abc\0def'), null],
    ['many control characters', Buffer.from('a\x01b\x02c\x03d\x04'), null],
    ['invalid in both UTF-8 and Shift_JIS', Buffer.from([0x61, 0xff, 0xfe, 0xfd]), null],
    // "請求書の日付,金額\n2024年5月1日,1000円\n" in EUC-JP: not recognised.
    ['EUC-JP', Buffer.from('c0c1b5e1bdf1a4cec6fcc9d52cb6e2b3db0a32303234c7af35b7ee31c6fc2c31303030b1df0a', 'hex'), null],
  ])('%s', (_label, bytes, charset) => {
    expect(textOf(bytes)?.charset ?? null).toBe(charset);
  });

  it('accepts a UTF-8 character cut in half by the end of the head', () => {
    const bytes = Buffer.from('請求書'.repeat(10));
    expect(textOf(bytes.subarray(0, bytes.length - 1))?.charset).toBe('utf-8');
  });
});

describe('looksLikeRfc822', () => {
  it.each<[string, string, boolean]>([
    ['a saved message', EML, true],
    ['mbox "From " line first', 'From seller@example.jp Mon May 13 09:12:00 2024\nFrom: a@b.jp\nSubject: x\n\nbody', true],
    ['headers cut by the end of the head', 'Received: from a\n\tby b\nFrom: a@b.jp\nDKIM-Signa', true],
    ['one header only', 'Subject: hello\n\nbody', false],
    ['headers that are not mail headers', 'Foo: 1\nBar: 2\n\nbody', false],
    ['prose', 'Dear team,\nplease find attached\n', false],
    ['continuation before any field', '  indented\nFrom: a\n', false],
  ])('%s', (_label, text, expected) => {
    expect(looksLikeRfc822(text)).toBe(expected);
  });
});

describe('extensionOf / ALLOWED_EXTENSIONS', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['dir/a.b.csv', 'csv'],
    ['C:\\x\\y.HEIF', 'heif'],
    ['.pdf', ''],
    ['noext', ''],
  ])('%s → %s', (name, ext) => expect(extensionOf(name)).toBe(ext));

  it('lists every accepted extension once', () => {
    expect([...ALLOWED_EXTENSIONS].sort()).toEqual(
      ['csv', 'docx', 'eml', 'heic', 'heif', 'jfif', 'jpeg', 'jpg', 'pdf', 'png', 'txt', 'webp', 'xlsx'].sort(),
    );
  });
});
