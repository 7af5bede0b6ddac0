/**
 * The plan as the plain text that goes into the marketplace's appeal form (Seller Central takes
 * text, not documents): each section under its heading, root causes with their 5W1H spelled out,
 * documents listed by name. Pure; the same revision always renders to the same text.
 */
import type { PlanLanguage, PlanSection, RootCauseFields } from '../plan-checks/plan-checks.types';
import { defaultSections } from './plan-content.policy';

const FIELD_LABELS: Record<PlanLanguage, Record<keyof RootCauseFields, string>> = {
  ja: { when: 'いつ', where: 'どこで', who: '誰が', what: '何を', why: 'なぜ', how: 'どのように' },
  en: { when: 'When', where: 'Where', who: 'Who', what: 'What', why: 'Why', how: 'How' },
};
const FIELD_ORDER: (keyof RootCauseFields)[] = ['when', 'where', 'who', 'what', 'why', 'how'];

function heading(language: PlanLanguage, title: string): string {
  return language === 'ja' ? `【${title}】` : `${title}:`;
}

/** A section's title, else the built-in title of its kind, else nothing (free sections). */
function titleOf(language: PlanLanguage, section: PlanSection): string | null {
  if (section.title?.trim()) return section.title.trim();
  return defaultSections(language, true).find((s) => s.kind === section.kind)?.title ?? null;
}

export function renderPlanText(language: PlanLanguage, sections: readonly PlanSection[], documentNames: ReadonlyMap<string, string> = new Map()): string {
  const blocks: string[] = [];
  for (const section of sections) {
    const lines: string[] = [];
    const title = titleOf(language, section);
    if (title) lines.push(heading(language, title));
    const body = section.body.trim();
    if (body) lines.push(body);
    const fields = FIELD_ORDER.filter((f) => section.rootCause?.[f]?.trim());
    for (const f of fields) lines.push(`・${FIELD_LABELS[language][f]}${language === 'ja' ? '：' : ': '}${section.rootCause![f]!.trim()}`);
    for (const id of section.documentIds ?? []) {
      const name = documentNames.get(id);
      if (name) lines.push(`・${name}`);
    }
    // A section with nothing but its heading is left out: an empty heading reads as an omission.
    if (lines.length > (title ? 1 : 0)) blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
