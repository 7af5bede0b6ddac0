/** Limits on passwords: long enough to resist guessing, short enough that hashing stays cheap. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type PasswordProblem = { issue: 'too_short' | 'too_long' | 'same_as_email'; message: string } | null;

export function passwordProblem(password: string, email: string): PasswordProblem {
  if ([...password].length < PASSWORD_MIN) {
    return { issue: 'too_short', message: `The password needs at least ${PASSWORD_MIN} characters.` };
  }
  if ([...password].length > PASSWORD_MAX) {
    return { issue: 'too_long', message: `The password may have at most ${PASSWORD_MAX} characters.` };
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return { issue: 'same_as_email', message: 'The password must not be the e-mail address.' };
  }
  return null;
}
