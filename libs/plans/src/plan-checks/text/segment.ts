/**
 * Splits a section body into lines, sentences and paragraphs, keeping UTF-16 offsets into the
 * original body so findings can point at the exact text. Everything here is a single linear pass.
 */

export interface Line {
  start: number;
  /** End of the line's text, without the newline or a trailing `\r`. */
  end: number;
  /** Where the text starts after indentation and any bullet marker. */
  contentStart: number;
  isBullet: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** The original text, `body.slice(start, end)`. */
  text: string;
  /** Same length as `text`, with quoted passages (「…」, "…") blanked out by MASK_CHAR. */
  masked: string;
  line: number;
  isBullet: boolean;
  /** The sentence is the whole content of its line (headings, labels, one-sentence bullets). */
  wholeLine: boolean;
  /** Ends with sentence punctuation (。.!? etc.), as opposed to ending at a line break. */
  terminated: boolean;
  /** Script flags, so patterns of the other language are skipped without running them. */
  hasCjk: boolean;
  hasLatin: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export interface SegmentedText {
  body: string;
  masked: string;
  lines: Line[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

/** Replaces quoted characters; chosen because it occurs in no pattern and is never a word character. */
export const MASK_CHAR = '〓';

const QUOTE_CLOSER: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '"': '"' };
const STRONG_TERMINATORS = new Set(['。', '！', '？', '!', '?', '．']);
const CLOSERS = new Set(['」', '』', '）', ')', '”', '"', '’', '】', ']']);
const WHITESPACE = new Set([' ', '\t', '\u3000', '\r']);
const LINE_FINAL = new Set(['。', '．', '.', '!', '?', '！', '？', ':', '：', '」', '』', '）', ')']);

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'no', 'nos', 'vs', 'approx', 'inc', 'ltd', 'co', 'corp', 'st',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'ref', 'dept',
  'p', 'pp', 'u.s', 'a.m', 'p.m', 'cf', 'est', 'min', 'max', 'attn',
]);

/**
 * Bullet markers at the start of a line: ・ - * • ● ■ ✓, `1.` `1)` `（1）` `①` `a)` `一、` `Step 1:`.
 * Sticky, so it is tested at a line start without slicing the body.
 */
const BULLET_RE =
  /[ \t\u3000]*(?:[・\-*•●○◆◇■□▪▫►▶➤✓✔☑]|(?:\d{1,2}|[０-９]{1,2})[.．)）](?![0-9０-９])|[(（](?:\d{1,2}|[０-９]{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,2})[)）]|[①-⑳⑴-⒇㈠-㈩]|[a-zA-Z][.)](?=[ \t])|[一二三四五六七八九十]{1,2}[、．](?![0-9])|(?:Step|STEP|ステップ)\s*\d+[.:：)]?)[ \t\u3000]*/y;
const INDENT_RE = /[ \t\u3000]*/y;

