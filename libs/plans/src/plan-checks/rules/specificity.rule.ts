/**
 * Vague promises: "we will do better", "we will train our team", 今後気をつけます, 再発防止に努めます.
 *
 * A promise is vague only when its sentence carries nothing checkable: no number or frequency,
 * no trigger ("before each listing"), no named artefact (checklist, invoice), no responsible role
 * acting, no method ("by comparing…"), and no pointer to the specifics ("as follows:", 「以下の通り」,
 * "the measures above"). "Every Monday the warehouse lead runs a 30-minute training on the FBA
 * labelling checklist" is specific; "We will train our team" is not.
 */
import type { LocalizedText } from '../plan-checks.types';
import type { AnalyzedPlan, AnalyzedSection } from '../text/analysis';
import type { Sentence } from '../text/segment';
import { finding, matchPhrase, p, phraseSet, quote, sentenceSpan, type PhraseSet, type RawFinding } from './shared';

const VAGUE: PhraseSet = phraseSet([
  p(/今後(?:は|とも)?[、]?(?:より(?:一層)?|一層|十分|細心の|しっかり(?:と)?|十分に|重々|さらに)?[、]?(?:気を(?:つけ|付け)|注意(?:し|を払|いた|致|して)|留意|徹底(?:し|いた|致)|精進|努力|努め)/),
  p(/再発防止に(?:努め|尽力|全力|取り組|取組|万全)|再発(?:の)?防止(?:を|に)(?:徹底|図|努め)/),
  p(/二度と[^。]{0,15}?(?:ないよう|起こさない|起きない|繰り返さない|ありません)/),
  p(/細心の注意を(?:払|はら)|真摯に(?:受け止め|対応|取り組)|肝に銘じ|気を引き締め|(?:最善|全力)を尽く|(?:より一層|一層|さらに)の?(?:努力|注意|精進)/),
  p(/(?:社員|従業員|スタッフ)?(?:教育|研修|指導)を(?:徹底|強化|実施|行い?)(?:いたし|致し|し)?(?:ます|てまいります|ていきます)/),
  p(/(?:管理|チェック|確認|監視|体制|品質管理|在庫管理|検品)(?:体制)?を(?:徹底|強化|見直し?|厳格化)(?:いたし|致し|し)?(?:ます|てまいります|ていきます)/),
  p(/(?:改善|向上)に(?:努め|取り組|取組|尽力)/),
  p(/(?:規約|ポリシー|ルール|ガイドライン)を(?:遵守|順守|厳守|守)(?:いたし|致し|し|って|り)?(?:ます|てまいります|ていきます|る)/),
  p(/注意(?:して|を払って)(?:まいります|いきます)/),
  p(
    /\b(?:we|i)(?:\s+will|\s+shall|['’]ll|\s+are\s+going\s+to|\s+promise\s+to|\s+plan\s+to|\s+intend\s+to|\s+commit\s+to|\s+are\s+committed\s+to)\s+(?:(?:always|now|also|further|continue\s+to|try\s+to|strive\s+to|definitely|certainly|be\s+sure\s+to|make\s+(?:every|an)\s+effort\s+to|work\s+to|strictly|closely|carefully|fully|properly|diligently|rigorously|thoroughly|constantly|continuously|seriously|better|more)\s+)*(?:do\s+(?:better|our\s+best|everything)|be\s+(?:more\s+|extra\s+)?(?:careful|vigilant|diligent|attentive|cautious)|pay\s+(?:more\s+|closer\s+|close\s+|extra\s+)?attention|improve|train|educate|retrain|take\s+(?:this|it|these\s+matters?|the\s+matter)\s+(?:very\s+|more\s+)?seriously|make\s+sure|ensure|prevent|avoid|follow|comply|adhere|abide|monitor|review|strengthen|enhance|tighten|work\s+harder|try\s+harder|learn\s+from|double[-\s]check|check|be\s+more|never\s+(?:let|allow))\b/i,
  ),
  p(/\b(?:more\s+)?care\s+will\s+be\s+taken\b|\b(?:it|this|that|such\s+(?:an?\s+)?(?:issue|incident|mistake|problem|thing))\s+(?:will\s+(?:never|not)|won['’]t)\s+(?:happen|occur|be\s+repeated)\s+again\b/i),
]);

/** Anything a reviewer could verify. Tested on the original text, so quoted names count. */
const SPECIFIC_EN = new RegExp(
  [
    String.raw`\d`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|daily|weekly|monthly|quarterly|annually|biweekly|fortnightly|hourly|per\s+(?:order|shipment|listing|day|week|month|sku|asin))\b`,
    // "every product" is a quantifier, "every new listing" / "each Monday" a trigger or frequency.
    String.raw`\b(?:every|each)\s+(?:(?:new|single|incoming|outgoing|other)\s+)?(?:day|week|month|quarter|year|morning|evening|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday|order|shipment|listing|sku|asin|batch|delivery|purchase|inbound|outbound|time|carton|box|parcel|invoice)s?\b`,
    String.raw`\b(?:before|after|prior\s+to|within|until|whenever|when\s+(?:a|an|the|we|new|each|any))\b`,
    String.raw`\b(?:checklist|template|spreadsheet|log|sop|standard\s+operating|manual|software|app|brand\s+registry|dashboard|barcode|scanner|invoices?|receipts?|authori[sz]ed\s+(?:distributors?|dealers?|resellers?)|photos?|photograph\w*|calendar|alerts?)\b`,
    String.raw`\b(?:lead|manager|supervisor|owner|director|officer|inspector|second\s+person|another\s+(?:staff|person|employee)|two\s+people)\s+(?:will|must|shall|checks?|reviews?|runs?|signs?|approves?|verif\w+|inspects?|compares?)\b`,
    String.raw`\b(?:attached|appendix|annex|exhibit|as\s+follows|following|below|above|these\s+(?:steps|measures|actions|changes|controls)|the\s+(?:steps|measures|actions|controls)\s+(?:above|below|listed|described))\b`,
    String.raw`\bby\s+\w+ing\b|\busing\b|\bvia\b|\bthrough\s+(?:a|an|the)\b`,
    String.raw`"[^"]+"|“[^”]+”`,
  ].join('|'),
  'i',
);

const SPECIFIC_JA = new RegExp(
  [
    '[0-9０-９]',
    // 十分 ("enough"), 一日も早く and 一人ひとり are not quantities.
    '(?!十分(?!間)|一日も|一人ひとり)[一二三四五六七八九十百]+(?:名|人|回|日|週|ヶ月|か月|カ月|時間|分|件|点|個|段階|つ|項目)',
    '毎(?:日|週|月|朝|晩|夕|回|営業日|出荷|出品|入荷|年)|日次|週次|月次|四半期|年次|ごとに|毎に|都度|前に|前の|後に|以内|までに|時点|タイミング|入荷時|出荷前|出品前|発送前|仕入れ?前|納品前|際に|際は|場合は|場合に',
    '(?:担当者|責任者|リーダー|管理者|店長|代表|マネージャー|検品担当)(?:が|は)|別の(?:担当者|スタッフ|者)|第三者|ダブルチェック|二重チェック|Wチェック|クロスチェック|照合|複数名',
    'チェックリスト|マニュアル|手順書|台帳|スプレッドシート|管理表|一覧表|ブランド登録|ブランドレジストリ|ダッシュボード|バーコード|スキャナ|請求書|領収書|納品書|写真|アラート|通知設定',
    '添付|別紙|資料[0-9０-９]|下記|以下|次の(?:通り|とおり|よう)|上記|前述|具体的(?:に|には)|これら(?:の)?(?:対策|施策|措置)|以上の(?:対策|施策|措置)|本計画|本改善計画',
    'を導入|を設け|を作成|を義務|を必須|を新設|を追加',
    '「[^」]+」|『[^』]+』',
  ].join('|'),
);

const MESSAGE = (phrase: string): LocalizedText => ({
  ja: `「${phrase}」は具体性のない約束です。審査担当者は「誰が・いつ・何を・どの頻度で・何を使って」行うかを確認します（例：「毎週月曜に倉庫責任者が出荷前チェックリストで全SKUを照合する」）。具体的な手順に書き換えてください。`,
  en: `"${phrase}" is a promise without specifics. Reviewers look for who does what, when, how often and with what (e.g. "every Monday the warehouse lead checks all SKUs against the pre-shipment checklist"). Rewrite it as a concrete step.`,
});

/** "We will improve our processes as follows:" followed by bullets is an introduction, not a promise. */
function introducesList(section: AnalyzedSection, sentence: Sentence): boolean {
  if (/[:：]\s*$/.test(sentence.text)) return true;
  // A bullet followed by more bullets is an item of the list, not its introduction.
  if (sentence.isBullet) return false;
  const lines = section.seg.lines;
  const line = lines[sentence.line];
  if (sentence.end < line.end && section.body.slice(sentence.end, line.end).trim() !== '') return false;
  for (let i = sentence.line + 1; i < lines.length; i++) {
    if (lines[i].end <= lines[i].contentStart && !lines[i].isBullet) continue;
    return lines[i].isBullet;
  }
  return false;
}

export function checkSpecificity(plan: AnalyzedPlan): RawFinding[] {
  const out: RawFinding[] = [];
  for (const section of plan.sections) {
    for (const sentence of section.seg.sentences) {
      const vague = matchPhrase(sentence, VAGUE);
      if (!vague) continue;
      if (SPECIFIC_EN.test(sentence.text) || SPECIFIC_JA.test(sentence.text) || introducesList(section, sentence)) continue;
      out.push(finding('specificity.vague_promise', section, MESSAGE(quote(vague.text)), sentenceSpan(sentence)));
    }
  }
  return out;
}
