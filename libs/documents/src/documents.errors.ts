import { DomainError, NotFoundError } from '@reinstate/platform';

export const DocumentErrors = {
  notFound: () => new NotFoundError('DOCUMENT_NOT_FOUND', 'No such document.'),
  requestNotFound: () => new NotFoundError('DOCUMENT_REQUEST_NOT_FOUND', 'No such document request on this case.'),
  requestClosed: () =>
    new DomainError('DOCUMENT_REQUEST_CLOSED', 'conflict', 'This request is already fulfilled or cancelled.', [{ field: 'requestId', issue: 'closed' }]),
  duplicate: (existingId: string) =>
    new DomainError('DUPLICATE_DOCUMENT', 'conflict', 'The same file is already on this case.', [
      { field: 'file', issue: 'duplicate', existingDocumentId: existingId },
    ]),
  fileMissing: () => new DomainError('FILE_REQUIRED', 'invalid', 'Send the file as a multipart part named "file".', [{ field: 'file', issue: 'required' }]),
  badField: (field: string, message: string) => new DomainError('VALIDATION_FAILED', 'invalid', message, [{ field, issue: 'invalid' }]),
  unknownCategory: (category: string) =>
    new DomainError('UNKNOWN_CATEGORY', 'invalid', `"${category}" is not a violation category.`, [{ field: 'category', issue: 'unknown' }]),
};