const OPENER_RE = /[「『“"]/g;

export function maskQuotes(body: string): string {
  OPENER_RE.lastIndex = 0;
  let m = OPENER_RE.exec(body);
  if (m === null) return body;
  const parts: string[] = [];
  let last = 0;
  // Cached "next position ≥ i" of each closer and of the newline: i only grows, so each is found
  // once per occurrence and unmatched openers cannot make this quadratic.
  const next = new Map<string, number>();
  const nextOf = (ch: string, from: number): number => {
    const cached = next.get(ch);
    if (cached !== undefined && (cached === -1 || cached >= from)) return cached;
    const at = body.indexOf(ch, from);
    next.set(ch, at);
    return at;
  };
  for (; m !== null; m = OPENER_RE.exec(body)) {
    const i = m.index;
    const closer = QUOTE_CLOSER[m[0]];
    const j = nextOf(closer, i + 1);
    const nl = nextOf('\n', i);
    // A quote left open on its line is treated as a stray mark, not as quoting the rest.
    if (j === -1 || (nl !== -1 && j > nl)) continue;
    parts.push(body.slice(last, i + 1), MASK_CHAR.repeat(j - i - 1));
    last = j;
    OPENER_RE.lastIndex = j + 1;
  }
  parts.push(body.slice(last));
  return parts.join('');
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || WHITESPACE.has(ch) || ch === '\n';
}

/** True when the `.` at `i` ends an English sentence (not a decimal, abbreviation or initial). */
function isSentencePeriod(text: string, i: number, lineEnd: number): boolean {
  let k = i + 1;
  while (k < lineEnd && CLOSERS.has(text[k])) k++;
  if (k < lineEnd && !isSpace(text[k])) return false;
  let w = i;
  while (w > 0 && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false;
  return !ABBREVIATIONS.has(word);
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    let nl = body.indexOf('\n', start);
    if (nl === -1) nl = body.length;
    let end = nl;
    if (end > start && body[end - 1] === '\r') end--;
    BULLET_RE.lastIndex = start;
    const bullet = BULLET_RE.exec(body);
    let contentStart: number;
    let isBullet = false;
    if (bullet && bullet.index === start && start + bullet[0].length <= end && bullet[0].trim() !== '') {
      contentStart = start + bullet[0].length;
      isBullet = true;
    } else {
      INDENT_RE.lastIndex = start;
      INDENT_RE.exec(body);
      contentStart = Math.min(INDENT_RE.lastIndex, end);
    }
    lines.push({ start, end, contentStart, isBullet });
    start = nl + 1;
  }
  return lines;
}

function pushSentence(out: Sentence[], seg: { body: string; masked: string }, s: number, e: number, lineIdx: number, line: Line, terminated: boolean): void {
  const [start, end] = trimRange(seg.body, s, e);
  if (end <= start) return;
  const [, lineEnd] = trimRange(seg.body, line.contentStart, line.end);
  const masked = seg.masked.slice(start, end);
  out.push({
    start,
    end,
    text: seg.body.slice(start, end),
    masked,
    line: lineIdx,
    isBullet: line.isBullet,
    wholeLine: start === line.contentStart && end === lineEnd,
    terminated,
    hasCjk: CJK_TEST_RE.test(masked),
    hasLatin: LATIN_TEST_RE.test(masked),
  });
}

/**
 * An English quotation that ends its sentence: `…refund." We refunded.` The terminator inside the
 * quote is masked, so the closing quote decides. Japanese 「…。」と続く is not an end.
 */
function closesQuotedSentence(body: string, i: number, lineEnd: number): boolean {
  if (body[i] !== '"' && body[i] !== '”') return false;
  if (!/[.!?]/.test(body[i - 1] ?? '')) return false;
  let k = i + 1;
  while (k < lineEnd && isSpace(body[k])) k++;
  return k === lineEnd || (k > i + 1 && /[A-Z]/.test(body[k]));
}

/** Candidate sentence ends; found natively so the per-character work stays off the JS side. */
const CANDIDATE_END_RE = /[。！？!?．.”"]/g;

export function splitSentences(body: string, masked: string, lines: Line[]): Sentence[] {
  const out: Sentence[] = [];
  const seg = { body, masked };
  lines.forEach((line, lineIdx) => {
    let s = line.contentStart;
    CANDIDATE_END_RE.lastIndex = line.contentStart;
    for (let m = CANDIDATE_END_RE.exec(masked); m !== null && m.index < line.end; m = CANDIDATE_END_RE.exec(masked)) {
      const i = m.index;
      const ch = m[0];
      const ends =
        STRONG_TERMINATORS.has(ch) || (ch === '.' && isSentencePeriod(masked, i, line.end)) || closesQuotedSentence(body, i, line.end);
      if (!ends) continue;
      let e = i + 1;
      while (e < line.end && (STRONG_TERMINATORS.has(masked[e]) || CLOSERS.has(masked[e]))) e++;
      pushSentence(out, seg, s, e, lineIdx, line, true);
      s = e;
      CANDIDATE_END_RE.lastIndex = e;
    }
    if (s < line.end) pushSentence(out, seg, s, line.end, lineIdx, line, false);
  });
  return out;
}

/** A short line without final punctuation: a heading, a label or a salutation. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[【\[#■□◆].*[】\]]?$/.test(t) && t.length <= 60 && !/[。.!?！？]$/.test(t)) return true;
  // A short label such as "Summary:" or 「概要：」 is a heading too.
  if (t.length <= 40 && /[:：]$/.test(t)) return true;
  return t.length <= 40 && !LINE_FINAL.has(t[t.length - 1]);
}

/**
 * Paragraphs: runs of lines separated by blank lines. A line that ends without final punctuation
 * continues into the next (hard-wrapped text), while bullets and headings always stand alone,
 * so a Japanese plan with one sentence per line is not read as one giant paragraph.
 */
export function splitParagraphs(body: string, lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let pStart = -1;
  let pEnd = -1;
  let prevContinues = false;
  const close = (): void => {
    if (pStart >= 0) {
      const [s, e] = trimRange(body, pStart, pEnd);
      if (e > s) out.push({ start: s, end: e, text: body.slice(s, e) });
    }
    pStart = -1;
  };
  for (const line of lines) {
    const [s, e] = trimRange(body, line.start, line.end);
    if (e <= s) {
      close();
      prevContinues = false;
      continue;
    }
    if (pStart < 0 || line.isBullet || !prevContinues) {
      close();
      pStart = line.start;
    }
    pEnd = line.end;
    const text = body.slice(s, e);
    prevContinues = !LINE_FINAL.has(text[text.length - 1]) && !isHeadingLike(text) && !line.isBullet;
  }
  close();
  return out;
}

export function segment(body: string): SegmentedText {
  const masked = maskQuotes(body);
  const lines = splitLines(body);
  return { body, masked, lines, sentences: splitSentences(body, masked, lines), paragraphs: splitParagraphs(body, lines) };
}

// ---------------------------------------------------------------------------------------------
// Measuring

export const CJK_TEST_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e\uff66-\uff9f]/;
export const LATIN_TEST_RE = /[A-Za-z]/;
const NON_CJK_RE = /[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e\uff66-\uff9f]+/g;
const WORD_RE = /[A-Za-z0-9][A-Za-z0-9'’\-]*/g;
/** ASINs, SKUs and order numbers: listing them is not prose and should not count as words. */
const IDENTIFIER_RE = /^(?=.*\d)[A-Za-z0-9\-]{6,}$/;

export function countChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD_RE)) if (!IDENTIFIER_RE.test(m[0])) n++;
  return n;
}

/** Japanese when at least a quarter of the visible characters are kana, kanji or full-width. */
export function isJapaneseText(text: string): boolean {
  const visible = countChars(text);
  if (visible === 0) return false;
  return text.replace(NON_CJK_RE, '').length * 4 >= visible;
}
