import { InvalidStorageKeyError, MAX_STORAGE_KEY_LENGTH, assertValidKey, isValidKey } from './storage';

describe('assertValidKey', () => {
  it.each([
    'a',
    'tenant/doc',
    '0190b2c4-7a1e-7000-8000-000000000001/0190b2c4-7a1e-7000-8000-000000000002',
    'tenant/2024/05/file_1.pdf',
    'a.b-c_d',
  ])('accepts %j', (key) => {
    expect(() => assertValidKey(key)).not.toThrow();
    expect(isValidKey(key)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['parent segment', '../etc/passwd'],
    ['parent segment inside', 'a/../../b'],
    ['double dot in a name', 'a..b'],
    ['absolute', '/etc/passwd'],
    ['trailing slash', 'a/b/'],
    ['empty segment', 'a//b'],
    ['dot segment', 'a/./b'],
    ['lone dot', '.'],
    ['backslash', 'a\\b'],
    ['space', 'a b'],
    ['NUL', 'a\u0000b'],
    ['non-ASCII', '請求書.pdf'],
    ['percent-encoding', 'a%2F..%2Fb'],
    ['URL', 'https://evil/x'],
    ['too long', 'a'.repeat(MAX_STORAGE_KEY_LENGTH + 1)],
  ])('refuses %s', (_label, key) => {
    expect(() => assertValidKey(key)).toThrow(InvalidStorageKeyError);
    expect(isValidKey(key)).toBe(false);
  });
});
