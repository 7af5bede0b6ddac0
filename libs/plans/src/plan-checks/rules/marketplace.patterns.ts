/**
 * Patterns for complaints, demands and questions addressed to the marketplace.
 *
 * "Mistake" alone is no signal: "a staff mistake in SKU mapping" / 「担当者のSKU登録ミス」 is a root
 * cause. Only the marketplace's decision, or the marketplace itself, being called a mistake is.
 */
import { p, phraseSet, type PhraseSet } from './shared';

const MARKETPLACE_JA = '(?:貴社|御社|Amazon|アマゾン|アカウントスペシャリスト|アカスペ|審査(?:担当)?|ご担当者?)(?:様|側)?';
const WRONG_JA = '(?:誤り|誤っ|間違い|間違っ|ミス|誤認|誤解|勘違い|手違い|不当|理不尽|不公平|見落と|確認不足|誤判定|判断ミス)';
/** Money held by the marketplace, as opposed to refunds to buyers or payments to suppliers. */
const FUNDS_EN = String.raw`(?:held\s+|withheld\s+|frozen\s+|remaining\s+|reserved\s+|outstanding\s+)?(?:funds|payouts?|money|balance|disbursements?|earnings|payments?|proceeds|reserve)\b`;
const NOT_TO_THIRD_EN = /^\s+(?:to|for)\s+(?:the\s+|our\s+|each\s+|every\s+)?(?:suppliers?|vendors?|manufacturers?|buyers?|customers?|wholesalers?)/i;

