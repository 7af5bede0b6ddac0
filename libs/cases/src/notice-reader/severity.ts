/**
 * Severity of the action and, for replies to a plan, the outcome. Only actions stated as done
 * ("has been deactivated", 「停止いたしました」) count; threats ("may result in deactivation",
 * 「停止される可能性があります」) only make a notice a warning. The harshest stated action wins.
 */
import type { AppealOutcome, Confidence, Extracted, Severity } from './notice-reader.types';
import { SEVERITIES } from './notice-reader.types';
import { extracted, sentenceAt, type ReaderContext } from './context';
import { isBoilerplate, matchAll } from './segments';

interface Rule {
  severity: Severity;
  re: RegExp;
  confidence: Confidence;
}

/** Japanese perfective / current-state endings, or a title-like noun phrase ending a line: done, not threatened. */
const JA_DONE =
  '(?:いたしました|致しました|しました|されました|となりました|になりました|されています|されております|しております|いたしております|となっております|となっています|中です|中となっております|させていただきました|させて頂きました|済み|のお知らせ|に関するお知らせ|についてのお知らせ|のご連絡|について(?=[ \\t]*(?:$|\\n|】))|】|(?=[ \\t]*(?:$|\\n)))';
const JA_ACCOUNT =
  '(?:出品用アカウント|出品アカウント|出品者アカウント|セラーアカウント|販売アカウント|アカウント(?!ヘルス|健全性|スペシャリスト)|出品権限|販売権限|出品者権限)';
/**
 * Gap between the account and the verb; the words right before the verb (its object) must not
 * be a listing or product: 「アカウント…一部の商品を削除しました」 removes listings, not the account.
 */
const JA_GAP = '[^。\\n]{0,40}?(?<!(?:出品(?!用|者|権限|アカウント)|商品|ASIN)[^、。\\n]{0,8})';
const EN_ACCOUNT = "(?:selling account|seller account|account|selling privileges|privileges|ability to sell)";
const EN_LISTING = '(?:listings?|ASINs?|products?|items?|offers?|detail pages?)';
const EN_STATE =
  '(?:has|have|had)\\s+(?:now\\s+|also\\s+)?been|(?:is|are|was|were)(?:\\s+(?:now|currently|still|also))?|remains?(?:\\s+(?:currently|still))?';
/** A character inside one sentence: "." only when it is not a sentence end ("Amazon.com"). */
const EN_CHAR = '(?:[^.!?\\n]|\\.(?=\\S))';
/** Gap inside one sentence that does not switch the subject to a listing/product. */
const EN_GAP = `(?:(?!listing|ASIN|product|item|offer)${EN_CHAR}){0,60}?`;

