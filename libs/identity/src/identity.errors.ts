import { DomainError, NotFoundError } from '@reinstate/platform';

/** Identity's coded errors: the code is the contract, the message is for people. */
export const IdentityErrors = {
  invalidCredentials: () => new DomainError('INVALID_CREDENTIALS', 'unauthenticated', 'E-mail or password is wrong.'),
  emailTaken: () =>
    new DomainError('EMAIL_TAKEN', 'conflict', 'An account with this e-mail already exists; sign in instead.', [
      { field: 'email', issue: 'taken' },
    ]),
  weakPassword: (issue: string, message: string) =>
    new DomainError('WEAK_PASSWORD', 'invalid', message, [{ field: 'password', issue }]),
  invalidTimeZone: (tz: string) =>
    new DomainError('INVALID_TIME_ZONE', 'invalid', `"${tz}" is not an IANA time zone such as Asia/Tokyo.`, [
      { field: 'timeZone', issue: 'unknown_time_zone' },
    ]),
  noMembership: () =>
    new DomainError('NO_ACTIVE_MEMBERSHIP', 'forbidden', 'This account has no active membership in any consultancy.'),
  tenantNotFound: () => new NotFoundError('TENANT_NOT_FOUND', 'No such consultancy for this account.'),
  invalidRefreshToken: () =>
    new DomainError('INVALID_REFRESH_TOKEN', 'unauthenticated', 'The refresh token is invalid; sign in again.'),
  refreshTokenExpired: () =>
    new DomainError('REFRESH_TOKEN_EXPIRED', 'unauthenticated', 'The refresh token has expired; sign in again.'),
  refreshTokenReused: () =>
    new DomainError(
      'REFRESH_TOKEN_REUSED',
      'unauthenticated',
      'This refresh token was already used. For safety every session of this sign-in was ended; sign in again.',
    ),
  refreshTokenRevoked: () =>
    new DomainError('REFRESH_TOKEN_REVOKED', 'unauthenticated', 'This session was ended; sign in again.'),
  membershipNotFound: () => new NotFoundError('MEMBERSHIP_NOT_FOUND', 'No such member in this consultancy.'),
  lastAdmin: () =>
    new DomainError('LAST_ADMIN', 'conflict', 'A consultancy needs at least one active admin; appoint another first.'),
  alreadyMember: () =>
    new DomainError('ALREADY_MEMBER', 'conflict', 'This person is already a member of this consultancy.', [
      { field: 'email', issue: 'already_member' },
    ]),
  invitationNotFound: () => new NotFoundError('INVITATION_NOT_FOUND', 'No such invitation.'),
  invitationExpired: () => new DomainError('INVITATION_EXPIRED', 'gone', 'This invitation has expired; ask for a new one.'),
  invitationUsed: () => new DomainError('INVITATION_USED', 'gone', 'This invitation was already accepted.'),
  invitationRevoked: () => new DomainError('INVITATION_REVOKED', 'gone', 'This invitation was withdrawn.'),
  displayNameRequired: () =>
    new DomainError('DISPLAY_NAME_REQUIRED', 'invalid', 'A name is needed to create the account.', [
      { field: 'displayName', issue: 'required' },
    ]),
};
