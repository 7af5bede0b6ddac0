/**
 * E-mail headers (Subject/件名, From/差出人) and the notice language. A forwarded notice carries
 * the seller's own headers on top, so the marketplace's From (an amazon domain) is preferred and
 * the subject is taken from the same header block.
 */
import type { Extracted, NoticeLanguage } from './notice-reader.types';
import { extracted, type ReaderContext } from './context';
import { matchAll } from './segments';

const SUBJECT_LINE = /^[> \t]*(?:subject|件名)[ \t]*[:：][ \t]*(.*\S)[ \t]*$/gim;
const FROM_LINE = /^[> \t]*(?:from|差出人|送信者|送信元)[ \t]*[:：][ \t]*(.*\S)[ \t]*$/gim;
const ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const MARKETPLACE_DOMAIN = /@(?:[\w-]+\.)*amazon\.[a-z.]+$/i;

interface HeaderHit {
  start: number;
  end: number;
  value: string;
}

function headerHits(ctx: ReaderContext, re: RegExp): HeaderHit[] {
  const hits: HeaderHit[] = [];
  for (const m of matchAll(re, ctx.text)) {
    const valueStart = m.index + m[0].indexOf(m[1], m[0].search(/[:：]/) + 1);
    hits.push({ start: valueStart, end: valueStart + m[1].length, value: m[1] });
  }
  return hits;
}

export interface HeaderReading {
  subject: Extracted<string> | null;
  from: Extracted<string> | null;
  /** Normalised-text range of the chosen From value (for other extractors). */
  fromRange: { start: number; end: number } | null;
}

export function readHeaders(ctx: ReaderContext): HeaderReading {
  const froms = headerHits(ctx, FROM_LINE).map((h) => {
    const a = ADDRESS.exec(h.value);
    return a ? { start: h.start + a.index, end: h.start + a.index + a[0].length, value: a[0].toLowerCase(), address: true } : { ...h, address: false };
  });
  const chosenFrom = froms.find((f) => f.address && MARKETPLACE_DOMAIN.test(f.value)) ?? froms[0] ?? null;
  const subjects = headerHits(ctx, SUBJECT_LINE);
  let subject: HeaderHit | null = subjects[0] ?? null;
  if (chosenFrom && subjects.length > 1) {
    // The subject of the same header block (no blank line in between), after the From line first.
    const sameBlock = (a: number, b: number): boolean => !/\n[> \t]*\n/.test(ctx.text.slice(Math.min(a, b), Math.max(a, b)));
    subject =
      subjects.find((h) => h.start > chosenFrom.start && sameBlock(chosenFrom.start, h.start)) ??
      [...subjects].reverse().find((h) => h.start < chosenFrom.start && sameBlock(h.start, chosenFrom.start)) ??
      subject;
  }
  return {
    subject: subject ? extracted(ctx, subject.start, subject.end, subject.value.trim(), 'high') : null,
    from: chosenFrom ? extracted(ctx, chosenFrom.start, chosenFrom.end, chosenFrom.value, chosenFrom.address ? 'high' : 'medium') : null,
    fromRange: chosenFrom ? { start: chosenFrom.start, end: chosenFrom.end } : null,
  };
}

/**
 * Language by weighted character counts: Japanese text carries about 2 characters per word,
 * English about 5 letters, so counts are scaled before comparing. URLs, addresses and ASINs are
 * ignored because they are Latin in any notice.
 */
export function readLanguage(ctx: ReaderContext): NoticeLanguage | null {
  const body = ctx.text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g, ' ')
    .replace(/\b(?:B0[A-Z0-9]{8}|ASIN|SKU|FNSKU|Amazon(?:\.co\.jp|\.com)?|Seller Central|ID)\b/gi, ' ');
  const ja = body.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
  const en = body.match(/[A-Za-z]/g)?.length ?? 0;
  const jaUnits = ja / 2;
  const enUnits = en / 5;
  const total = jaUnits + enUnits;
  if (total < 1) return null;
  if (jaUnits / total >= 0.75) return 'ja';
  if (enUnits / total >= 0.75) return 'en';
  return 'mixed';
}
