/**
 * What kind of failure an error is. The api's exception filter maps kinds to HTTP statuses;
 * libraries never know about HTTP.
 */
export type ErrorKind =
  | 'invalid' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'gone' // 410
  | 'payload_too_large' // 413
  | 'unsupported_media_type' // 415
  | 'unprocessable' // 422
  | 'rate_limited'; // 429

export interface ErrorDetail {
  field?: string;
  issue: string;
  [key: string]: unknown;
}

/** A failure the caller can act on, with a stable machine-readable code. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, 'not_found', message);
  }
}

export class VersionConflictError extends DomainError {
  constructor(message: string, readonly current: unknown) {
    super('VERSION_CONFLICT', 'conflict', message);
  }
}
