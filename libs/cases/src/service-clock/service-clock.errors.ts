import { DomainError, type ErrorDetail } from '@reinstate/platform';

export const ServiceClockErrors = {
  invalidSettings: (details: ErrorDetail[]) =>
    new DomainError('SERVICE_CLOCK_SETTINGS_INVALID', 'invalid', 'The service clock settings are not usable; see details.', details),
};
