import { DomainError, NotFoundError, VersionConflictError } from '@reinstate/platform';

export const CaseErrors = {
  notFound: () => new NotFoundError('CASE_NOT_FOUND', 'No such case.'),
  noticeNotFound: () => new NotFoundError('NOTICE_NOT_FOUND', 'No such notice on this case.'),
  clientRequired: () =>
    new DomainError('CLIENT_REQUIRED', 'invalid', 'Staff must say which client the case is for.', [{ field: 'clientId', issue: 'required' }]),
  clientNotFound: () => new NotFoundError('CLIENT_NOT_FOUND', 'No such client.'),
  noClientAccount: () =>
    new DomainError('NO_CLIENT_ACCOUNT', 'forbidden', 'Your login is not linked to a seller account yet; ask your consultant.'),
  fieldNotEditable: (field: string) =>
    new DomainError('FIELD_NOT_EDITABLE', 'forbidden', `Client users cannot change ${field}.`, [{ field, issue: 'staff_only' }]),
  versionConflict: (current: unknown) =>
    new VersionConflictError('This case was changed by someone else; reload and apply your change again.', current),
};
