/**
 * Phrase patterns of the tone rules. Each is a clause-level pattern (who does what, in which mood),
 * with guards for the near-misses found in real plans: an apology *to a buyer* as a corrective action,
 * "not the carrier's fault", "so that customers are not inconvenienced", a quoted buyer message
 * (quotes are masked before matching).
 */
import { p, phraseSet, type PhraseSet } from './shared';

// ---------------------------------------------------------------------------------------------
// Apology and remorse

/** "We apologised to the buyer and refunded" is a corrective action, not an apology to the reviewer. */
const TO_BUYER_JA = /(?:購入者|お客様|お客さま|顧客|買い手|バイヤー)(?:様|さま)?(?:に|へ)(?:対し(?:て)?)?[、]?[^。迷]{0,4}$/;

export const APOLOGY: PhraseSet = phraseSet([
  p(/申し訳(?:ございません|ございませんでした|ありません|ありませんでした|なく|なかった|ない(?:と|気持ち|思い)|ござい)/),
  p(/(?:心より|深く|重ねて|謹んで|改めて)[、]?(?:お詫び|おわび|陳謝|謝罪)/),
  p(/(?:お詫び|おわび)(?:申し上げ|いたし|致し|します|申し)/, { notBefore: TO_BUYER_JA }),
  p(/謝罪(?:いたします|致します|申し上げ|させていただ)/, { notBefore: TO_BUYER_JA }),
  p(/(?:深く|心から|大いに|真摯に)?反省(?:しております|いたしております|致しております|しています|いたします|致します|の念|しきり)|猛省|深く反省/),
  p(/ご迷惑を?(?:お)?(?:かけ|掛け)(?:し|いたし|致し)(?:まし|た|て(?:しま|おり|い))/),
  p(/大変失礼(?:いたしました|しました|致しました)|面目(?:ない|次第もございません)|お恥ずかしい限り|弁解の余地|責任を痛感/),
  p(
    /\b(?:we|i)\s+(?:would\s+like\s+to\s+|want\s+to\s+|wish\s+to\s+|must\s+|do\s+)?(?:sincerely\s+|deeply\s+|truly\s+|humbly\s+|profusely\s+|wholeheartedly\s+|once\s+again\s+|again\s+)?apologi[sz]e\b/i,
    { notAfter: /^\s+to\s+(?:the\s+|each\s+|all\s+|every\s+|our\s+|affected\s+|any\s+)*(?:buyer|customer|purchaser|shopper|client)s?\b/i },
  ),
  p(/\b(?:our|my)\s+(?:sincere(?:st)?\s+|deep(?:est)?\s+|humble\s+|heartfelt\s+|profound\s+|utmost\s+)?apolog(?:y|ies)\b/i, {
    notAfter: /^\s+(?:e-?mail|letter|message|note|card|template|to\s+(?:the\s+|each\s+|every\s+)?(?:buyer|customer)s?)/i,
  }),
  p(/\bplease\s+accept\s+(?:our|my)\s+(?:\w+\s+)?apolog/i),
  p(/^\s*apologies\s+for\b/i),
  p(/\b(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:so\s+|very\s+|truly\s+|deeply\s+|terribly\s+|extremely\s+|really\s+|sincerely\s+|genuinely\s+)*sorry\b/i),
  p(/\bdeeply\s+sorry\b/i),
  p(/\b(?:we|i)\s+(?:deeply\s+|sincerely\s+|truly\s+|greatly\s+)?regret\b/i),
  p(/\b(?:we|i)\s+(?:am|are|feel|felt)\s+(?:deeply\s+|so\s+|very\s+|truly\s+)?(?:ashamed|embarrassed|remorseful)\b/i),
]);

// ---------------------------------------------------------------------------------------------
// Emotional pleading

