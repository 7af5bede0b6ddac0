import { HttpException } from '@nestjs/common';
import { DomainError, type ErrorDetail, type ErrorKind } from '@reinstate/platform';
import { QueryFailedError } from 'typeorm';

export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
};

export interface MappedError {
  status: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  extra?: Record<string, unknown>;
}

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Fastify's own errors (body parsing, limits), which arrive before any Nest code runs. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', message: 'The JSON body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than allowed.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This content type is not accepted; send application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST', message: 'Content-Length does not match the body.' },
};

/** PostgreSQL errors that mean bad input slipped past validation: still the caller's 4xx, never a 500. */
const PG_CODES: Record<string, { status: number; code: string; message: string }> = {
  '22021': { status: 400, code: 'INVALID_VALUE', message: 'Text contains characters that cannot be stored.' },
  '22P02': { status: 400, code: 'INVALID_VALUE', message: 'A value has the wrong format.' },
  '22001': { status: 400, code: 'VALUE_TOO_LONG', message: 'A value is too long.' },
  '22007': { status: 400, code: 'INVALID_VALUE', message: 'A date or time has the wrong format.' },
  '22008': { status: 400, code: 'INVALID_VALUE', message: 'A date or time is out of range.' },
  '22003': { status: 400, code: 'INVALID_VALUE', message: 'A number is out of range.' },
  '23505': { status: 409, code: 'CONFLICT', message: 'This conflicts with an existing record.' },
  '23503': { status: 409, code: 'CONFLICT', message: 'A referenced record does not exist or is still in use.' },
  '23514': { status: 422, code: 'CONSTRAINT_VIOLATION', message: 'A value breaks a rule of the record.' },
  '23P01': { status: 409, code: 'CONFLICT', message: 'This overlaps with an existing record.' },
  '40001': { status: 409, code: 'CONCURRENT_UPDATE', message: 'Someone changed this at the same time; try again.' },
  '40P01': { status: 409, code: 'CONCURRENT_UPDATE', message: 'Someone changed this at the same time; try again.' },
};

/** Turns anything thrown into the envelope's parts; unknown errors become a bare 500. */
export function mapError(err: unknown): MappedError {
  if (err instanceof DomainError) {
    const current = (err as { current?: unknown }).current;
    return {
      status: STATUS_OF_KIND[err.kind],
      code: err.code,
      message: err.message,
      details: err.details,
      ...(current !== undefined ? { extra: { current } } : {}),
    };
  }
  if (err instanceof HttpException) {
    // Nest wraps Fastify's own errors (body parsing, limits) in an HttpException with the cause.
    const causeCode = (err.cause as { code?: unknown } | undefined)?.code;
    if (typeof causeCode === 'string' && FASTIFY_CODES[causeCode]) return { ...FASTIFY_CODES[causeCode]!, details: [] };
    const status = err.getStatus();
    const body = err.getResponse();
    const message =
      status === 404
        ? 'No such route.'
        : typeof body === 'object' && body && 'message' in body && typeof body.message === 'string'
          ? body.message
          : err.message;
    return { status, code: CODE_OF_STATUS[status] ?? `HTTP_${status}`, message, details: [] };
  }
  const fastifyCode = (err as { code?: unknown })?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) {
    return { ...FASTIFY_CODES[fastifyCode]!, details: [] };
  }
  if (err instanceof QueryFailedError) {
    const pg = PG_CODES[(err.driverError as { code?: string })?.code ?? ''];
    if (pg) return { ...pg, details: [] };
  }
  const statusCode = (err as { statusCode?: unknown })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return { status: statusCode, code: CODE_OF_STATUS[statusCode] ?? `HTTP_${statusCode}`, message: 'The request was refused.', details: [] };
  }
  return { status: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; it has been logged.', details: [] };
}
