/**
 * Rules about a plan's content that need no database: validation of a section list, the default
 * skeleton in each language, and what a client may see.
 */
import type { PlanLanguage, PlanSection } from '../plan-checks/plan-checks.types';

export const LIMITS = {
  sections: 100,
  sectionBody: 20_000,
  /** The whole plan; marketplaces' forms cut far shorter text, so this only stops abuse. */
  planChars: 200_000,
} as const;

export interface ContentProblem {
  field: string;
  issue: string;
}

/** Problems a DTO cannot see: duplicate ids and the whole plan's size. [] when fine. */
export function contentProblems(sections: readonly PlanSection[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (sections.length === 0) problems.push({ field: 'sections', issue: 'empty' });
  if (sections.length > LIMITS.sections) problems.push({ field: 'sections', issue: `more_than_${LIMITS.sections}` });
  const seen = new Set<string>();
  let total = 0;
  sections.forEach((s, i) => {
    if (seen.has(s.id)) problems.push({ field: `sections[${i}].id`, issue: 'duplicate' });
    seen.add(s.id);
    total += s.body.length + (s.title?.length ?? 0) + Object.values(s.rootCause ?? {}).reduce((n, v) => n + (v?.length ?? 0), 0);
  });
  if (total > LIMITS.planChars) problems.push({ field: 'sections', issue: `longer_than_${LIMITS.planChars}_characters` });
  return problems;
}

/** Keeps only the fields a section has (drops undefined keys), so stored JSON compares cleanly. */
export function normaliseSections(sections: readonly PlanSection[]): PlanSection[] {
  return sections.map((s) => {
    const out: PlanSection = { id: s.id, kind: s.kind, body: s.body };
    if (s.title !== undefined) out.title = s.title;
    if (s.rootCause !== undefined) out.rootCause = Object.fromEntries(Object.entries(s.rootCause).filter(([, v]) => v !== undefined));
    if (s.documentIds !== undefined) out.documentIds = [...s.documentIds];
    return out;
  });
}

const TITLES: Record<PlanLanguage, Record<Exclude<PlanSection['kind'], 'free'>, string>> = {
  ja: {
    summary: '概要',
    root_cause: '根本原因',
    corrective_actions: '実施済みの是正措置',
    preventive_measures: '再発防止策',
    fba_stock: 'FBA在庫の取り扱い',
    supporting_documents: '添付資料',
  },
  en: {
    summary: 'Summary',
    root_cause: 'Root cause',
    corrective_actions: 'Corrective actions taken',
    preventive_measures: 'Preventive measures',
    fba_stock: 'FBA inventory',
    supporting_documents: 'Supporting documents',
  },
};

/**
 * The built-in structure when the tenant has no template for the case's category: summary
 * first (DOMAIN.md), one root cause with its 5W1H, actions taken, prevention, and the FBA
 * statement only for FBA sellers.
 */
export function defaultSections(language: PlanLanguage, usesFba: boolean): PlanSection[] {
  const t = TITLES[language];
  const sections: PlanSection[] = [
    { id: 'summary', kind: 'summary', title: t.summary, body: '' },
    { id: 'root-cause-1', kind: 'root_cause', title: t.root_cause, body: '', rootCause: {} },
    { id: 'corrective-actions', kind: 'corrective_actions', title: t.corrective_actions, body: '' },
    { id: 'preventive-measures', kind: 'preventive_measures', title: t.preventive_measures, body: '' },
  ];
  if (usesFba) sections.push({ id: 'fba-stock', kind: 'fba_stock', title: t.fba_stock, body: '' });
  sections.push({ id: 'supporting-documents', kind: 'supporting_documents', title: t.supporting_documents, body: '', documentIds: [] });
  return sections;
}

/** Findings counted by severity, stored beside the revision for lists. */
export function countFindings(findings: readonly { severity: string }[]): { blockers: number; warnings: number } {
  return { blockers: findings.filter((f) => f.severity === 'blocker').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

/** Client users see a revision only once it was shared with them (sent for review or submitted). */
export function revisionVisible(role: string, revision: { sharedAt: Date | null }): boolean {
  return role !== 'client' || revision.sharedAt !== null;
}
