/**
 * The sending department. A team only counts as the sender when the From address names it, or
 * the text signs / introduces itself as it ("Seller Performance Team" under "Sincerely,",
 * 「Amazonテクニカルサポートよりご連絡いたします」). A team mentioned as somewhere to turn to
 * ("contact Account Health Support", 「セラーサポートへお問い合わせください」) is not the sender.
 */
import type { Confidence, Extracted, SenderDepartment } from './notice-reader.types';
import { extracted, lineAt, type ReaderContext } from './context';
import { matchAll } from './segments';

interface Team {
  department: SenderDepartment;
  text: RegExp;
  address: RegExp;
}

const TEAMS: Team[] = [
  {
    department: 'account_specialist',
    text: /seller performance(?: team)?|account (?:health )?specialists?(?: team)?|アカウントスペシャリスト|アカスペ|アカウントヘルススペシャリスト|出品者パフォーマンス(?:チーム)?|セラーパフォーマンス(?:チーム)?/gi,
    address: /seller-?performance|account-?specialist|health-?specialist/i,
  },
  {
    department: 'account_health_support',
    text: /account health support(?: team)?|アカウントヘルスサポート|アカウントヘルス・サポート|アカウント健全性サポート/gi,
    address: /account-?health|health-?support/i,
  },
  {
    department: 'technical_support',
    text: /(?:amazon\s*)?テクニカルサポート|technical support|seller support|セラーサポート|出品者サポート|selling partner support|出品サポート/gi,
    address: /seller-?support|sellersupport|seller-?answers|tech(?:nical)?-?support|partner-?support/i,
  },
  {
    department: 'other',
    text: /brand registry (?:support|team)|ブランド登録(?:サポート|チーム)|notice dispute team|catalog (?:team|quality team)|カタログチーム|seller verification team|出品者審査チーム|本人確認チーム/gi,
    address: /notice-?dispute|brand-?registry|verification/i,
  },
];

const MARKETPLACE_ADDRESS = /@(?:[\w-]+\.)*amazon\.[a-z.]+$/i;
const CLOSING_LINE =
  /^\s*(?:sincerely|regards|best regards|kind regards|warm regards|thank you|thanks|respectfully|よろしくお願い(?:いたします|致します|申し上げます)|敬具|以上)[,.。、!\s]*$/i;
const SIGNATURE_LINE_REST = /^[\s\-–—]*(?:amazon(?:\.co\.jp|\.com)?\s*)?(?:the\s+)?$/i;
const SIGNATURE_LINE_TAIL = /^\s*(?:team|チーム|部門|担当|部)?\s*(?:より)?[\s.。]*$/i;
const SELF_AFTER =
  /^\s*(?:team|チーム)?\s*(?:より|から)(?:の)?\s*(?:ご連絡|ご案内|お知らせ|連絡|メール)(?:いたします|致します|させていただきます|しております|差し上げます|です)?|^\s*(?:team|チーム)?\s*(?:の[^。\n]{0,10})?(?:です|でございます)|^\s*(?:team\s+)?(?:has|have)\s+(?:reviewed|determined|found|decided|completed)|^\s*(?:team|チーム)?\s*(?:は|が|にて)[^。\n]{0,20}(?:確認|審査|判断|決定)(?:いたしました|しました)/i;
