/**
 * Sentence and clause boundaries on the normalised text. Decisions such as "is this period the
 * seller's deadline?" or "is this suspension a threat or a fact?" are made per clause/sentence.
 */

export interface Segment {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '!', '?', '！', '？']);
const CLOSERS = new Set(['」', '』', ')', '）', '"', "'", '】', '”', '’']);
/** Words after which "." does not end a sentence ("e.g.", "Inc.", "Jan. 10"). */
const ABBREVIATIONS = new Set(
  'e.g i.e etc inc co ltd no nos mr ms mrs dr vs st approx fig jan feb mar apr jun jul aug sep sept oct nov dec u.s a.m p.m'.split(
    ' ',
  ),
);
const BULLET_START = /^[ \t>]*(?:[-•・*●■◆◇□○◎※►▶]|\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[①-⑳])/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Splits text into sentences. Hard-wrapped lines are joined; short lines (headings, rows) stand alone. */
export function splitSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const push = (end: number): void => {
    if (end > start && /\S/.test(text.slice(start, end))) segments.push({ start, end });
    start = end;
  };
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (TERMINATORS.has(ch)) {
      let j = i + 1;
      while (j < n && (CLOSERS.has(text[j]) || TERMINATORS.has(text[j]))) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' && (i + 1 >= n || /\s/.test(text[i + 1])) && endsSentence(text, i, lineStart)) {
      push(i + 1);
      continue;
    }
    if (ch === '\n') {
      const line = text.slice(lineStart, i);
      const nextEnd = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, nextEnd < 0 ? n : nextEnd);
      if (!isWrappedLine(line) || /^\s*$/.test(nextLine) || BULLET_START.test(nextLine)) push(i);
      lineStart = i + 1;
    }
  }
  push(n);
  return segments;
}

function endsSentence(text: string, dot: number, lineStart: number): boolean {
  const before = text.slice(Math.max(lineStart, dot - 12), dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  if (/^[a-z]$/.test(word)) return false; // initials
  // "1. Submit…" list numbering at line start is not a sentence end.
  if (/^[ \t>]*\d{1,2}$/.test(text.slice(lineStart, dot))) return false;
  return true;
}

/** A line that looks hard-wrapped (long, no terminator) continues on the next line. */
function isWrappedLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || /[:：.。!?！？]$/.test(t)) return false;
  return CJK.test(t) ? t.length >= 30 : t.length >= 60;
}

/** The segment containing `pos` (binary search); a synthetic empty segment when none does. */
export function segmentAt(segments: Segment[], pos: number): Segment {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: pos, end: pos };
}

const CLAUSE_DELIMITER = /[、,;]/;

/**
 * The clause around [start, end): from the previous clause delimiter to the next one inside the
 * sentence, never cutting the match itself (dates like "May 10, 2024" contain commas).
 */
export function clauseAround(text: string, sentence: Segment, start: number, end: number): Segment {
  let s = start;
  while (s > sentence.start && !CLAUSE_DELIMITER.test(text[s - 1])) s--;
  let e = end;
  while (e < sentence.end && !CLAUSE_DELIMITER.test(text[e])) e++;
  return { start: s, end: e };
}

/** Footer / anti-phishing sentences whose keywords ("trademarks of Amazon", "password") mean nothing. */
const BOILERPLATE =
  /©|\(c\)\s*\d{4}|all rights reserved|or its affiliates|trademarks? of amazon|amazon\.com,?\s*inc|登録商標|never ask|お尋ねすることはありません|決してお客様|フィッシング|phishing|this (?:e-?mail|message) was sent|このメールは送信専用|配信専用/i;

export function isBoilerplate(sentenceText: string): boolean {
  return BOILERPLATE.test(sentenceText);
}

/** Offsets of every line as [start, end) pairs (end excludes the newline). */
export function splitLines(text: string): Segment[] {
  const lines: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

/** Runs a global regex over `text`, yielding matches; guards against zero-length loops. */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  // A fresh copy so callers can nest loops over the same pattern safely.
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) g.lastIndex++;
    yield m;
  }
}
