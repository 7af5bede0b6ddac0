import { DomainError } from '@reinstate/platform';
import type { PeriodProblem } from './report.policy';

export const ReportErrors = {
  invalidPeriod: (problems: PeriodProblem[]) =>
    new DomainError(
      'INVALID_PERIOD',
      'invalid',
      'The period needs real calendar dates (YYYY-MM-DD), "to" on or after "from", and at most ten years.',
      problems.map((p) => ({ ...p })),
    ),
};