/** Complaints and demands that are complaints whatever the sentence mood. */
export const COMPLAINT: PhraseSet = phraseSet([
  // --- the decision is called wrong
  p(
    /\b(?:this|the|my|your)\s+(?:account\s+)?(?:suspension|deactivation|decision|closure|block|removal|determination|ban|penalty)(?:\s+(?:of|on|against)\s+(?:my|our|the|this)\s+(?:seller\s+)?(?:account|store|shop|listings?|asins?|products?))?\s+(?:was|is|seems|seemed|appears|must\s+be|must\s+have\s+been|looks\s+like|is\s+clearly|was\s+clearly|was\s+obviously|is\s+obviously|was\s+simply|is\s+simply|has\s+been)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:a\s+|an\s+)?(?:complete\s+|clear\s+|big\s+|huge\s+|total\s+|serious\s+|obvious\s+)?(?:mistake|error|wrong|unfair|unjust|unfounded|unwarranted|unjustified|unreasonable|baseless|incorrect|in\s+error|mistaken|misunderstanding|overreaction|excessive|too\s+harsh)\b/i,
    { tag: 'decision' },
  ),
  p(
    /\b(?:suspended|deactivated|closed|removed|blocked|banned|flagged|penali[sz]ed|punished|targeted|restricted)\s+(?:(?:my|our|the|this)\s+)?(?:(?:seller\s+)?(?:account|store|shop|listings?)\s+)?(?:by\s+mistake|in\s+error|wrongly|wrongfully|unfairly|unjustly|mistakenly|for\s+no\s+(?:good\s+|apparent\s+)?reason|without\s+(?:any\s+)?(?:reason|cause|warning|justification|evidence|explanation|notice))/i,
    { tag: 'decision' },
  ),
  p(/\b(?:wrongly|wrongfully|unfairly|unjustly|mistakenly|unreasonably)\s+(?:suspended|deactivated|closed|removed|blocked|banned|flagged|penali[sz]ed|punished|accused|targeted)\b/i, { tag: 'decision' }),
  p(
    /\b(?:amazon|you|your\s+team|the\s+(?:seller\s+performance|account\s+health)\s+team|seller\s+performance|the\s+reviewer|your\s+reviewer|the\s+investigator)\s+(?:has\s+|have\s+|clearly\s+|obviously\s+)*(?:made\s+(?:a|an)\s+(?:\w+\s+)?(?:mistake|error)|got\s+(?:it|this)\s+wrong|(?:is|are|was|were)\s+(?:wrong|mistaken|unfair|unreasonable|incorrect)|(?:should\s+not|shouldn['’]t)\s+have|(?:did\s+not|didn['’]t|failed\s+to|never)\s+(?:even\s+)?(?:read|check|look\s+at|review|consider|investigate|respond|reply|answer|verify)|ignored\s+(?:my|our)|misunderstood|misread|overreacted)/i,
    { tag: 'decision' },
  ),
  p(/\b(?:this|that|it)\s+(?:is|was|feels|seems)\s+(?:completely\s+|totally\s+|very\s+|so\s+|extremely\s+|simply\s+|clearly\s+|deeply\s+|really\s+)?(?:unfair|unjust|ridiculous|absurd|outrageous|insane|a\s+joke|discriminatory)\b/i, {
    tag: 'decision',
    notAfter: /^\s+(?:to|for)\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:customers?|buyers?|shoppers?|rights?\s+(?:owners?|holders?))/i,
  }),
  p(/\b(?:we|i)\s+(?:do\s+not|don['’]t|cannot|can['’]t|could\s+not|couldn['’]t|fail\s+to)\s+(?:understand|accept|see|believe|comprehend|know)\s+(?:why|how\s+(?:you|amazon|this|it)|what\s+we\s+did\s+wrong|the\s+reason|that\s+(?:you|amazon))/i, {
    tag: 'decision',
  }),
  p(/\bwhat\s+(?:did|have)\s+(?:i|we)\s+(?:do|done)\s+wrong\b/i, { tag: 'decision' }),
  p(/\bthere\s+(?:must|may|might)\s+(?:be|have\s+been)\s+(?:some|a)\s+(?:kind\s+of\s+)?(?:mistake|error|misunderstanding)\b/i, {
    tag: 'decision',
    notAfter: /^\s+(?:in|on|by|within)\s+(?:our|my)\b/i,
  }),
  p(/\b(?:it|this|that)\s+(?:is|was)(?:\s+not|n['’]t)\s+fair\b/i, {
    tag: 'decision',
    notAfter: /^\s+(?:to|for|on)\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:customers?|buyers?|shoppers?|rights?\s+(?:owners?|holders?))/i,
  }),
  p(/\b(?:we|i)\s+(?:are|am|were|was|have\s+been|feel)\s+(?:being\s+)?(?:unfairly\s+|unjustly\s+)?(?:punished|penali[sz]ed|targeted|singled\s+out|treated\s+unfairly)\b/i, { tag: 'decision' }),
  p(/\b(?:this|it|that)\s+(?:was|is)\s+(?:just\s+|simply\s+|all\s+|clearly\s+)?(?:a\s+)?(?:misunderstanding|mix-up)\b/i, {
    tag: 'decision',
    notAfter: /^\s+(?:by|of|on|in|within|among)\s+(?:our|my)\b/i,
  }),
  p(/\b(?:we|i)\s+demand\s+(?:that\s+)?(?:you|amazon|an?\s+explanation|(?:my|our)\s+(?:account|funds|money))|\bi\s+insist\s+that\s+(?:you|amazon)/i, { tag: 'demand' }),
  p(/\b(?:reinstate|reactivate|restore|unblock|unsuspend|unlock)\s+(?:my|our|the)\s+(?:seller\s+)?account\s+(?:immediately|right\s+now|now|at\s+once|right\s+away|without\s+(?:further\s+)?delay|today|asap)\b|\b(?:immediately|at\s+once)\s+(?:reinstate|reactivate|restore|unblock)\b/i, {
    tag: 'demand',
  }),

  // --- funds and payouts
  p(
    new RegExp(
      String.raw`(?:^|\bplease\s+|\bkindly\s+|\bimmediately\s+|\b(?:ask|asking|request|requesting|need|want|urge)\s+(?:you|amazon|the\s+team)\s+to\s+)(?:release|return|unfreeze|unlock|pay\s+out|disburse|transfer|send)\s+(?:me\s+|us\s+)?(?:my|our|the)\s+${FUNDS_EN}`,
      'i',
    ),
    { tag: 'funds', notAfter: NOT_TO_THIRD_EN },
  ),
  p(
    /\b(?:i|we)\s+(?:really\s+|urgently\s+|desperately\s+)?(?:need|want|demand|require|expect|must\s+(?:have|get|receive))\s+(?:to\s+(?:get|receive|have|access)\s+|access\s+to\s+)?(?:my|our)\s+(?:held\s+|withheld\s+|frozen\s+)?(?:funds|payouts?|money|balance|disbursements?|earnings|proceeds)\b/i,
    { tag: 'funds' },
  ),
  p(/\b(?:my|our)\s+(?:funds|money|payouts?|balance|disbursements?|earnings|proceeds)\s+(?:is|are|has\s+been|have\s+been|were|was|remain|remains)\s+(?:still\s+|unfairly\s+|wrongly\s+)?(?:held|withheld|frozen|locked|stuck|on\s+hold|blocked)\b/i, {
    tag: 'funds',
  }),
  p(/\bwhen\s+will\s+(?:i|we)\s+(?:get|receive)\s+(?:my|our)\s+(?:funds|money|payouts?|balance)/i, { tag: 'funds' }),

  // --- threats
  p(
    /\b(?:take|pursue|consider|initiate|seek)\s+legal\s+action\b|\b(?:we|i)\s+will\s+(?:sue|be\s+suing|contact\s+(?:our|my|a)\s+(?:lawyer|attorney))\b|\b(?:file|bring)\s+a\s+(?:lawsuit|complaint\s+(?:with|to)\s+the\s+(?:ftc|bbb|consumer))|\bour\s+(?:lawyers?|attorneys?)\s+will\b|\breport\s+(?:you|amazon|this)\s+to\s+(?:the\s+)?(?:ftc|authorities|regulators?)/i,
    { tag: 'threat' },
  ),

  // --- Japanese
  p(
    new RegExp(
      `(?:今回の|この|本件の|貴社の|御社の)?(?:アカウント)?(?:停止|閉鎖|凍結|措置|処分|判定|決定|ご判断)(?:措置|処分)?(?:は|が)[^。]{0,15}?(?:誤り|誤っ|間違い|間違っ|不当|おかしい|納得(?:でき|いか|いき)|理不尽|不公平|不公正|行き過ぎ|やりすぎ|やり過ぎ|厳しすぎ|厳し過ぎ|過剰|誤解|勘違い|手違い|誤認)`,
    ),
    { tag: 'decision', notBefore: /(?:当社|弊社|私|担当者|スタッフ|我々|自社)(?:の|が|で)?[^。]{0,6}$/ },
  ),
  p(new RegExp(`${MARKETPLACE_JA}(?:の|が|は)(?:(?:今回の|この)?(?:判断|判定|決定|審査|措置|処分|対応|調査|認定)(?:に|は|が|も)?)?${WRONG_JA}`), { tag: 'decision' }),
  p(/誤(?:停止|判定|認定|BAN|ban|凍結)|(?:誤って|間違って|誤り(?:で|により))(?:アカウント(?:が|を)?)?(?:停止|閉鎖|凍結)(?:され|に)|何かの(?:間違い|手違い)/, { tag: 'decision' }),
  p(/(?:不当な|理不尽な|一方的な|不公平な|納得のいかない)(?:停止|措置|処分|ご?判断|扱い|決定|要求|警告)|誤った(?:停止|措置|処分)/, { tag: 'decision' }),
  p(/納得が?(?:でき|いか|いき|いたしかね|しかね)(?:ない|ません|かねます)|理解(?:いたしかね|しかね)ます|理解でき(?:ません|ない)(?=[。．\s]|$)|心外|遺憾|憤り|憤慨|不満(?:です|があります|を感じ)|不公平です/, {
    tag: 'decision',
  }),
  p(
    /(?:売上金?|売上げ金?|資金|お金|入金|出金|留保(?:金)?|保留(?:中の)?(?:金|売上)|支払い?金?|残高)[^。]{0,15}?(?:返して|返還して|返金して|支払って|払って|振り込んで|解除して|解放して|出金させて|戻して)(?:ください|下さい|ほしい|欲しい|いただけ|頂け|もらえ|くれ)/,
    { tag: 'funds' },
  ),
  p(/(?:売上金?|資金|留保金?|保留金?|残高)(?:の)?(?:返還|返金|支払い|解放|解除|出金|振込)(?:を)?(?:求め|要求|請求|希望|お願い)(?:します|いたします|致します|する|申し上げ)/, { tag: 'funds' }),
  p(/(?:売上金?|資金|入金|留保金?)[^。]{0,10}?(?:早く|すぐ(?:に)?|至急|直ちに|今すぐ)/, { tag: 'funds' }),
  p(/(?:売上金?|資金|お金)(?:が|を)?(?:引き出せ|出金でき|受け取れ)(?:ない|ず|ません)|(?:売上金|留保金|保留金)(?:が|を)?(?:必要|使えな|使えず)/, { tag: 'funds' }),
  p(new RegExp(`${MARKETPLACE_JA}(?:は|が)[^。]{0,20}?(?:(?:確認|調査|審査|精査|検討)(?:して(?:い|お)ら?な|もせず|せずに)|見て(?:い|お)ら?な|読んで(?:い|お)ら?な|無視)`), { tag: 'decision' }),
  p(/不当に[^。]{0,10}?(?:停止|閉鎖|凍結|削除|制限|扱わ)|一方的に[^。]{0,10}?(?:停止|閉鎖|凍結)/, { tag: 'decision' }),
  p(/(?:今すぐ|直ちに|至急|すぐに|早急に|即刻)[^。]{0,15}?(?:再開|復活|解除|戻)(?:して|させて|しろ)/, { tag: 'demand' }),
  p(/法的(?:措置|手段)(?:を|も)?(?:取|と|講じ|検討|辞さ)|訴訟(?:を起こ|も辞さ|を検討|に踏み切)|裁判(?:を起こ|に訴え|も辞さ)|(?:消費者庁|公正取引委員会|国民生活センター)(?:に|へ)(?:相談|通報|申告|訴え)/, {
    tag: 'threat',
  }),
]);

