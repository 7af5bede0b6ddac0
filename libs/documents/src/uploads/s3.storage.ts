/**
 * Stores objects in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Wasabi…), selected by
 * configuration. Puts stream through `@aws-sdk/lib-storage`'s `Upload`: one PutObject for small
 * bodies, a multipart upload for large ones. That buffers at most `queueSize × partSize` bytes
 * per upload (defaults here: 2 × 5 MiB), never the whole file; a failed multipart upload is
 * aborted so no parts are left behind.
 *
 * NOTE: only the pure parts (config and key checks) are unit-tested; this driver has not been run
 * against a real S3 endpoint in this repository.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { StorageObjectNotFoundError, assertValidKey, type StorageDriver } from './storage';

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** For S3-compatible services, e.g. http://127.0.0.1:9000 (MinIO). AWS itself needs none. */
  endpoint?: string;
  /** Path-style URLs (endpoint/bucket/key); most self-hosted services need it. */
  forcePathStyle?: boolean;
  /** Both or neither; with neither the SDK's default chain applies (env, instance role…). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Prepended to every key, e.g. "documents/"; same alphabet as keys, ends with '/'. */
  keyPrefix?: string;
  /** Multipart part size; S3's minimum is 5 MiB. */
  partSizeBytes?: number;
  /** Parts uploaded in parallel per upload. */
  queueSize?: number;
}

export const S3_MIN_PART_SIZE = 5 * 1024 * 1024;
const DEFAULT_QUEUE_SIZE = 2;

export class S3ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid S3 storage configuration: ${problems.join('; ')}`);
    this.name = 'S3ConfigError';
  }
}

// S3 bucket naming rules (also followed by the compatible services).
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const REGION = /^[a-z0-9-]{2,32}$/; // 'ap-northeast-1', 'auto' (R2), 'jp-tok'
const KEY_PREFIX = /^(?:[A-Za-z0-9_.-]+\/)+$/;

/** Throws `S3ConfigError` naming every problem at once, so a bad deployment fails at boot clearly. */
export function validateS3Config(config: S3StorageConfig): void {
  const problems: string[] = [];
  if (!BUCKET_NAME.test(config.bucket ?? '') || config.bucket.includes('..') || IP_ADDRESS.test(config.bucket))
    problems.push('bucket must be 3-63 characters of a-z, 0-9, "." and "-", starting and ending with a letter or digit');
  if (!REGION.test(config.region ?? '')) problems.push('region must look like "ap-northeast-1" (or "auto")');
  // An unset environment variable often arrives as ''; treat it as absent.
  if (config.endpoint !== undefined && config.endpoint !== '') {
    let url: URL | undefined;
    try {
      url = new URL(config.endpoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search)
      problems.push('endpoint must be an http(s) URL without credentials or query, e.g. https://s3.example.com');
  }
  if (Boolean(config.accessKeyId) !== Boolean(config.secretAccessKey))
    problems.push('accessKeyId and secretAccessKey must be given together (or both left out)');
  if (config.keyPrefix !== undefined && (!KEY_PREFIX.test(config.keyPrefix) || config.keyPrefix.includes('..')))
    problems.push('keyPrefix must be segments of [A-Za-z0-9_.-] each followed by "/", e.g. "documents/"');
  if (config.partSizeBytes !== undefined && (!Number.isInteger(config.partSizeBytes) || config.partSizeBytes < S3_MIN_PART_SIZE))
    problems.push(`partSizeBytes must be an integer of at least ${S3_MIN_PART_SIZE} (5 MiB)`);
  if (config.queueSize !== undefined && (!Number.isInteger(config.queueSize) || config.queueSize < 1 || config.queueSize > 16))
    problems.push('queueSize must be an integer from 1 to 16');
  if (problems.length > 0) throw new S3ConfigError(problems);
}

/** The S3Client settings for a validated configuration. */
export function s3ClientConfig(config: S3StorageConfig): S3ClientConfig {
  const client: S3ClientConfig = { region: config.region, maxAttempts: 3 };
  if (config.endpoint) {
    client.endpoint = config.endpoint;
    // Recent SDKs add CRC checksums to every request by default, which several S3-compatible
    // services reject; only send them when the operation requires one.
    client.requestChecksumCalculation = 'WHEN_REQUIRED';
    client.responseChecksumValidation = 'WHEN_REQUIRED';
  }
  if (config.forcePathStyle !== undefined) client.forcePathStyle = config.forcePathStyle;
  if (config.accessKeyId && config.secretAccessKey)
    client.credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey };
  return client;
}

export class S3Storage implements StorageDriver {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    validateS3Config(config);
    this.client = new S3Client(s3ClientConfig(config));
  }

  /** The object key in the bucket for a storage key (validated). */
  objectKey(key: string): string {
    assertValidKey(key);
    return (this.config.keyPrefix ?? '') + key;
  }

  async put(key: string, stream: Readable): Promise<void> {
    let objectKey: string;
    try {
      objectKey = this.objectKey(key);
    } catch (error) {
      stream.destroy();
      throw error;
    }
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.config.bucket,
        Key: objectKey,
        Body: stream,
        // The real type lives in PostgreSQL; the object is served only through the api.
        ContentType: 'application/octet-stream',
      },
      partSize: this.config.partSizeBytes ?? S3_MIN_PART_SIZE,
      queueSize: this.config.queueSize ?? DEFAULT_QUEUE_SIZE,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      stream.destroy();
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const objectKey = this.objectKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
      // In Node the SDK's body is an http.IncomingMessage, i.e. a Readable.
      if (out.Body instanceof Readable) return out.Body;
      throw new Error(`Unexpected S3 body type for ${objectKey}`);
    } catch (error) {
      if (isNotFound(error)) throw new StorageObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 DELETE succeeds for a missing key as well.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    const objectKey = this.objectKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Closes the client's sockets (for shutdown hooks). */
  close(): void {
    this.client.destroy();
  }
}

/** GetObject reports NoSuchKey; HeadObject has no body, so only NotFound / HTTP 404. */
export function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}
