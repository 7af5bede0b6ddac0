import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError, type ErrorDetail } from '@reinstate/platform';

function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([issue, message]) => ({
      field,
      issue: issue === 'whitelistValidation' ? 'unknown_field' : issue,
      message: message.length > 300 ? `${message.slice(0, 300)}…` : message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasNul(v, depth + 1));
}

/**
 * DTO validation at the edge: unknown fields are refused, not dropped silently; a body must be
 * a JSON object; NUL characters (which PostgreSQL text cannot hold) are refused up front.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
        throw new DomainError('VALIDATION_FAILED', 'invalid', 'The body must be a JSON object.', [{ issue: 'not_an_object' }]);
      }
    }
    if (hasNul(value)) {
      throw new DomainError('VALIDATION_FAILED', 'invalid', 'Text may not contain NUL characters.', [{ issue: 'nul_character' }]);
    }
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError('VALIDATION_FAILED', 'invalid', 'The request is invalid; see details.', flatten(errors)),
  });
}