const RULES: Rule[] = [
  // Deactivation / closure.
  { severity: 'deactivation', confidence: 'high', re: new RegExp(`\\b${EN_ACCOUNT}\\b${EN_GAP}\\b(?:${EN_STATE})\\s+(?:permanently\\s+)?(?:deactivated|closed|terminated)\\b`, 'gi') },
  { severity: 'deactivation', confidence: 'high', re: new RegExp(`\\bwe\\s+(?:have\\s+)?(?:permanently\\s+)?(?:deactivated|closed|terminated)\\s+your\\s+(?:[\\w.]+\\s+){0,3}?${EN_ACCOUNT}`, 'gi') },
  { severity: 'deactivation', confidence: 'high', re: /section\s*3\s+of\s+(?:the\s+)?(?:amazon\s+services\s+)?business\s+solutions\s+agreement|section\s*3\s+of\s+the\s+BSA|BSA\)?,?\s+section\s*3|business\s+solutions\s+agreement[^.\n]{0,20}?section\s*3\b/gi },
  { severity: 'deactivation', confidence: 'high', re: /ビジネスソリューション契約(?:書)?(?:の)?第\s*3\s*(?:項|条)|第\s*3\s*(?:項|条)[^。\n]{0,20}ビジネスソリューション契約/g },
  { severity: 'deactivation', confidence: 'high', re: new RegExp(`${JA_ACCOUNT}(?:を|が|は|の)?${JA_GAP}(?<!一時的に|一時)(?:閉鎖|解約|永久(?:に|的に)?(?:停止|無効))${JA_DONE}`, 'g') },
  { severity: 'deactivation', confidence: 'medium', re: new RegExp(`${JA_ACCOUNT}(?:を|が|は|の)?${JA_GAP}無効(?:化)?${JA_DONE}`, 'g') },
  { severity: 'deactivation', confidence: 'medium', re: /アカウント閉鎖|\bthis decision is final\b|本決定は最終|最終的な決定|\bwe will not (?:reinstate|reactivate)\b(?![^.\n]{0,40}at this time)|\bwill not be (?:reinstated|reactivated)\b(?![^.\n]{0,40}at this time)|再開(?:すること|いたすこと)は(?:ございません|できません|ありません)/gi },
  // Suspension.
  { severity: 'suspension', confidence: 'high', re: new RegExp(`\\b${EN_ACCOUNT}\\b${EN_GAP}\\b(?:${EN_STATE})\\s+(?:temporarily\\s+)?(?:suspended|removed|revoked|restricted|blocked|frozen|on hold|placed on hold|temporarily deactivated)\\b`, 'gi') },
  { severity: 'suspension', confidence: 'high', re: new RegExp(`\\bwe\\s+(?:have\\s+)?(?:temporarily\\s+)?(?:suspended|removed|revoked|restricted|blocked|deactivated)\\s+your\\s+(?:[\\w.]+\\s+){0,3}?(?:selling privileges|privileges|ability to sell)`, 'gi') },
  { severity: 'suspension', confidence: 'medium', re: /\baccount\s+(?:is|has been)\s+(?:placed\s+)?under\s+review\b|\bselling account is under review\b/gi },
  { severity: 'suspension', confidence: 'high', re: new RegExp(`${JA_ACCOUNT}(?:を|が|は|の)?${JA_GAP}(?:一時)?(?:停止|保留|削除|取り消し|取消|取り消|凍結|制限|(?<=一時的に|一時)閉鎖)${JA_DONE}`, 'g') },
  { severity: 'suspension', confidence: 'high', re: new RegExp(`${JA_ACCOUNT}(?:を|が|は|の)?${JA_GAP}(?:一時)?(?:停止|保留|削除|取り消|取消|凍結)(?:し|され|いたし)、(?=[^。\\n]*(?:ました|ております))`, 'g') },
  // Listing removal / restriction.
  { severity: 'listing_removal', confidence: 'high', re: new RegExp(`\\b${EN_LISTING}\\b${EN_CHAR}{0,60}?\\b(?:${EN_STATE})\\s+(?:temporarily\\s+)?(?:removed|deactivated|suppressed|blocked|restricted|taken down|delisted|inactive)\\b`, 'gi') },
  { severity: 'listing_removal', confidence: 'high', re: new RegExp(`\\bwe\\s+(?:have\\s+)?(?:temporarily\\s+)?(?:removed|deactivated|suppressed|blocked|restricted|taken down|took down)\\s+(?:the\\s+following|your|these|this|some\\s+of\\s+your|all\\s+of\\s+your|the|\\d+)\\s+(?:[\\w-]+\\s+){0,2}?${EN_LISTING}`, 'gi') },
  { severity: 'listing_removal', confidence: 'medium', re: /\bwe (?:have )?taken action on (?:the |your |some of your |these )?(?:listings?|ASINs?|products?|items?)|\blisting (?:removal|removed|deactivat\w+|suppressed)|\bASINs? removed\b|\bremoved (?:from|the) (?:listing|detail page)|\bcan no longer (?:sell|list) (?:this|these|the following)/gi },
  { severity: 'listing_removal', confidence: 'high', re: new RegExp(`出品(?:を|が|は)?(?:一時)?(?:停止|削除|取り消し|取消|無効|非表示|制限|禁止)${JA_DONE}|出品(?:停止|制限|削除)(?:と|に)?(?:なりました|いたしました|しました|されました|措置)`, 'g') },
  { severity: 'listing_removal', confidence: 'high', re: new RegExp(`(?:商品|ASIN|出品物|商品ページ|商品詳細ページ|出品情報)(?:を|が|は|の出品を|の出品が)?[^。\\n]{0,20}?(?:削除|停止|無効|非表示|取り消し|取消|ブロック)${JA_DONE}`, 'g') },
  { severity: 'listing_removal', confidence: 'medium', re: new RegExp(`出品(?:停止|制限|削除)${JA_DONE}|出品制限(?:が|を)?[^。\\n]{0,6}?(?:ています|ております|ました)`, 'g') },
  // Warning.
  { severity: 'warning', confidence: 'high', re: /policy warning|\bwarning\b|警告|注意喚起/gi },
  { severity: 'warning', confidence: 'medium', re: /\bat risk\b|\b(?:may|could|might|will)\s+(?:result in|lead to)\b|\bmay be (?:deactivated|suspended|removed)|\bwill (?:be )?(?:permanently )?(?:deactivated?|suspended?)\b|\bfuture violations?\b|no (?:further )?action is (?:required|needed)|可能性があります|おそれがあります|恐れがあります|場合があります|ご注意ください|対応は不要|ご対応は必要ありません|違反が(?:確認|報告)されました/gi },
];

/** Implied by "we cannot reinstate your account yet" or a "how to reactivate" heading. */
const IMPLIED_SUSPENSION =
  /how (?:do i|to|can i) (?:reactivate|reinstate) (?:my|your) (?:selling )?account|(?:reinstate|reactivate|restore) your (?:selling )?(?:account|privileges|selling privileges)|アカウントを再開する方法|(?:アカウント|出品権限|出品用アカウント)(?:の|を)?(?:再開|回復|復活|復元)/gi;

/** A condition governing the match ("If your account has been deactivated, …") makes it no fact. */
const EN_CONDITION_BEFORE =
  /^\W*(?:if|unless|once|in case|to avoid|to prevent|whether)\b|\b(?:if|unless|in case)\s+(?:\S+\s+){0,3}$/i;
