import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate } from 'class-validator';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date-time in the body or query, turned into a Date. Only ISO strings convert:
 * a number or boolean is refused instead of becoming a date near 1970.
 */
export function IsoDate() {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : value)),
    IsDate({ message: ({ property }) => `${property} must be an ISO 8601 date-time such as 2026-11-25T09:00:00+09:00` }),
  );
}
