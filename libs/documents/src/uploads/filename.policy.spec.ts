import { MAX_FILENAME_BYTES, asciiFallback, contentDisposition, encodeRfc5987, sanitizeFilename } from './filename.policy';

describe('sanitizeFilename', () => {
  it.each<[string, string]>([
    ['invoice.pdf', 'invoice.pdf'],
    ['請求書_2024年.pdf', '請求書_2024年.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\x\\y.pdf', 'y.pdf'],
    ['\\\\server\\share\\領収書.PDF', '領収書.PDF'],
    ['dir/sub/', 'file'],
    ['a\u0000b.pdf', 'ab.pdf'],
    ['line\r\nbreak.txt', 'line break.txt'],
    ['tab\there.txt', 'tab here.txt'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u2066hidden\u2069.pdf', 'hidden.pdf'],
    ['zero\u200Bwidth.pdf', 'zerowidth.pdf'],
    ['.htaccess', 'htaccess'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['..', 'file'],
    ['', 'file'],
    ['   ', 'file'],
    ['\u0001\u0002', 'file'],
    ['trailing dots...', 'trailing dots'],
    ['  spaced   name .pdf ', 'spaced name .pdf'],
    ['what?<>:"|*.pdf', 'what_______.pdf'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['NUL.pdf', '_NUL.pdf'],
    ['com1.tar.gz', '_com1.tar.gz'],
    ['LPT9.csv', '_LPT9.csv'],
    ['CONSOLE.pdf', 'CONSOLE.pdf'],
    ['ファイル名.pdf', 'ファイル名.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it('normalises to NFC (macOS sends decomposed kana)', () => {
    const decomposed = 'ハ\u309Aスホ\u309Aート.pdf'; // パスポート in NFD
    expect(sanitizeFilename(decomposed)).toBe('パスポート.pdf');
    expect(sanitizeFilename(decomposed)).toBe(sanitizeFilename('パスポート.pdf'));
  });

  it('trims long ASCII names to the byte limit and keeps the extension', () => {
    const out = sanitizeFilename(`${'a'.repeat(300)}.pdf`);
    expect(Buffer.byteLength(out)).toBe(MAX_FILENAME_BYTES);
    expect(out.endsWith('.pdf')).toBe(true);
  });

  it('trims long Japanese names at a character boundary', () => {
    const out = sanitizeFilename(`${'請求書'.repeat(40)}.xlsx`); // 360 bytes of base
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
    expect(out.endsWith('.xlsx')).toBe(true);
    expect(out).not.toContain('\uFFFD');
    expect(out.slice(0, -5)).toMatch(/^(?:請求書)+請?求?$/u);
  });

  it('never splits an emoji or a combining sequence', () => {
    const family = '👨‍👩‍👧';
    const out = sanitizeFilename(`${family.repeat(30)}.png`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
    expect(out.replace('.png', '').split(family).every((part) => part === '')).toBe(true);
  });

  it('treats an over-long "extension" as part of the name', () => {
    const out = sanitizeFilename(`report.${'x'.repeat(300)}`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
    expect(out.startsWith('report.')).toBe(true);
  });

  it('is idempotent', () => {
    for (const name of ['../../a.pdf', 'CON.txt', `${'長'.repeat(100)}.pdf`, '\u202Eabc', '請求書_2024年.pdf']) {
      const once = sanitizeFilename(name);
      expect(sanitizeFilename(once)).toBe(once);
    }
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('請求書_2024年.pdf')).toBe(
      `attachment; filename="_2024_.pdf"; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8_2024%E5%B9%B4.pdf`,
    );
  });

  it('keeps plain ASCII names as they are', () => {
    expect(contentDisposition('invoice-2024.pdf')).toBe(`attachment; filename="invoice-2024.pdf"; filename*=UTF-8''invoice-2024.pdf`);
  });

  it('cannot be used to inject header content', () => {
    const value = contentDisposition('a"; filename="evil.exe\r\nSet-Cookie: x=1.pdf');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value.match(/"/g)).toHaveLength(2);
    expect(value).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
  });

  it('uses "file" when nothing readable survives in ASCII', () => {
    expect(asciiFallback('領収書.pdf')).toBe('file.pdf');
    expect(asciiFallback('写真.ＪＰＧ')).toBe('file.JPG'); // full-width letters fold to ASCII
    expect(asciiFallback('café menu.pdf')).toBe('cafe menu.pdf');
  });

  it('percent-encodes everything outside RFC 5987 attr-char', () => {
    expect(encodeRfc5987("it's (1)*.pdf")).toBe('it%27s%20%281%29%2A.pdf');
  });
});