/**
 * Challenges that are complaints only in the interrogative (or "tell me why…") mood:
 * 「なぜ停止されたのか、原因を分析しました」 is self-analysis, 「なぜ停止されたのですか？」 is a complaint.
 */
export const CHALLENGE: PhraseSet = phraseSet([
  p(/\bwhy\s+(?:was|were|is|are|has|have|did|would|does|do)\s+(?:my|our|this|the|i|we|you|amazon)\b[^?.;]{0,60}?\b(?:suspend|deactivat|clos|remov|block|ban|flag|penali[sz]|target|punish|restrict)\w*/i),
  // Indirect form ("please explain why our account was suspended"): only with a cue, see CHALLENGE_CUE.
  p(/\bwhy\s+(?:my|our|this|the|i|we)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|get)\s+(?:\w+\s+)?(?:suspend|deactivat|clos|remov|block|ban|flag|penali[sz]|target|punish|restrict)\w*/i),
  p(/\bwhy\s+(?:me|us|only\s+(?:me|us|our))\b/i),
  p(/\b(?:is|isn['’]t|was|wasn['’]t)\s+(?:this|it|that)\s+(?:not\s+)?(?:a\s+|an\s+|just\s+a\s+)?(?:mistake|error|unfair|misunderstanding|wrong|excessive)\b/i),
  p(/\bhow\s+(?:long|much\s+longer)\s+(?:will|do|must|should|shall|does)\s+(?:i|we|it)\s+(?:have\s+to\s+)?(?:wait|take)\b/i),
  p(/\bhow\s+(?:can|could|would|dare)\s+(?:you|amazon)\b/i),
  p(/\bwhen\s+will\s+(?:my|our|the)\s+(?:account|store|listings?)\b/i),
  p(/(?:なぜ|何故|どうして)[^。？?]{0,40}?(?:停止|閉鎖|削除|制限|ブロック|凍結|規制|違反(?:と|扱い)|警告|対象|措置|処分|(?:判断さ|判定さ|認定さ|みなさ|見なさ|扱わ)れ)|(?:なぜ|何故|どうして)(?:当社|弊社|私|うち)(?:だけ|のみ)/),
  p(/何(?:が|の)(?:問題|いけな|悪)/),
  p(/(?:間違い|誤り|誤解|手違い|誤認)(?:では|じゃ)(?:ない|ありません|ございません)/),
  p(/いつ(?:まで|になったら|頃)[^。]{0,20}?(?:待|再開|解除|戻|入金|復活)/),
  p(/(?:どうすれば|どうしたら|何をすれば)[^。]{0,20}?(?:再開|解除|復活)/),
]);

