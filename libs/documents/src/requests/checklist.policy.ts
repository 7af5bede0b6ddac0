import { DEFAULT_CHECKLISTS, type ChecklistItem, type ViolationCategory } from '../checklists/default-checklists';

/**
 * The checklist to propose for a case: the items of each of its categories (the tenant's own
 * template where it has one), once each, minus what the case already has open or fulfilled.
 */
export function checklistFor(
  categories: ViolationCategory[],
  tenantTemplates: Map<string, ChecklistItem[]>,
  existing: { kind: string; title: string; status: string }[],
): ChecklistItem[] {
  const have = new Set(existing.filter((r) => r.status !== 'cancelled').map((r) => `${r.kind}|${r.title}`));
  const out: ChecklistItem[] = [];
  const seen = new Set<string>();
  for (const category of categories.length > 0 ? categories : (['other'] as ViolationCategory[])) {
    for (const item of tenantTemplates.get(category) ?? DEFAULT_CHECKLISTS[category] ?? []) {
      const key = `${item.kind}|${item.title.ja}`;
      if (seen.has(key) || have.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
