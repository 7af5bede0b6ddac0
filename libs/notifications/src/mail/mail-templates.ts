/**
 * The e-mail (and in-app) text of each notification kind, in Japanese and English. Values come
 * from the reminder's payload; a missing value shows as an empty string, never "undefined".
 */
export type Locale = 'ja' | 'en';

interface Template {
  subject: Record<Locale, string>;
  body: Record<Locale, string>;
}

const TEMPLATES: Record<string, Template> = {
  'deadline.approaching': {
    subject: { ja: '【{tenant}】ケース#{caseNumber} の提出期限まで残り{hoursLeft}時間', en: '[{tenant}] Case #{caseNumber}: {hoursLeft} hours to the marketplace deadline' },
    body: {
      ja: 'ケース#{caseNumber}「{caseTitle}」のマーケットプレイスへの回答期限は {deadlineLocal}（{timeZone}）です。\n残り約{hoursLeft}時間です。期限を過ぎると状況が悪化するおそれがあります。',
      en: 'The marketplace deadline of case #{caseNumber} "{caseTitle}" is {deadlineLocal} ({timeZone}).\nAbout {hoursLeft} hours are left. Missing it can make things worse.',
    },
  },
  'trial.ending': {
    subject: { ja: '【{tenant}】無料トライアルはあと3日で終了します', en: '[{tenant}] Your free trial ends in 3 days' },
    body: {
      ja: '{clientName} 様の無料トライアルは {endsLocal} に終了します。緊急サポートは正会員のみご利用いただけます。',
      en: "{clientName}'s free trial ends on {endsLocal}. Emergency support is for full members only.",
    },
  },
  'trial.ended': {
    subject: { ja: '【{tenant}】無料トライアルが終了しました', en: '[{tenant}] Your free trial has ended' },
    body: { ja: '{clientName} 様の無料トライアルは終了しました。', en: "{clientName}'s free trial has ended." },
  },
  'document_request.overdue': {
    subject: { ja: '【{tenant}】ご依頼の書類「{title}」の期限を過ぎています', en: '[{tenant}] The document "{title}" is overdue' },
    body: {
      ja: 'ケース#{caseNumber} でお願いしている書類「{title}」（期限 {dueOn}）がまだ届いていません。ポータルからアップロードしてください。',
      en: 'The document "{title}" for case #{caseNumber} (due {dueOn}) has not arrived yet. Please upload it in the portal.',
    },
  },
  'client_review.pending': {
    subject: { ja: '【{tenant}】改善計画書のご確認をお願いします（ケース#{caseNumber}）', en: '[{tenant}] Your plan of action is waiting for your review (case #{caseNumber})' },
    body: {
      ja: 'ケース#{caseNumber}「{caseTitle}」の改善計画書がお客様の確認待ちです。ポータルで内容をご確認のうえ、承認または修正依頼をお願いします。',
      en: 'The plan of action for case #{caseNumber} "{caseTitle}" is waiting for your review. Please approve it or ask for changes in the portal.',
    },
  },
  'submission.no_reply': {
    subject: { ja: '【{tenant}】提出後{days}日間、回答がありません（ケース#{caseNumber}）', en: '[{tenant}] No reply {days} days after submission (case #{caseNumber})' },
    body: {
      ja: 'ケース#{caseNumber}「{caseTitle}」は提出から{days}日経過しましたが、マーケットプレイスからの回答がありません。アカウントヘルスの確認やフォローアップをご検討ください。',
      en: 'Case #{caseNumber} "{caseTitle}" has had no reply from the marketplace {days} days after submission. Consider checking Account Health or following up.',
    },
  },
  'service_clock.due_soon': {
    subject: { ja: '【{tenant}】ケース#{caseNumber} の対応目標時刻が迫っています', en: '[{tenant}] Case #{caseNumber}: service target due soon' },
    body: {
      ja: 'ケース#{caseNumber}「{caseTitle}」の社内対応目標は {dueLocal}（{timeZone}）です。\n営業時間であと約{minutesLeft}分です。',
      en: 'The service target of case #{caseNumber} "{caseTitle}" is due at {dueLocal} ({timeZone}).\nAbout {minutesLeft} business minutes are left.',
    },
  },
  'service_clock.breached': {
    subject: { ja: '【{tenant}】ケース#{caseNumber} の対応目標時刻を過ぎました', en: '[{tenant}] Case #{caseNumber}: service target missed' },
    body: {
      ja: 'ケース#{caseNumber}「{caseTitle}」の社内対応目標（{dueLocal}、{timeZone}）を過ぎました。担当者の状況を確認してください。',
      en: 'Case #{caseNumber} "{caseTitle}" missed its service target ({dueLocal}, {timeZone}). Please check on it.',
    },
  },
  'emergency.unacknowledged': {
    subject: { ja: '【{tenant}】緊急対応が未確認です（ケース#{caseNumber}）', en: '[{tenant}] Emergency not acknowledged (case #{caseNumber})' },
    body: {
      ja: 'ケース#{caseNumber} の緊急サポート依頼が目標時間（{responseTargetMinutes}分）内に確認されていません。折り返し先: {callbackNumber}',
      en: 'The emergency on case #{caseNumber} was not acknowledged within its target ({responseTargetMinutes} min). Call back: {callbackNumber}',
    },
  },
};

const GENERIC: Template = {
  subject: { ja: '【{tenant}】お知らせ', en: '[{tenant}] Notification' },
  body: { ja: '{kind}', en: '{kind}' },
};

export function renderTemplate(kind: string, locale: Locale, values: Record<string, unknown>): { subject: string; text: string } {
  const t = TEMPLATES[kind] ?? GENERIC;
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_m, k: string) => (k === 'kind' ? kind : values[k] === undefined || values[k] === null ? '' : String(values[k])));
  return { subject: fill(t.subject[locale]), text: fill(t.body[locale]) };
}

export function hasTemplate(kind: string): boolean {
  return kind in TEMPLATES;
}