/** "Tell me why…" without a question mark is still a challenge. */
export const CHALLENGE_CUE =
  /(?:do\s+not|don['’]t|cannot|can['’]t|could\s+not|couldn['’]t|fail\s+to)\s+(?:understand|see|know)|please\s+(?:explain|tell|clarify|let)|(?:want|like|need)\s+to\s+know|wonder(?:ing)?\b|(?:tell|explain\s+to)\s+(?:me|us)\b|let\s+(?:me|us)\s+know|理解でき(?:ない|ません)|分かりません|わかりません|分からない|わからない|納得でき|教えて|ご説明|説明して|お聞かせ|知りたい|ご教示|お伺い|伺いたい/i;

/** Questions clearly put to the reader: second person, requests, reinstatement. */
export const QUESTION_STRONG =
  /\b(?:you|your)\b|\bplease\b|\b(?:may|might|can|could)\s+(?:i|we)\s+(?:ask|know|request|get|have|receive|submit|resubmit)\b|\bis\s+there\s+any(?:thing|\s+other|\s+further|\s+additional)?\b|\b(?:reinstat|reactivat)\w*|貴社|御社|ご担当|ご教示|ご教授|教えて|お教え|ご確認いただけ|ご回答|ご返答|ご説明|お知らせいただけ|お聞かせ|いただけ(?:ます|ない|ませ)(?:でしょう)?か|頂け(?:ます|ない|ませ)(?:でしょう)?か|くださ(?:い|いません)か|もらえ(?:ます|ない)か|よろしいでしょうか|いかがでしょうか|再開|復活/i;

/** Weaker cues, trusted outside the root-cause section only. */
export const QUESTION_WEAK =
  /\bamazon\b|\bshould\s+(?:we|i)\b|\bdo\s+(?:we|i)\s+need\b|\bis\s+(?:it|this)\s+(?:ok|okay|acceptable|enough|sufficient)\b|\bwhat\s+(?:else|other|additional|further|more)\b|でしょうか|ですか|ますか|必要|可能|問題ない|十分|足り/i;

/** A question a plan answers itself (なぜなぜ分析, "Why did this happen? Because…"). */
export const SELF_ANSWER_LABEL = /^(?:なぜ|why)\s*[0-9０-９①-⑩]|^q\s*\d*\s*[:：.]|^(?:問|質問)\s*[0-9０-９]*\s*[:：]/i;
export const ANSWER_START = /^(?:→|⇒|=>|->|a\s*[:：.]|答え|回答\s*[:：]|because\b|answer\b|it\s+was\s+because|the\s+reason|それは|原因は|理由は)/i;
export const ANSWER_END = /(?:ため|から|ので|せい|ためです|からです|のです)[。．.]?$/;
