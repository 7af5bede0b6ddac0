/**
 * Decides whose clock a period is on. A number alone says nothing ("within 24 hours" can be the
 * seller's deadline or the marketplace's call-back promise), so every period is classified by the
 * words around it: first fixed phrases next to it, then the nearest cue word in its clause, then in
 * its sentence.
 */
import type { NonDeadlineKind } from './notice-reader.types';
import { clauseOf, distance, sentenceAt, type ReaderContext } from './context';
import { matchAll, type Segment } from './segments';

export type PeriodKind = NonDeadlineKind | 'deadline';

export interface Classification {
  kind: PeriodKind;
  /** For deadlines: 3 = explicit (label / anchored phrase), 2 = seller action, 1 = only a consequence. */
  score: number;
  anchor: 'receipt' | 'today';
}

/** Cue families in tie-break priority: the marketplace's clocks first, the seller's last. */
const FAMILIES: { kind: PeriodKind | 'consequence'; re: RegExp }[] = [
  { kind: 'callback', re: /電話|\bphone\b|\bcall(?:s|ed|back)?\b|コールバック|折り返し/gi },
  {
    kind: 'funds_hold',
    re: /\bfunds?\b|\bpayments?\b|disbursements?|payouts?|\bbalance\b|売上金|売上|支払い?|入金|残高|資金|預り金|送金|振込|振り込み|\bheld\b|\bwithh(?:e|o)ld\w*|保留|留保/gi,
  },
  {
    kind: 'review_duration',
    re: /審査期間|審査中|\bunder review\b|審査(?:には|に|の結果|結果|いたします|します|させていただきます|を行|を完了|が完了)|調査(?:には|いたします|します)|確認(?:には|いたします|させていただきます)|\b(?:(?:our|the|this)\s+)?(?:review|investigation)(?:\s+process)?\s+(?:generally|usually|typically|normally|may|can|will)?\s*takes?\b|\b(?:our|the|this)\s+(?:review|investigation)\b|\btakes\b|\b(?:may|can|might|will|should|generally|usually|typically|normally) take\b|\bwe(?:'ll| will| may| aim to| try to)\s+(?:review|respond|reply|get back|contact|notify|investigate|reach out|follow up|send you)|\byou (?:will|should) (?:receive|hear)\b|\bwill be (?:reviewed|processed|reinstated|reactivated)\b|\bwill (?:review|investigate|get back to you|be in touch)\b|(?:ご連絡|連絡|回答|返信|ご返信|ご回答|お知らせ)(?:いたします|致します|させていただきます|を差し上げます)|(?:当社|弊社)(?:から|より|にて|で|は)|\btakes? up to\b|かかります|かかる場合|要します|要する場合|処理/gi,
  },
  {
    kind: 'policy_requirement',
    re: /\bbuyers?\b|購入者|\bcustomer (?:messages?|inquir\w*|questions?|contacts?)|\bship(?:s|ped|ping)?\b|\bdispatch\w*|出荷|発送|配送|お届け|返金|\brefunds?\b/gi,
  },
  {
    kind: 'deadline',
    re: /\bsubmit(?:ting|\b)|\bsubmission\b|\bsend\b|\bprovide\b|\brespond\b|\breply\b|(?<!\b(?:your|the|an|this|my|our|two|unsuccessful|of)\s)\bappeal(?:ing|\b)|\bupload\w*|\btake (?:action|the (?:following )?steps)|\bresolve\b|\baddress\b|\bcorrect\b|\bfix\b|\bcomplete\b|\bverify\b|\byou must\b|\byou need to\b|\bplease\b|if we do not receive|we have not received|do not hear from you|提出(?!いただいた|いただきました|された|されました|済|後)|送信|送付|お送り|ご提供|提供して|ご対応|対応して(?:ください|いただ)|対応(?:いただ|をお願い|が(?:ない|確認でき))|対応(?:され|し)(?:ない|なかっ)|ご回答(?:ください|を|いただ)|回答して|ご返信(?:ください|を|いただ)|返信して|(?:申し立て|申立て?)(?:を(?:行|して|お願い)|して|てください|ください|が(?:ない|なけれ|行われない))|アップロード|修正|手続き|講じ|ください|必要があります|必要がございます|お願い(?:いたします|します|申し上げます)|ご連絡(?:ください|を(?:お願い|いただ))/gi,
  },
  {
    kind: 'consequence',
    re: /\bif you do not\b|\bif you don't\b|\bunless\b|\botherwise\b|\bfailure to\b|\bfail to\b|場合|ないと|なければ|いただけない/gi,
  },
];

const MARKETPLACE_SUBJECT =
  /\b(?:we|amazon|our\s+(?:team|investigators?|specialists?|reviewers?))\s+(?:(?!you\b|not\b|do\b|don't\b|receive\w*\b)[\w']+\s+){0,5}$/i;
const DEADLINE_LABEL = /(?<!消費|賞味|使用|有効)期限(?!切れ)|締切|締め切り|\bdeadline\b|\bdue (?:date|by)\b|\bno later than\b/i;
const RECEIPT_BEFORE =
  /(?:この|本)(?:通知|メール|メッセージ|お知らせ)(?:の(?:日付|送信日|受信日))?から\s*$|(?:この|本)(?:通知|メール|メッセージ|お知らせ|ご連絡|連絡)を?(?:お)?(?:受け取|受信|受領|受け)[^、,。]{0,12}$|受け取ってから\s*$|受信(?:して|後)から?\s*$/;
const RECEIPT_AFTER =
  /^\s*(?:of|from|after)\s+(?:receiving|receipt|the date of (?:this|receipt)|this (?:notice|e-?mail|message|notification))/i;
const TODAY_BEFORE = /(?:\bbeginning|\bstarting|\beffective)\s*$|(?:本日|今日|当日)から(?:起算して)?\s*$/i;
const TODAY_AFTER = /^\s*(?:from|after)\s+(?:today|now)\b/i;
const YOU_HAVE = /\byou (?:have|will have)\s+(?:only\s+)?$/i;

const BACK_BEFORE =
  /(?:\b(?:last|past|previous|prior|preceding)|過去|直近|これまでの|前の)\s*$|\b(?:dated|issued|generated|created|purchased)\s+(?:within|in)\s+(?:the\s+)?$|発行(?:日|されて)?から\s*$|日付から\s*$/i;
const BACK_AFTER =
  /^\s*(?:ago\b|old\b|prior to\b|前(?!に)|以内に(?:発行|作成|購入|取得|日付)|以内の(?:日付|もの|発行|請求書|領収書)|以前)/i;
const DOCUMENT_WORDS = /invoice|receipt|請求書|領収書|納品書|インボイス|書類|documents?|purchase|仕入|購入|発行|issued|dated/i;

const PERIOD_BEFORE =
  /(?:\bwithin|\bin|\bfor|\bup to|\bover|\bafter|\bbeginning|\bstarting|\blast|\bpast|\bnext|\bprevious|\bprior|\bleast|\bthan|\btakes?|\bhave|過去|直近|最大|最長|約|少なくとも|から|より|期間は)\s*(?:the\s+)?(?:next\s+|last\s+|past\s+|following\s+|first\s+)?(?:up to\s+)?$/i;
const PERIOD_AFTER =
  /^\s*(?:以内|以降|後|経過|まで|\bago\b|\bfrom\b|\bold\b|\bof\b|以上|を過ぎ|が経過|がかか|かかり|かかる|程度|ほど|前|の間|を経過|を超え|\bprior\b|\bbefore\b|\bafter\b|\blater\b|程|内)/i;
const WITHIN = /\bwithin\s*(?:the\s+)?(?:next\s+)?$/i;

const UNTIL_BEFORE = /(?:\bby|\bbefore|\bno later than|\buntil|\btill|\bon or before|\bdue(?: date)?|\bdeadline|期限|締切|締め切り)\s*(?:is\s+)?[:：]?\s*(?:the\s+)?$/i;
const UNTIL_AFTER = /^\s*(?:まで|迄|以前|より前|中に|必着|前に|at the latest)/i;
const FUNDS_WORDS = /\bfunds?\b|disbursement|payouts?|\bpayments?\b|売上金|残高|入金|支払/i;
const CONDITION_WORDS = /\bunless\b|\bif you do not\b|\bif you don't\b|\botherwise\b|場合|なければ/i;
const BACK_DATE_BEFORE = /\b(?:since|from|placed|shipped|received|sent|dated|issued)\b[^.]{0,12}$|以降|以来/i;
const HEADER_DATE_LINE = /^[>\s]*(?:date|sent|received|送信日時|送信日|受信日時|日付|日時)\s*[:：]/i;

type FamilyKind = PeriodKind | 'consequence';

/** The cue family nearest to [start, end) inside `seg`; ties go to the earlier (marketplace) family. */
function nearestFamily(ctx: ReaderContext, seg: Segment, start: number, end: number): FamilyKind | null {
  const slice = ctx.text.slice(seg.start, seg.end);
  let best: FamilyKind | null = null;
  let bestDistance = Infinity;
  let hasCallback = false;
  let hasAction = false;
  for (const { kind, re } of FAMILIES) {
    for (const m of matchAll(re, slice)) {
      const s = seg.start + m.index;
      // A cue inside the period itself (e.g. "24 hours" inside "24時間") is not a cue.
      if (s >= start && s + m[0].length <= end) continue;
      // "we will review them and respond within 2 days": that action verb is the marketplace's, not a cue.
      if (kind === 'deadline' && MARKETPLACE_SUBJECT.test(slice.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (kind === 'callback') hasCallback = true;
      if (kind === 'deadline') hasAction = true;
      const d = distance(s, s + m[0].length, start, end);
      if (d < bestDistance) {
        best = kind;
        bestDistance = d;
      }
    }
  }
  // A phone call is the more specific marketplace clock than "we will contact you".
  if (best === 'review_duration' && hasCallback) return 'callback';
  // "If you want X, within 17 days, … submit": a condition nearest, the seller's action further on.
  if (best === 'consequence' && hasAction) return 'deadline';
  return best;
}

function byFamily(ctx: ReaderContext, start: number, end: number): FamilyKind | null {
  const clause = clauseOf(ctx, start, end);
  return nearestFamily(ctx, clause, start, end) ?? nearestFamily(ctx, sentenceAt(ctx, start), start, end);
}

function familyToClassification(kind: FamilyKind | null, anchor: 'receipt' | 'today'): Classification | null {
  if (kind === null) return null;
  if (kind === 'consequence') return { kind: 'deadline', score: 1, anchor };
  if (kind === 'deadline') return { kind: 'deadline', score: 2, anchor };
  return { kind, score: 0, anchor };
}

function inHeaderDateLine(ctx: ReaderContext, pos: number): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', pos - 1) + 1;
  return HEADER_DATE_LINE.test(ctx.text.slice(lineStart, pos));
}

/** Classifies a duration such as "within 17 days"; null when it is not a period at all. */
export function classifyDuration(ctx: ReaderContext, start: number, end: number, unitText: string): Classification | null {
  if (inHeaderDateLine(ctx, start)) return null;
  const clause = clauseOf(ctx, start, end);
  const sentence = sentenceAt(ctx, start);
  const before = ctx.text.slice(Math.max(clause.start, start - 40), start);
  const after = ctx.text.slice(end, Math.min(sentence.end, end + 30));
  // "24時間対応", "24 hours a day": availability, not a period.
  if (/^\s*(?:対応|体制|営業|受付|稼働|年中無休|365日|a day|per day|7 days)/i.test(after)) return null;
  const isPeriod = PERIOD_BEFORE.test(before) || PERIOD_AFTER.test(after) || /(?:日|週|月)間$/.test(unitText);
  if (!isPeriod) return null;

  // Fixed phrases anchored on the period itself.
  if (RECEIPT_BEFORE.test(ctx.text.slice(clause.start, start)) || RECEIPT_AFTER.test(after)) {
    return { kind: 'deadline', score: 3, anchor: 'receipt' };
  }
  if ((TODAY_BEFORE.test(before) && /^\s*(?:from|after|後|以内)/i.test(after)) || TODAY_AFTER.test(after)) {
    return { kind: 'deadline', score: 3, anchor: 'today' };
  }
  if (YOU_HAVE.test(before)) return { kind: 'deadline', score: 3, anchor: 'receipt' };

  // Look-back windows: invoices "issued in the last 365 days", metrics "over the past 60 days".
  if (BACK_BEFORE.test(before) || BACK_AFTER.test(after)) {
    const context = ctx.text.slice(clause.start, clause.end) + ctx.text.slice(sentence.start, sentence.end);
    return { kind: DOCUMENT_WORDS.test(context) ? 'invoice_age' : 'metric_window', score: 0, anchor: 'receipt' };
  }

  const family = byFamily(ctx, start, end);
  if (family !== 'deadline' && family !== 'consequence' && family !== null) return familyToClassification(family, 'receipt');
  if (DEADLINE_LABEL.test(ctx.text.slice(clause.start, clause.end))) return { kind: 'deadline', score: 3, anchor: 'receipt' };
  // "after 90 days following this notification, you may request…": a waiting time, not a limit.
  if (/\bafter\s*$/i.test(before) || /^\s*(?:later\b|後)/i.test(after)) {
    const sentenceText = ctx.text.slice(sentence.start, sentence.end);
    return { kind: FUNDS_WORDS.test(sentenceText) ? 'funds_hold' : 'other', score: 0, anchor: 'receipt' };
  }
  const c = familyToClassification(family, 'receipt');
  if (c) return c;
  const within = WITHIN.test(before) || /^\s*以内/.test(after);
  return within ? { kind: 'other', score: 0, anchor: 'receipt' } : null;
}

/** Classifies an absolute date; only dates written as a limit ("by", "まで", "期限") count. */
export function classifyDate(ctx: ReaderContext, start: number, end: number): Classification | null {
  if (inHeaderDateLine(ctx, start)) return null;
  const clause = clauseOf(ctx, start, end);
  const sentence = sentenceAt(ctx, start);
  const before = ctx.text.slice(Math.max(sentence.start, start - 40), start);
  const after = ctx.text.slice(end, Math.min(sentence.end, end + 20));
  const labelled = DEADLINE_LABEL.test(ctx.text.slice(clause.start, clause.end)) || UNTIL_BEFORE.test(before);
  const until = UNTIL_AFTER.test(after) || labelled;
  const family = byFamily(ctx, start, end);
  if (!until) {
    // "will be deactivated on May 20 unless you submit an appeal": a date with a condition on the seller.
    const sentenceText = ctx.text.slice(sentence.start, sentence.end);
    return family === 'deadline' && CONDITION_WORDS.test(sentenceText) && !BACK_DATE_BEFORE.test(before)
      ? { kind: 'deadline', score: 2, anchor: 'receipt' }
      : null;
  }
  if (family !== 'deadline' && family !== 'consequence' && family !== null) return familyToClassification(family, 'receipt');
  if (DEADLINE_LABEL.test(ctx.text.slice(clause.start, clause.end)) || /期限|deadline|due/i.test(before)) {
    return { kind: 'deadline', score: 3, anchor: 'receipt' };
  }
  // "by May 10 … submit" / 「5月10日までに…ご提出ください」 is as explicit as a label.
  if (family === 'deadline') return { kind: 'deadline', score: 3, anchor: 'receipt' };
  return familyToClassification(family, 'receipt');
}

/** Widens a deadline span to include an adjacent "within"/"beginning … from today"/"以内". */
export function widenPeriod(ctx: ReaderContext, start: number, end: number): { start: number; end: number } {
  const before = ctx.text.slice(Math.max(0, start - 20), start);
  const w = /\b(?:within|beginning|starting)\s+(?:the\s+)?(?:next\s+)?$/i.exec(before);
  const after = /^\s*(?:以内|後|from today|after today)/i.exec(ctx.text.slice(end, end + 12));
  return { start: w ? start - w[0].length : start, end: after ? end + after[0].length : end };
}
