import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError, isUuid } from '@reinstate/platform';

/** Path ids must be UUIDs; anything else is a 400 before it reaches the database. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) {
      throw new DomainError('INVALID_ID', 'invalid', 'The id in the path is not a UUID.', [{ field: 'id', issue: 'isUuid' }]);
    }
    return value.toLowerCase();
  }
}
