export * from './plan-checks/plan-checks';
export * from './plan-checks/plan-checks.types';
