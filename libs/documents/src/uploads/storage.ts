/**
 * Where document bytes live. Metadata is in PostgreSQL; a driver only stores opaque objects under
 * keys the application makes (e.g. `<tenantId>/<documentId>`), never under client-supplied names.
 */
import type { Readable } from 'node:stream';

export interface StorageDriver {
  /**
   * Store the whole stream under `key`. Resolves once the object is durable and visible in full;
   * rejects (leaving no partial object behind) if the stream errors or storage fails. The stream
   * is consumed to its end or destroyed.
   */
  put(key: string, stream: Readable): Promise<void>;
  /** The object's bytes; rejects with `StorageObjectNotFoundError` when there is none. */
  get(key: string): Promise<Readable>;
  /** Remove the object; succeeds when it does not exist. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Keys are relative, slash-separated, from a small alphabet; see `assertValidKey`. */
export const STORAGE_KEY_PATTERN = /^[A-Za-z0-9/_.-]+$/;
export const MAX_STORAGE_KEY_LENGTH = 512;

export class InvalidStorageKeyError extends Error {
  readonly code = 'INVALID_STORAGE_KEY';
  constructor(readonly key: string, reason: string) {
    super(`Invalid storage key ${JSON.stringify(key.slice(0, 100))}: ${reason}`);
    this.name = 'InvalidStorageKeyError';
  }
}

/** Metadata says a file exists but the store has no object for it. */
export class StorageObjectNotFoundError extends Error {
  readonly code = 'STORAGE_OBJECT_NOT_FOUND';
  constructor(readonly key: string) {
    super(`No stored object under key ${JSON.stringify(key)}`);
    this.name = 'StorageObjectNotFoundError';
  }
}

/**
 * Keys must not be able to leave the storage root or mean different things to different drivers:
 * only [A-Za-z0-9/_.-], no '..' anywhere, no leading or trailing '/', no empty or '.' segments.
 */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidStorageKeyError(String(key), 'empty');
  if (key.length > MAX_STORAGE_KEY_LENGTH) throw new InvalidStorageKeyError(key, 'too long');
  if (!STORAGE_KEY_PATTERN.test(key)) throw new InvalidStorageKeyError(key, 'characters outside [A-Za-z0-9/_.-]');
  if (key.includes('..')) throw new InvalidStorageKeyError(key, "contains '..'");
  if (key.startsWith('/') || key.endsWith('/')) throw new InvalidStorageKeyError(key, "starts or ends with '/'");
  if (key.split('/').some((segment) => segment === '' || segment === '.'))
    throw new InvalidStorageKeyError(key, "empty or '.' segment");
}

export function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}
