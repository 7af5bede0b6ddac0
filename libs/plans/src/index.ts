export * from './plan-checks/plan-checks';
export * from './plan-checks/plan-checks.types';
export * from './revisions/tokenize';
export * from './revisions/diff';
export * from './revisions/anchor';
