/**
 * Timeline kinds that other code reads back (the outcome figures count them in SQL), so the
 * writer and the readers share one spelling.
 */
export const STATUS_CHANGED_EVENT = 'case.status_changed';
export const PLAN_REVISION_SAVED_EVENT = 'plan.revision_saved';
