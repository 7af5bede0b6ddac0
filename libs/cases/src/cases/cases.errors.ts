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
  transition: (code: string, from: string, to: string, allowed: string[]) =>
    new DomainError(
      code,
      code === 'FORBIDDEN_TRANSITION' ? 'forbidden' : code === 'CLOSE_REASON_REQUIRED' ? 'invalid' : 'conflict',
      code === 'CLOSE_REASON_REQUIRED'
        ? 'Closing a case needs a reason: withdrawn, lost or duplicate.'
        : `A case cannot go from ${from} to ${to}${code === 'FORBIDDEN_TRANSITION' ? ' for your role' : ''}. Allowed: ${allowed.join(', ') || 'none'}.`,
      [{ field: 'to', issue: code.toLowerCase(), from, allowed }],
    ),
  staffOnlyFilter: (field: string) =>
    new DomainError('STAFF_ONLY_FILTER', 'forbidden', `Only staff can filter or sort by the service clock (${field}).`, [{ field, issue: 'staff_only' }]),
  versionConflict: (current: unknown) =>
    new VersionConflictError('This case was changed by someone else; reload and apply your change again.', current),
};
