import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from './error-envelope';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED, MALFORMED_JSON, INVALID_ID, INVALID_CURSOR, …)',
  401: 'Not signed in or token invalid (UNAUTHENTICATED, INVALID_CREDENTIALS, REFRESH_TOKEN_*)',
  403: 'Role not allowed (FORBIDDEN_ROLE, NO_ACTIVE_MEMBERSHIP)',
  404: 'Not found, or not yours (…_NOT_FOUND)',
  409: 'Conflict with the current state (EMAIL_TAKEN, ALREADY_MEMBER, LAST_ADMIN, VERSION_CONFLICT)',
  410: 'No longer usable (INVITATION_EXPIRED, INVITATION_USED, INVITATION_REVOKED)',
  413: 'Body too large (PAYLOAD_TOO_LARGE)',
  422: 'Breaks a rule of the record (CONSTRAINT_VIOLATION)',
  429: 'Too many attempts (RATE_LIMITED)',
};

/** Documents the error responses an endpoint can give, all in the one envelope. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorEnvelopeDto })),
  );
}