const SELF_BEFORE = /(?:\bthis is|\bwe are|\bi am|\bi'm|\bwriting from|\bon behalf of)\s+(?:the\s+)?(?:amazon(?:\.co\.jp|\.com)?\s+)?$|(?:こちらは|私は|私ども|わたくしども|わたくし)\s*(?:amazon(?:\.co\.jp)?\s*)?$/i;
const REFERENCE_BEFORE =
  /(?:\bcontact|\breach out to|\breach|\bcall|\bvia|\bthrough|\bvisit|\bemail|\bwrite to|\breply to|\bask|\bwith)\s+(?:the\s+)?(?:amazon\s+)?(?:our\s+)?$/i;
const REFERENCE_AFTER =
  /^\s*(?:team\s*)?(?:に|へ|まで)(?:の)?(?:お問い合わせ|問い合わせ|ご連絡|連絡|ご相談|相談|お電話|電話|ご依頼)|^\s*(?:team\s*)?(?:は|が|では)[^。\n]{0,15}(?:お手伝い|サポート|ご案内|対応)(?:します|いたします|できます|させていただきます|しております|しています)|^\s*(?:team\s*)?(?:can|may|will be able to|is available to) (?:help|assist)|^\s*(?:team\s*)?(?:の)?(?:お問い合わせ|窓口|連絡先)|^\s*(?:team\s*)?(?:at|by phone|by calling)\b|^\s*(?:team\s*)?(?:cannot|can't|will not|won't|is not able|are not able|is unable|does not|do not)\b|^\s*(?:では|は)[^。\n]{0,12}(?:できません|しておりません|いたしかねます)/i;

type Role = 'from' | 'self' | 'neutral' | 'reference';
/** A bare mention ("by misusing Selling Partner Support") names a service, not the sender. */
const WEIGHT: Record<Role, number> = { from: 10, self: 6, neutral: 0, reference: 0 };

function roleOf(ctx: ReaderContext, start: number, end: number): Role {
  const line = lineAt(ctx, start);
  const lineText = ctx.text.slice(line.start, line.end);
  if (/^[>\s]*(?:from|差出人|送信者|送信元)\s*[:：]/i.test(lineText)) return 'from';
  const before = ctx.text.slice(Math.max(line.start, start - 40), start);
  const after = ctx.text.slice(end, Math.min(ctx.text.length, end + 40));
  const lineBefore = ctx.text.slice(Math.max(line.start, start - 200), start);
  const lineAfter = ctx.text.slice(end, Math.min(line.end, end + 200));
  if (SIGNATURE_LINE_REST.test(lineBefore) && SIGNATURE_LINE_TAIL.test(lineAfter)) {
    // Alone on its line: a signature when it follows a closing, or sits in the last lines.
    const prev = previousNonBlankLine(ctx, line.start);
    const tailLines = ctx.text.slice(line.end, line.end + 2000).split('\n').filter((l) => l.trim() !== '').length;
    if ((prev !== null && CLOSING_LINE.test(prev)) || tailLines <= 6) return 'self';
  }
  if (REFERENCE_BEFORE.test(before) || REFERENCE_AFTER.test(after)) return 'reference';
  if (SELF_AFTER.test(after) || SELF_BEFORE.test(before)) return 'self';
  if (/^[>\s]*(?:subject|件名)\s*[:：]/i.test(lineText) && /^\s*(?:team|チーム)?\s*(?:から|より)/i.test(after)) return 'self';
  return 'neutral';
}

function previousNonBlankLine(ctx: ReaderContext, lineStart: number): string | null {
  let pos = lineStart - 1;
  while (pos > 0) {
    const l = lineAt(ctx, pos - 1);
    const t = ctx.text.slice(l.start, l.end);
    if (t.trim() !== '') return t;
    pos = l.start - 1;
  }
  return null;
}

export function readDepartment(ctx: ReaderContext, fromAddress: string | null, fromSpan: { start: number; end: number } | null): Extracted<SenderDepartment> | null {
  type Best = { department: SenderDepartment; score: number; start: number; end: number; role: Role };
  let best: Best | null = null;
  const consider = (b: Best): void => {
    if (!best || b.score > best.score) best = b;
  };
  if (fromAddress && fromSpan && MARKETPLACE_ADDRESS.test(fromAddress)) {
    const team = TEAMS.find((t) => t.address.test(fromAddress.split('@')[0]));
    // An unknown marketplace address still says "the marketplace", but not which team.
    consider({ department: team ? team.department : 'other', score: team ? 10 : 3, start: fromSpan.start, end: fromSpan.end, role: 'from' });
  }
  for (const team of TEAMS) {
    for (const m of matchAll(team.text, ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const role = roleOf(ctx, start, end);
      if (WEIGHT[role] === 0) continue;
      consider({ department: team.department, score: WEIGHT[role], start, end, role });
    }
  }
  const found = best as Best | null;
  if (!found) return null;
  const confidence: Confidence = found.role === 'from' || found.role === 'self' ? (found.score >= 6 ? 'high' : 'low') : 'medium';
  return extracted(ctx, found.start, found.end, found.department, confidence);
}
