import type { RuleDefinition, RuleId } from '../plan-checks.types';

/**
 * The rule catalogue an admin UI lists. Its order is also the tie-break order of findings
 * at the same location, so keep related rules together and append new ones at the end of a family.
 */
export const RULES: readonly RuleDefinition[] = Object.freeze([
  {
    id: 'structure.required_section_missing',
    family: 'structure',
    defaultSeverity: 'blocker',
    description: {
      ja: '概要・根本原因・是正措置・再発防止策のいずれかが無い、または空欄です。',
      en: 'One of summary, root cause, corrective actions or preventive measures is missing or empty.',
    },
  },
  {
    id: 'structure.summary_not_first',
    family: 'structure',
    defaultSeverity: 'warning',
    description: {
      ja: '概要が冒頭にありません。審査担当者は冒頭だけを読んで判断することがあります。',
      en: 'The summary is not the first section; reviewers often read only the opening.',
    },
  },
  {
    id: 'structure.fba_stock_missing',
    family: 'structure',
    defaultSeverity: 'blocker',
    description: {
      ja: 'FBA利用者なのに、FBA倉庫の在庫をどうするかの記載がありません。',
      en: 'The client uses FBA but the plan does not say what happens to the stock in fulfilment centres.',
    },
  },
  {
    id: 'root_cause.missing_5w1h',
    family: 'root_cause',
    defaultSeverity: 'warning',
    description: {
      ja: '根本原因に5W1H（いつ・どこで・誰が・何を・なぜ・どのように）の要素が不足しています。',
      en: 'The root cause lacks some of the 5W1H elements (when, where, who, what, why, how).',
    },
  },
  {
    id: 'root_cause.policy_name_only',
    family: 'root_cause',
    defaultSeverity: 'warning',
    description: {
      ja: '根本原因が違反したポリシー名の言い換えだけで、原因の分析になっていません。',
      en: 'The root cause only restates the policy that was violated instead of analysing the cause.',
    },
  },
  {
    id: 'tone.apology_language',
    family: 'tone',
    defaultSeverity: 'warning',
    description: {
      ja: '謝罪・反省の表現。改善計画書は反省文ではありません。',
      en: 'Apology or remorse wording; a plan of action is not an apology letter.',
    },
  },
  {
    id: 'tone.opening_apology',
    family: 'tone',
    defaultSeverity: 'hint',
    description: {
      ja: '冒頭の短いお詫び一文。日本語の指南書では許容されることが多いため既定はヒントです（厳格にする場合は警告に変更）。',
      en: 'A single short apology sentence at the very start. Many Japanese guides accept it, so it is a hint by default (raise it to warning for strict, English-style plans).',
    },
  },
  {
    id: 'tone.emotional_plea',
    family: 'tone',
    defaultSeverity: 'warning',
    description: {
      ja: '感情的な訴え・懇願（生活がかかっている、家族がいる等）。',
      en: 'Emotional pleading (livelihood, family, begging for a chance).',
    },
  },
  {
    id: 'tone.excuse_or_blame',
    family: 'tone',
    defaultSeverity: 'warning',
    description: {
      ja: '言い訳や他者（購入者・競合・配送業者・マーケットプレイス）への責任転嫁、「規約を知らなかった」。',
      en: 'Excuses or blaming others (buyers, competitors, carriers, the marketplace), or "we were not aware of the policy".',
    },
  },
  {
    id: 'marketplace.complaint',
    family: 'marketplace',
    defaultSeverity: 'blocker',
    description: {
      ja: 'マーケットプレイスへの抗議・異議・要求（「停止は誤りです」「なぜ停止されたのか」「売上金を返して」）。',
      en: 'Complaints, challenges or demands to the marketplace ("this suspension was a mistake", "why was I suspended?", "release my funds").',
    },
  },
  {
    id: 'marketplace.question',
    family: 'marketplace',
    defaultSeverity: 'warning',
    description: {
      ja: 'マーケットプレイスへの質問・問い合わせ。改善計画書では質問しません。',
      en: 'A question addressed to the marketplace; a plan of action asks nothing.',
    },
  },
  {
    id: 'specificity.vague_promise',
    family: 'specificity',
    defaultSeverity: 'warning',
    description: {
      ja: '具体性のない約束（「今後気をつけます」「再発防止に努めます」等）。',
      en: 'A promise without specifics ("we will do better", "we will train our team").',
    },
  },
  {
    id: 'readability.long_sentence',
    family: 'readability',
    defaultSeverity: 'hint',
    description: {
      ja: '長すぎる一文（日本語120字超／英語35語超）。翻訳して読まれるため短く区切ります。',
      en: 'An overlong sentence (over 120 Japanese characters / 35 English words); plans are read quickly, often in translation.',
    },
  },
  {
    id: 'readability.long_paragraph',
    family: 'readability',
    defaultSeverity: 'warning',
    description: {
      ja: '長すぎる段落（日本語400字超／英語120語超）。',
      en: 'An overlong paragraph (over 400 Japanese characters / 120 English words).',
    },
  },
  {
    id: 'readability.plan_too_long',
    family: 'readability',
    defaultSeverity: 'hint',
    description: {
      ja: '計画書全体が長すぎます。',
      en: 'The plan as a whole is too long.',
    },
  },
  {
    id: 'readability.no_bullets',
    family: 'readability',
    defaultSeverity: 'hint',
    description: {
      ja: '是正措置・再発防止策が箇条書きになっていません。',
      en: 'Corrective actions or preventive measures are not written as bullet points.',
    },
  },
  {
    id: 'evidence.document_not_uploaded',
    family: 'evidence',
    defaultSeverity: 'blocker',
    description: {
      ja: '計画書が参照する書類がアップロードされていません。',
      en: 'A document the plan refers to has not been uploaded.',
    },
  },
  {
    id: 'evidence.asin_not_addressed',
    family: 'evidence',
    defaultSeverity: 'warning',
    description: {
      ja: '通知に記載されたASINのうち、計画書で触れていないものがあります。',
      en: 'Some ASINs named in the notice are not addressed anywhere in the plan.',
    },
  },
] satisfies RuleDefinition[]);

export const RULE_INDEX: ReadonlyMap<RuleId, number> = new Map(RULES.map((r, i) => [r.id, i]));

export const RULE_BY_ID: ReadonlyMap<RuleId, RuleDefinition> = new Map(RULES.map((r) => [r.id, r]));
