/** Small helpers for the rule specs: run the whole checker on one section under test. */
import { checkPlan } from '../plan-checks';
import type { PlanCheckContext, PlanCheckSettings, PlanFinding, PlanSection, RuleId, SectionKind } from '../plan-checks.types';
import { NO_CONTEXT, planWith } from './fixtures';

export interface CheckOptions {
  context?: Partial<PlanCheckContext>;
  extra?: Partial<PlanSection>;
  settings?: PlanCheckSettings;
}

export function checkSection(language: 'ja' | 'en', kind: SectionKind, body: string, opts: CheckOptions = {}): PlanFinding[] {
  return checkPlan(planWith(language, kind, body, opts.extra), { ...NO_CONTEXT, ...opts.context }, opts.settings);
}

/** Findings of one rule on the section under test. */
export function hits(ruleId: RuleId, language: 'ja' | 'en', kind: SectionKind, body: string, opts: CheckOptions = {}): PlanFinding[] {
  return checkSection(language, kind, body, opts).filter((f) => f.ruleId === ruleId);
}
