import { CASE_STATUSES as STATUSES, SENDER_DEPARTMENTS, SEVERITIES, VIOLATION_CATEGORIES } from '@reinstate/cases';

// Mutable copies for class-validator and Swagger, which want plain arrays.
export const CASE_STATUSES = [...STATUSES];
export const SEVERITIES_LIST = [...SEVERITIES];
export const VIOLATION_CATEGORIES_LIST = [...VIOLATION_CATEGORIES];
export const SENDER_DEPARTMENTS_LIST = [...SENDER_DEPARTMENTS];
