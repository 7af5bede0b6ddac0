import { passwordProblem } from './password.policy';

describe('passwordProblem', () => {
  it.each([
    ['short', 'a@b.co', 'too_short'],
    ['x'.repeat(129), 'a@b.co', 'too_long'],
    ['Someone@Example.com', 'someone@example.com', 'same_as_email'],
  ])('refuses %s', (pw, email, issue) => {
    expect(passwordProblem(pw, email)?.issue).toBe(issue);
  });

  it('accepts a long passphrase, counting characters not bytes', () => {
    expect(passwordProblem('correct horse battery staple', 'a@b.co')).toBeNull();
    expect(passwordProblem('パスワードは十文字以上です', 'a@b.co')).toBeNull();
  });
});
