import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@reinstate/platform';

/** Revision and round numbers in paths: positive integers, else a 400 before any query. */
@Injectable()
export class NumberParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) {
      throw new DomainError('INVALID_NUMBER', 'invalid', 'The number in the path must be a positive integer.', [{ field: 'number', issue: 'isPositiveInt' }]);
    }
    return Number(value);
  }
}