const JA_CONDITION_AFTER =
  /^[^。\n]{0,10}?(?:場合|とき|際|ならば|可能性|おそれ|恐れ|かもしれ|ことがあ|ないよう|回避|防ぐ|防止|避け|につなが|に至|となる|になる)/;
/** A bare noun followed by a future verb (「出品停止いたします」) announces, it does not report. */
const JA_FUTURE_AFTER = /^(?:を|が|に)?\s*(?:いたします|致します|します|されます|となります|になります|する|される)/;

function isHedged(ctx: ReaderContext, start: number, end: number, severity: Severity, futureCounts = true): boolean {
  if (severity === 'warning') return false;
  const sentence = sentenceAt(ctx, start);
  const before = ctx.text.slice(sentence.start, start);
  const after = ctx.text.slice(end, Math.min(sentence.end, end + 20));
  if (EN_CONDITION_BEFORE.test(before) && /[A-Za-z]/.test(ctx.text.slice(start, end))) return true;
  if (/\b(?:may|might|could|would)\s+(?:be\s+)?$/i.test(before.slice(-20))) return true;
  return JA_CONDITION_AFTER.test(after) || (futureCounts && JA_FUTURE_AFTER.test(after));
}

export function readSeverity(ctx: ReaderContext): Extracted<Severity> | null {
  let best: Extracted<Severity> | null = null;
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  for (const rule of RULES) {
    if (best && rank(rule.severity) < rank(best.value)) break; // rules are ordered harshest first
    for (const m of matchAll(rule.re, ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentenceAt(ctx, start);
      if (isBoilerplate(ctx.text.slice(sentence.start, sentence.end))) continue;
      if (isHedged(ctx, start, end, rule.severity)) continue;
      if (!best || rank(rule.severity) > rank(best.value)) best = extracted(ctx, start, end, rule.severity, rule.confidence);
      break;
    }
  }
  if (best && best.value !== 'warning') return best;
  // No stated action: an appeal reply that cannot reinstate yet means the account is still suspended.
  for (const m of matchAll(IMPLIED_SUSPENSION, ctx.text)) {
    // 「回復することができません」 is the point here, so a following verb is no hedge.
    if (isHedged(ctx, m.index, m.index + m[0].length, 'suspension', false) && !/^how/i.test(m[0])) continue;
    if (/再開|回復|復活|復元|reinstate|reactivate|restore/i.test(m[0]) && isReinstatedStatement(ctx, m.index)) continue;
    return extracted(ctx, m.index, m.index + m[0].length, 'suspension', 'low');
  }
  return best;
}

const REINSTATED =
  /\b(?:account|selling privileges|privileges|listings?)\b[^.!?\n]{0,40}?\b(?:has|have) been (?:reinstated|reactivated|restored)|(?<!\bto |\bnot |\bcannot |\bbe |\bunable to )\b(?:reinstated|reactivated|restored) your (?:selling )?(?:account|privileges|selling privileges|listings?)\b|(?:再開|回復|復活|復元)(?:いたしました|致しました|しました|されました|させていただきました)/gi;
const INSUFFICIENT =
  /do not have enough information|did not (?:provide|include) enough information|not enough information|insufficient information|(?:information|plan of action|appeal) (?:was|is) (?:incomplete|insufficient|not sufficient)|情報が不足|不足している情報|不足しております|情報が不十分|不十分|不備があ|不備がございま|情報が足りません|(?:必要な)?情報が含まれていません|does not (?:contain|include) (?:the )?(?:required|necessary|sufficient) information|did not (?:contain|include) (?:the )?(?:required|necessary) information/gi;
const REJECTED =
  /\b(?:appeal|plan of action|request)\s+(?:has been|was)\s+(?:denied|rejected|declined|not accepted)|\bwe will not (?:reinstate|reactivate)|\bdecision is final|却下|承認(?:することが)?できませんでした|受け入れることができません|再開(?:すること|いたすこと)は(?:ございません|できません)/gi;

function isReinstatedStatement(ctx: ReaderContext, pos: number): boolean {
  const s = sentenceAt(ctx, pos);
  const slice = ctx.text.slice(s.start, s.end);
  return new RegExp(REINSTATED.source, 'i').test(slice);
}

export function readAppealOutcome(ctx: ReaderContext): Extracted<AppealOutcome> | null {
  const outcomes: [AppealOutcome, RegExp][] = [
    ['reinstated', REINSTATED],
    ['insufficient_information', INSUFFICIENT],
    ['rejected', REJECTED],
  ];
  for (const [outcome, re] of outcomes) {
    for (const m of matchAll(re, ctx.text)) {
      const end = m.index + m[0].length;
      if (isHedged(ctx, m.index, end, 'suspension')) continue;
      return extracted(ctx, m.index, end, outcome, outcome === 'insufficient_information' ? 'high' : 'medium');
    }
  }
  return null;
}
