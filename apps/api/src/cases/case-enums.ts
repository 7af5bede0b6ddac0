import { CASE_SORTS, CASE_STATUSES as STATUSES, PRIORITIES, SENDER_DEPARTMENTS, SEVERITIES, VIOLATION_CATEGORIES } from '@reinstate/cases';

// Mutable copies for class-validator and Swagger, which want plain arrays.
export const CASE_STATUSES = [...STATUSES];
export const SEVERITIES_LIST = [...SEVERITIES];
export const VIOLATION_CATEGORIES_LIST = [...VIOLATION_CATEGORIES];
export const SENDER_DEPARTMENTS_LIST = [...SENDER_DEPARTMENTS];
export const PRIORITIES_LIST = [...PRIORITIES];
export const CASE_SORTS_LIST = [...CASE_SORTS];