export const PLEA: PhraseSet = phraseSet([
  p(/生活が(?:かか|掛か)って|生活(?:が|も)?(?:でき|成り立た|立ち行か)(?:ない|なく|ません)/),
  p(/家族(?:を|が)?(?:養|路頭)|家族(?:が|も)(?:い(?:ます|る)|おり)|養う家族|家族の生活|従業員の生活|(?:売上|収入)(?:だけ|のみ)で(?:生活|生計)/),
  p(/唯一の収入|収入(?:源)?(?:が|を)?(?:途絶|失|なくな|ゼロ)/),
  p(/死活問題|路頭に迷|藁にもすが|途方に暮れ|眠れ(?:ない|ません)|涙が|泣き/),
  p(/(?:どうか|お願いですから|何卒|なにとぞ)[、]?[^。]{0,20}?(?:お慈悲|助けて|お許し|ご容赦|チャンスを|機会を(?:お)?与え)/),
  p(/助けて(?:ください|下さい|ほしい|いただけ)|お慈悲|許して(?:ください|下さい)|懇願|最後のチャンス|もう一度(?:だけ)?チャンス/),
  // With 今すぐ/直ちに it is a demand, reported by the marketplace rule instead.
  p(/(?:再開|復活|解除)(?:して|させて)(?:ください|下さい|ほしい|欲しい|くれ)/, { notBefore: /(?:今すぐ|直ちに|至急|すぐに|早急に|即刻)[^。]{0,15}$/ }),
  // Only the seller's own ruin: 「仕入先が廃業したため」 is a fact.
  p(/倒産(?:して|する|しかね|の危機|寸前)|廃業(?:せざる|の危機|に追い込|しかね|寸前)|破産(?:して|する|しかね|の危機|寸前)/),
  p(/精神的に(?:追い詰め|参って|辛|つら)|絶望/),
  p(/\bi\s+have\s+(?:a\s+|my\s+|two\s+|three\s+|\d+\s+)?(?:family|wife|husband|kids|children|child|baby|dependents)\b/i),
  p(/\b(?:my|our)\s+(?:family|families|children|kids|wife|husband)\s+(?:depends?|rel(?:y|ies)|counts?)\b/i),
  p(/\b(?:support|feed|provide\s+for)\s+(?:my|our)\s+(?:family|families|children|kids)\b/i),
  p(/\blivelihoods?\b|\bonly\s+(?:source\s+of\s+)?income\b|\bput\s+food\s+on\s+the\s+table\b|\bpay\s+(?:my|our)\s+(?:rent|bills|mortgage)\b/i),
  p(/\b(?:i|we)\s+(?:beg|am\s+begging|are\s+begging|implore|plead|am\s+pleading|are\s+pleading)\b|\bhave\s+mercy\b|\bbegging\s+you\b/i),
  p(/\b(?:give|grant)\s+(?:me|us)\s+(?:a|another|one\s+more|a\s+second|one\s+last)\s+chance\b|\bone\s+(?:more|last)\s+chance\b|\bsecond\s+chance\b/i),
  p(/\b(?:desperate|devastated|heartbroken|hopeless|in\s+tears|sleepless)\b/i),
  p(/\b(?:i|we)\s+(?:will|would|could|might|may)\s+(?:lose\s+everything|go\s+bankrupt|be\s+bankrupt|go\s+out\s+of\s+business|lose\s+(?:my|our)\s+(?:home|house))\b|\b(?:i|we)\s+(?:am|are)\s+facing\s+bankruptcy\b/i),
  p(/\bthis\s+(?:business|store|account|shop)\s+is\s+(?:my|our)\s+(?:life|everything|only)\b/i),
  p(/\bkilling\s+(?:us|me|our\s+business|my\s+business)\b|\b(?:destroy|ruin)(?:ing|ed|s)?\s+(?:us|me|our\s+business|my\s+business|our\s+livelihood)\b/i),
  // Pressing for speed is pressure, not evidence.
  p(/\b(?:reinstat|reactivat|restor)\w*\s+(?:\w+\s+){0,3}?(?:as\s+soon\s+as\s+possible|asap|urgently|quickly)\b|\burgently\s+(?:request|ask|need)\b/i),
  p(/(?:一刻も|一日も)早く|早急に(?:再開|復活|解除)/),
]);

