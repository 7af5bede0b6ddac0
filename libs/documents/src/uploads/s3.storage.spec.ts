/**
 * Only the parts of S3Storage that need no server: configuration and key checks (which run before
 * any request). The driver itself is untested against a real S3 endpoint here.
 */
import { Readable } from 'node:stream';
import { S3ConfigError, S3Storage, S3_MIN_PART_SIZE, isNotFound, s3ClientConfig, validateS3Config, type S3StorageConfig } from './s3.storage';
import { InvalidStorageKeyError } from './storage';

const base: S3StorageConfig = { bucket: 'reinstate-documents', region: 'ap-northeast-1' };

describe('validateS3Config', () => {
  it.each<[string, S3StorageConfig]>([
    ['AWS with the default credential chain', base],
    ['MinIO', { ...base, region: 'us-east-1', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true, accessKeyId: 'minio', secretAccessKey: 'minio123' }],
    ['R2-style region', { ...base, region: 'auto', endpoint: 'https://acc.r2.cloudflarestorage.com' }],
    ['prefix and tuning', { ...base, keyPrefix: 'env/prod/', partSizeBytes: 8 * 1024 * 1024, queueSize: 4 }],
    ['bucket with dots', { ...base, bucket: 'docs.reinstate.example' }],
    ['empty strings from unset environment variables', { ...base, endpoint: '', accessKeyId: '', secretAccessKey: '' }],
  ])('accepts %s', (_label, config) => {
    expect(() => validateS3Config(config)).not.toThrow();
  });

  it.each<[string, Partial<S3StorageConfig>, RegExp]>([
    ['upper-case bucket', { bucket: 'Reinstate' }, /bucket/],
    ['too-short bucket', { bucket: 'ab' }, /bucket/],
    ['bucket with underscore', { bucket: 'my_bucket' }, /bucket/],
    ['bucket like an IP address', { bucket: '192.168.0.1' }, /bucket/],
    ['bucket with ".."', { bucket: 'a..b' }, /bucket/],
    ['empty region', { region: '' }, /region/],
    ['region with spaces', { region: 'Tokyo Japan' }, /region/],
    ['endpoint not a URL', { endpoint: 'minio:9000x y' }, /endpoint/],
    ['endpoint with credentials', { endpoint: 'https://user:pw@s3.example.com' }, /endpoint/],
    ['endpoint over ftp', { endpoint: 'ftp://s3.example.com' }, /endpoint/],
    ['key id without secret', { accessKeyId: 'AKIA' }, /together/],
    ['secret without key id', { secretAccessKey: 'x' }, /together/],
    ['prefix without trailing slash', { keyPrefix: 'documents' }, /keyPrefix/],
    ['prefix escaping', { keyPrefix: '../' }, /keyPrefix/],
    ['part size under 5 MiB', { partSizeBytes: S3_MIN_PART_SIZE - 1 }, /partSizeBytes/],
    ['queue size 0', { queueSize: 0 }, /queueSize/],
  ])('refuses %s', (_label, patch, message) => {
    expect(() => validateS3Config({ ...base, ...patch })).toThrow(message);
  });

  it('lists every problem at once', () => {
    try {
      validateS3Config({ bucket: 'X', region: '', accessKeyId: 'a' });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(S3ConfigError);
      expect((error as S3ConfigError).problems).toHaveLength(3);
    }
  });
});

describe('s3ClientConfig', () => {
  it('leaves credentials to the default chain when none are given', () => {
    expect(s3ClientConfig(base)).toEqual({ region: 'ap-northeast-1', maxAttempts: 3 });
  });

  it('sets endpoint, path style, static credentials and on-demand checksums for compatible services', () => {
    expect(
      s3ClientConfig({ ...base, endpoint: 'http://127.0.0.1:9000', forcePathStyle: true, accessKeyId: 'k', secretAccessKey: 's' }),
    ).toEqual({
      region: 'ap-northeast-1',
      maxAttempts: 3,
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });
});

describe('S3Storage without a server', () => {
  // The endpoint is never contacted: every call below fails on the key before any request.
  const storage = new S3Storage({ ...base, endpoint: 'http://127.0.0.1:9', forcePathStyle: true, accessKeyId: 'k', secretAccessKey: 's', keyPrefix: 'docs/' });
  afterAll(() => storage.close());

  it('refuses an invalid configuration at construction', () => {
    expect(() => new S3Storage({ ...base, bucket: 'NO' })).toThrow(S3ConfigError);
  });

  it('maps storage keys to prefixed object keys', () => {
    expect(storage.objectKey('tenant/doc')).toBe('docs/tenant/doc');
  });

  it.each(['../x', '/abs', 'a b', 'a//b', ''])('refuses key %j before any request', async (key) => {
    const source = Readable.from([Buffer.from('x')]);
    await expect(storage.put(key, source)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(source.destroyed).toBe(true);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });
});

describe('isNotFound', () => {
  it.each<[unknown, boolean]>([
    [{ name: 'NoSuchKey' }, true],
    [{ name: 'NotFound' }, true],
    [{ name: 'Unknown', $metadata: { httpStatusCode: 404 } }, true],
    [{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, false],
    [new Error('socket hang up'), false],
    [null, false],
  ])('%j → %s', (error, expected) => expect(isNotFound(error)).toBe(expected));
});
