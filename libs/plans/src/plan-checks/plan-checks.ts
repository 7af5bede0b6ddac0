/**
 * The plan checker: a deterministic function run on every plan revision and before every
 * submission. Pure: no I/O, no clock, no randomness; the same input gives the same findings
 * in the same order.
 *
 * Findings are ordered by location (plan-level first, then by section order, then by offset
 * in the section body), then by the rule's place in RULES. A UI that wants blockers first can
 * sort by severity; keeping document order here makes diffs between revisions readable.
 */
import type { PlanCheckContext, PlanCheckSettings, PlanDocument, PlanFinding, RuleDefinition, RuleId, Severity } from './plan-checks.types';
import { RULE_IDS, SEVERITIES } from './plan-checks.types';
import { RULE_BY_ID, RULE_INDEX, RULES } from './rules/catalogue';
import { checkEvidence } from './rules/evidence.rule';
import { checkMarketplace } from './rules/marketplace.rule';
import { checkReadability } from './rules/readability.rule';
import { checkRootCause } from './rules/root-cause.rule';
import type { RawFinding, RuleFamilyCheck } from './rules/shared';
import { checkSpecificity } from './rules/specificity.rule';
import { checkStructure } from './rules/structure.rule';
import { checkTone } from './rules/tone.rule';
import { analyzePlan } from './text/analysis';

export * from './plan-checks.types';
export { RULES } from './rules/catalogue';
export {
  EN_MAX_PARAGRAPH_WORDS,
  EN_MAX_PLAN_WORDS,
  EN_MAX_SENTENCE_WORDS,
  JA_MAX_PARAGRAPH_CHARS,
  JA_MAX_PLAN_CHARS,
  JA_MAX_SENTENCE_CHARS,
} from './rules/readability.rule';

const FAMILIES: readonly RuleFamilyCheck[] = [
  checkStructure,
  (plan) => checkRootCause(plan),
  (plan) => checkTone(plan),
  (plan) => checkMarketplace(plan),
  (plan) => checkSpecificity(plan),
  (plan) => checkReadability(plan),
  checkEvidence,
];

const KNOWN_SEVERITIES: ReadonlySet<string> = new Set<Severity>(SEVERITIES);
const KNOWN_RULES: ReadonlySet<string> = new Set<string>(RULE_IDS);

interface ResolvedRule {
  enabled: boolean;
  severity: Severity;
}

/** Applies a tenant's overrides; unknown rule ids and invalid severities (from stored JSON) are ignored. */
function resolveRules(settings: PlanCheckSettings | undefined): Map<RuleId, ResolvedRule> {
  const resolved = new Map<RuleId, ResolvedRule>();
  for (const rule of RULES) resolved.set(rule.id, { enabled: true, severity: rule.defaultSeverity });
  const overrides = settings?.rules ?? {};
  for (const [id, setting] of Object.entries(overrides)) {
    if (!KNOWN_RULES.has(id) || !setting || typeof setting !== 'object') continue;
    const current = resolved.get(id as RuleId) as ResolvedRule;
    if (typeof setting.enabled === 'boolean') current.enabled = setting.enabled;
    if (typeof setting.severity === 'string' && KNOWN_SEVERITIES.has(setting.severity)) current.severity = setting.severity;
  }
  return resolved;
}

function compareFindings(sectionOrder: Map<string, number>) {
  return (a: PlanFinding, b: PlanFinding): number => {
    const sa = a.location.sectionId === null ? -1 : (sectionOrder.get(a.location.sectionId) ?? -1);
    const sb = b.location.sectionId === null ? -1 : (sectionOrder.get(b.location.sectionId) ?? -1);
    if (sa !== sb) return sa - sb;
    const pa = a.location.span?.start ?? -1;
    const pb = b.location.span?.start ?? -1;
    if (pa !== pb) return pa - pb;
    const ra = RULE_INDEX.get(a.ruleId) ?? 0;
    const rb = RULE_INDEX.get(b.ruleId) ?? 0;
    if (ra !== rb) return ra - rb;
    return a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0;
  };
}

function findingKey(f: RawFinding): string {
  const span = f.location.span;
  return `${f.ruleId}|${f.location.sectionId ?? ''}|${span ? `${span.start}-${span.end}` : ''}|${f.message.en}`;
}

export function checkPlan(plan: PlanDocument, context: PlanCheckContext, settings?: PlanCheckSettings): PlanFinding[] {
  const rules = resolveRules(settings);
  const analyzed = analyzePlan(plan);
  const ctx: PlanCheckContext = {
    usesFba: Boolean(context?.usesFba),
    uploadedDocumentIds: Array.isArray(context?.uploadedDocumentIds) ? context.uploadedDocumentIds : [],
    noticeAsins: Array.isArray(context?.noticeAsins) ? context.noticeAsins : [],
  };

  const seen = new Set<string>();
  const findings: PlanFinding[] = [];
  for (const family of FAMILIES) {
    for (const raw of family(analyzed, ctx)) {
      const rule = rules.get(raw.ruleId);
      if (!rule || !rule.enabled) continue;
      const key = findingKey(raw);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ruleId: raw.ruleId, severity: rule.severity, location: raw.location, message: raw.message });
    }
  }

  // First occurrence wins when a plan (wrongly) repeats a section id.
  const sectionOrder = new Map<string, number>();
  analyzed.sections.forEach((s) => {
    if (!sectionOrder.has(s.id)) sectionOrder.set(s.id, s.index);
  });
  return findings.sort(compareFindings(sectionOrder));
}

export function hasBlockers(findings: readonly PlanFinding[]): boolean {
  return findings.some((f) => f.severity === 'blocker');
}

/** The catalogue entry of a rule, for UIs that show a finding's rule description. */
export function describeRule(id: RuleId): RuleDefinition | undefined {
  return RULE_BY_ID.get(id);
}