// ---------------------------------------------------------------------------------------------
// Excuses and blame

/** Third parties a seller may blame; the marketplace itself is handled by narrower phrases. */
const THIRD_EN =
  String.raw`(?:the\s+|a\s+|an\s+|one\s+|some\s+|this\s+|that\s+|these\s+|those\s+|our\s+|several\s+|many\s+)?` +
  String.raw`(?:buyer|customer|purchaser|shopper|competitor|rival(?:\s+seller)?|other\s+seller|another\s+seller|hijacker|carrier|courier|delivery\s+(?:company|driver|service|partner)|shipping\s+(?:company|carrier|partner)|logistics\s+(?:company|partner|provider)|driver|ups|fedex|dhl|usps|royal\s+mail|yamato|sagawa|japan\s+post|amazon|marketplace|supplier|vendor|manufacturer|rights?\s+(?:owner|holder)|brand\s+owner|complainant)(?:s|es)?` +
  // "customer service", "supplier invoice": our own function or document, not the party.
  String.raw`(?!\s+(?:service|support|care|satisfaction|experience|inquir|messag|communicat|feedback|account|invoice|list|database|records?)\b)`;

const THIRD_JA =
  '(?:購入者|お客様|お客さま|顧客|買い手|バイヤー|落札者|競合(?:他社|店|セラー|出品者|業者)?|ライバル(?:セラー|店|出品者|業者)?|他(?:の)?(?:セラー|出品者|業者)|相乗り(?:出品者|業者|セラー)?|配送業者|運送会社|運送業者|宅配業者|配送会社|配達員|ドライバー|ヤマト(?:運輸)?|佐川(?:急便)?|日本郵便|郵便局|西濃(?:運輸)?|福山通運|仕入(?:れ)?先|卸(?:業者|売業者|元)?|メーカー|権利者|申立人|申し立て人)(?:様|さま|さん|側)?';

