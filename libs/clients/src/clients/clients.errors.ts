import { DomainError, NotFoundError, VersionConflictError } from '@reinstate/platform';

export const ClientErrors = {
  notFound: () => new NotFoundError('CLIENT_NOT_FOUND', 'No such client.'),
  sellerIdTaken: () =>
    new DomainError('SELLER_ID_TAKEN', 'conflict', 'Another client already has this seller ID on this marketplace.', [
      { field: 'sellerId', issue: 'taken' },
    ]),
  notAClientUser: () =>
    new DomainError('NOT_A_CLIENT_USER', 'unprocessable', 'Only members with the client role can be linked to a client.', [
      { field: 'membershipId', issue: 'role' },
    ]),
  userAlreadyLinked: () =>
    new DomainError('CLIENT_USER_ALREADY_LINKED', 'conflict', 'This client user already belongs to a client.', [
      { field: 'membershipId', issue: 'linked' },
    ]),
  memberNotFound: () => new NotFoundError('MEMBERSHIP_NOT_FOUND', 'No such member in this consultancy.'),
  fieldNotEditable: (field: string) =>
    new DomainError('FIELD_NOT_EDITABLE', 'forbidden', `Client users cannot change ${field}.`, [{ field, issue: 'staff_only' }]),
  versionConflict: (current: unknown) =>
    new VersionConflictError('This client was changed by someone else; reload and apply your change again.', current),
};