const NEGATED_BEFORE_EN = /(?:\bnot|n['’]t|\bnever|\bno|\bnor|\bcannot)\s+(?:\w+\s+){0,2}$/i;
const NEGATED_AFTER_JA = /^(?:では|じゃ|は)(?:なく|ない|ありません|ございません)|^を(?:防|招|生|与|減|なく|未然)|^(?:の)?(?:防止|を防ぐ)/;
/** A member of staff as the subject: "担当者が規約を知らなかった" is a root-cause fact, not the seller's excuse. */
const STAFF_SUBJECT_JA = /(?:担当者?|スタッフ|従業員|社員|新人|アルバイト|パート|作業者|外注先?)(?:が|は|も)[^。]{0,12}$/;
const POLICY_OBJECT_EN = String.raw`(?:polic(?:y|ies)|rules?|guidelines?|requirements?|requir\w*|restrict\w*|prohibit\w*|not\s+allowed|allowed|terms|regulations?|approval|authori[sz]ation|permission|gated)`;

export const BLAME: PhraseSet = phraseSet([
  // --- blaming a third party
  p(new RegExp(String.raw`\b${THIRD_EN}['’]s?\s+fault\b|\bfault\s+(?:lies|lay|was|is)\s+with\s+${THIRD_EN}|\bfault\s+of\s+${THIRD_EN}`, 'i'), {
    tag: 'blame',
    notBefore: NEGATED_BEFORE_EN,
  }),
  p(
    new RegExp(
      String.raw`\b${THIRD_EN}\b[^.;:!?]{0,40}?\b(?:lied|(?:is|are|was|were)\s+lying|made\s+(?:it|this|that)\s+up|fabricated|faked|falsely\s+\w+|scammed|scamming|tried\s+to\s+scam|defrauded|abused|abusing|sabotag\w*|harass\w*|targeted\s+us|attacked\s+us|(?:is|are|was|were)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:scammer|fraudster|liar|cheat|troll)s?\b|(?:is|are|was|were)\s+(?:to\s+blame|responsible\s+for\s+(?:the|this|these|our|all)\s+(?:\w+\s+)?(?:delays?|problems?|issues?|damage|mistakes?|errors?|complaints?|suspension|late\w*))|filed\s+(?:a\s+|an\s+)?(?:false|fake|bogus|fraudulent|malicious|frivolous|baseless)|(?:never|did\s+not|didn['’]t|failed\s+to)\s+(?:read|follow|check)\s+(?:the|our)\s+(?:description|listing|instructions|product\s+page))`,
      'i',
    ),
    { tag: 'blame' },
  ),
  p(
    /\b(?:false|fake|bogus|fraudulent|malicious|baseless|unfounded|frivolous|groundless|bad[-\s]faith|spurious|unjustified|made-up)\s+(?:ip\s+|intellectual\s+property\s+|trademark\s+|copyright\s+|infringement\s+|authenticity\s+|counterfeit\s+|safety\s+|a-to-z\s+)?(?:complaints?|claims?|reports?|allegations?|accusations?|notices?|takedowns?)\b/i,
    { tag: 'blame', notBefore: /\b(?:prevent|detect|identify|flag|against|spot|handle|avoid|screen\s+for|report|make|making|made|post|posting|no|never|not|any)\s+(?:any\s+|such\s+)?$/i },
  ),
  p(new RegExp(String.raw`\b(?:blame|blamed|blaming)\s+(?:it\s+on\s+|this\s+on\s+|on\s+)?${THIRD_EN}`, 'i'), {
    tag: 'blame',
    notBefore: /(?:\bnot|n['’]t|\bnever|\bno\s+one|\bcannot|\bwon['’]t)\s+(?:\w+\s+){0,1}$/i,
  }),
  p(new RegExp(String.raw`\b(?:caused|created)\s+by\s+${THIRD_EN}`, 'i'), { tag: 'blame', notBefore: NEGATED_BEFORE_EN }),
  p(
    new RegExp(
      String.raw`\b(?:due\s+to|because\s+of|owing\s+to)\s+${THIRD_EN}['’]?s?\s+(?:\w+\s+)?(?:errors?|mistakes?|negligence|fault|failures?|delays?|carelessness|misconduct|lies|abuse|system\s+(?:error|glitch|bug)s?|glitch(?:es)?|bugs?|incompetence)`,
      'i',
    ),
    { tag: 'blame', notBefore: NEGATED_BEFORE_EN },
  ),
  p(
    new RegExp(
      String.raw`\bbecause\s+${THIRD_EN}\s+(?:lied|failed|did\s+not|didn['’]t|was\s+late|were\s+late|delayed|lost|damaged|misread|ignored|refused|never|made\s+a\s+mistake|sent\s+(?:us\s+)?(?:the\s+)?wrong)`,
      'i',
    ),
    { tag: 'blame' },
  ),
  // The gap is a short noun (配送業者の配達ミス) and never crosses another の: メーカー型番の入力ミス is ours.
  p(new RegExp(`${THIRD_JA}(?:の|が|は|による|から(?:の)?)?[^。、にへをでの]{0,4}?(?:せいで|せいだ|せいです|のせい|の責任|責任(?:です|であ|だ)|過失|落ち度|怠慢|不手際|ミス|手違い|虚偽|嘘|うそ|ウソ|不正(?:な|に)?(?:申告|返品|請求|クレーム|通報|申し立て|利用)|嫌がらせ|いやがらせ|いたずら|悪意|でっち上げ|言いがかり|勘違い|誤解|クレーマー|悪質)`), {
    tag: 'blame',
    notAfter: NEGATED_AFTER_JA,
  }),
  p(new RegExp(`${THIRD_JA}が[^。]{0,10}?(?:偽物|偽造品|模倣品|コピー品|粗悪品|不良品)を(?:販売|出品|混入|送)`), { tag: 'blame' }),
  p(/巻き込まれ|とばっちり|被害者(?:です|である|だ)/, { tag: 'excuse' }),
  // Calling the complainant's words untrue, right after quoting them.
  p(/(?:主張|申告|申し立て|クレーム|レビュー|評価|連絡|言い分)[^。]{0,15}?(?:事実ではありません|事実ではない|事実無根|嘘|虚偽|でたらめ|言いがかり)/, {
    tag: 'blame',
    notAfter: NEGATED_AFTER_JA,
  }),
  p(/\b(?:this|that|which|the\s+(?:claim|complaint|report|review|allegation|accusation))\s+(?:was|is)\s+(?:a\s+|an\s+)?(?:complete\s+|total\s+|blatant\s+|simply\s+)?(?:lie|untrue|fabricat\w*|made\s+up)\b/i, { tag: 'blame' }),
  p(/\b(?:complaint|claim|report|notice)s?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:filed|made|issued|sent|submitted)\s+(?:in\s+error|by\s+mistake|wrongly|mistakenly|falsely|in\s+bad\s+faith)/i, { tag: 'blame' }),
  p(/(?:虚偽|嘘|うそ|ウソ|でっち上げ|いわれのない|言われのない|根拠のない|事実無根|悪意のある|悪質な|嫌がらせ(?:の|による|目的の)?|身に覚えのない)(?:の)?(?:申告|申し立て|申立て|申立|クレーム|通報|苦情|報告|権利侵害(?:の)?申し立て|返品)/, {
    tag: 'blame',
  }),
  p(/(?:Amazon|アマゾン|貴社|御社)(?:側)?の(?:せい|責任|過失|落ち度)/i, { tag: 'blame', notAfter: NEGATED_AFTER_JA }),
  p(/(?:Amazon|アマゾン|貴社|御社)(?:側)?の(?:システム(?:エラー|障害|不具合)|不具合|エラー|バグ|誤作動)(?:が原因|のせい|による|により|で|が)|(?:Amazon|アマゾン|貴社|御社)(?:側)?の仕様(?:のせい|が原因)/i, { tag: 'blame' }),
  p(/\b(?:due\s+to|because\s+of|caused\s+by)\s+(?:an?\s+)?(?:amazon['’]s|the\s+marketplace['’]s|your)\s+(?:system\s+)?(?:error|glitch|bug|mistake|fault)/i, { tag: 'blame' }),

  // --- excuses
  p(
    /\bnot\s+(?:our|my)\s+fault\b|\bno\s+fault\s+of\s+(?:our|my)\s+own\b|\b(?:we|i)\s+(?:did|have\s+done|had\s+done)\s+nothing\s+wrong\b|\b(?:was|were|is|are)\s+(?:completely\s+|entirely\s+|totally\s+)?(?:beyond|out\s+of)\s+(?:our|my)\s+control\b|\b(?:we|i)\s+(?:are|am|were|was)\s+(?:(?:the|a)\s+)?(?:victims?|innocent)\b|\b(?:we|i)\s+(?:are|were|am|was)\s+not\s+(?:responsible|to\s+blame)\b|\b(?:it|this|that)\s+(?:was|is)n['’]t\s+(?:our|my)\s+fault\b/i,
    { tag: 'excuse' },
  ),
  p(/(?:当社|弊社|私|私ども|こちら|自分)(?:側)?(?:に|には|の)(?:は)?(?:非|落ち度|責任|過失|問題|悪い点)(?:は|が)?(?:一切)?(?:ない|無い|ありません|ございません|なかった|ありませんでした)/, {
    tag: 'excuse',
    // "we thought we were not at fault, but the investigation showed…" is the opposite of an excuse.
    notAfter: /^[^。]{0,20}?と(?:考え|思|判断|認識)[^。]*?(?:が|ものの|けれど)[、,]/,
  }),
  p(/(?:何も|なにも)(?:悪いこと|間違ったこと|違反)(?:は|を)?(?:して(?:い|お)りません|していない|しておらず)/, { tag: 'excuse' }),
  // Seniority as a defence: "10 years without a single problem".
  p(/\b(?:never\s+(?:had|received)\s+(?:a\s+single|a|any)\s+(?:problem|issue|complaint|violation)s?|(?:a|an)\s+(?:clean|perfect|spotless|flawless)\s+(?:record|history|track\s+record))\b/i, { tag: 'excuse' }),
  p(/(?:これまで|今まで|長年)[^。]{0,25}?(?:一度も)?[^。]{0,10}?(?:問題|違反|苦情|クレーム|トラブル)(?:は|が|も)?(?:なく|ありません|ございません|なかった)|このようなこと(?:は|が)初めて/, { tag: 'excuse' }),
  p(new RegExp(`${THIRD_JA}が[^。]{0,15}?(?:読まず|読んでおらず|読んでいな|確認せず|確認していな|見ずに|勘違いして|誤解して|悪用)`), {
    tag: 'blame',
    notAfter: /^[^。]{0,15}?(?:ないよう|ことのないよう|を防)/,
  }),
  p(/不可抗力|仕方(?:が)?な(?:い|かった)|どうしようもな|避けられな(?:い|かった)/, {
    tag: 'excuse',
    notAfter: /^[^。]{0,10}?(?:に備え|を想定|場合)/,
  }),

  // --- "we did not know the policy"
  p(new RegExp(String.raw`\b(?:we|i)\s+(?:(?:was|were|had\s+been)\s+(?:not\s+|un)aware\s+(?:of|that)|had\s+no\s+idea)\b[^.;]{0,60}?\b${POLICY_OBJECT_EN}`, 'i'), { tag: 'ignorance' }),
  p(
    new RegExp(
      String.raw`\b(?:we|i)\s+(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|never)\s+(?:know|knew|realis|realiz|understand|understood)\w*\b[^.;]{0,60}?\b${POLICY_OBJECT_EN}`,
      'i',
    ),
    { tag: 'ignorance' },
  ),
  p(/\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:told|informed|warned|notified)\s+(?:us|me)\b|\b(?:we|i)\s+(?:were|was)\s+never\s+(?:told|informed|warned|notified)\b|\b(?:amazon|you)\s+(?:never|did\s+not|didn['’]t)\s+(?:tell|inform|warn|notify)\s+(?:us|me)\b/i, {
    tag: 'ignorance',
  }),
  p(/\b(?:the|this|that|amazon['’]s)\s+(?:polic(?:y|ies)|rules?|guidelines?|requirements?)\s+(?:is|are|was|were)\s+(?:not\s+clear|unclear|confusing|hidden|hard\s+to\s+(?:find|understand)|vague)/i, {
    tag: 'ignorance',
  }),
  p(
    /(?:規約|ポリシー|ルール|規定|規則|ガイドライン|禁止|制限|許可|承認|認可|許諾|必要|出品できない|違反(?:になる|である|とな))[^。]{0,30}?(?:知らなかった|知りませんでした|知らず(?:に|、)|存じ(?:上げ)?ませんでした|存じておりませんでした|認識して(?:い|お)りませんでした|認識がありませんでした|認識(?:が|も)?なかった|把握して(?:い|お)りませんでした|気づきませんでした|気付きませんでした|わかりませんでした|分かりませんでした)/,
    { tag: 'ignorance', notBefore: STAFF_SUBJECT_JA, notAfter: /^(?:では済|とは言え|とはいえ|という(?:言い訳|理由))/ },
  ),
  p(/(?:知らずに|知らないまま|知らぬまま)[^。]{0,20}?(?:違反|出品して|販売して)/, { tag: 'ignorance', notBefore: STAFF_SUBJECT_JA }),
]);
