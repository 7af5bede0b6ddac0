/**
 * Receiving one uploaded file: source → UploadMeter → storage driver, in one streaming pass.
 * The meter counts and hashes every byte, stops the flow as soon as the size limit is passed, and
 * holds back only the first SNIFF_BYTES until the content type is checked. A rejected type is
 * therefore refused before a single byte reaches the driver, and the rest is never read.
 */
import { BufferGarbage, DomainError } from '@reinstate/platform';
import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sanitizeFilename } from './filename.policy';
import { SNIFF_BYTES, extensionOf, sniffContent, type AllowedMime, type SniffResult, type TextCharset } from './sniff';
import { assertValidKey, type StorageDriver } from './storage';

export type UploadErrorCode = 'PAYLOAD_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_TYPE_MISMATCH' | 'EMPTY_FILE';

/** A refused upload; the api maps `kind` to 413 or 422. */
export class UploadError extends DomainError {
  declare readonly code: UploadErrorCode;

  constructor(code: UploadErrorCode, message: string, details: { issue: string; [key: string]: unknown }) {
    super(code, code === 'PAYLOAD_TOO_LARGE' ? 'payload_too_large' : 'unprocessable', message, [{ field: 'file', ...details }]);
    this.name = 'UploadError';
  }

  /** The refusal for a failed sniff. */
  static fromSniff(result: Extract<SniffResult, { ok: false }>, claimedExtension: string): UploadError {
    switch (result.reason) {
      case 'empty':
        return new UploadError('EMPTY_FILE', 'The file is empty.', { issue: 'empty' });
      case 'mismatch':
        return new UploadError(
          'FILE_TYPE_MISMATCH',
          `The file's content (${result.detected}) does not match its name (.${claimedExtension || '?'}); rename it or export it again.`,
          { issue: 'mismatch', detected: result.detected, claimedExtension },
        );
      case 'not_allowed':
        return new UploadError(
          'FILE_TYPE_NOT_ALLOWED',
          'This kind of file is not accepted. Upload PDF, PNG, JPEG, WebP, HEIC, text, CSV, e-mail (.eml), DOCX or XLSX.',
          { issue: 'not_allowed', detected: result.detected },
        );
    }
  }
}

/** The stream passed the size limit. Raised by UploadMeter as soon as it happens. */
export class PayloadTooLargeError extends UploadError {
  constructor(readonly limit: number) {
    super('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${formatBytes(limit)}.`, {
      issue: 'too_large',
      limitBytes: limit,
    });
    this.name = 'PayloadTooLargeError';
  }
}

export interface UploadMeterOptions {
  /** Largest accepted size in bytes; one byte more fails the stream. */
  limitBytes: number;
  /** How many leading bytes to capture (default SNIFF_BYTES). */
  headBytes?: number;
  /**
   * Called once with the head (the first `headBytes`, or the whole stream when shorter) before
   * any byte is passed on. Throwing (or rejecting) fails the stream with that error.
   */
  onHead?: (head: Buffer) => void | Promise<void>;
}

/**
 * A pass-through that counts, hashes (SHA-256) and limits, and captures the head. Memory held:
 * the head buffer only; after the head, chunks pass straight through with normal backpressure.
 */
export class UploadMeter extends Transform {
  private readonly limitBytes: number;
  private readonly headBuffer: Buffer;
  private readonly onHead?: (head: Buffer) => void | Promise<void>;
  private readonly hash: Hash = createHash('sha256');
  private headLength = 0;
  private headReleased = false;
  private count = 0;
  private digest: string | null = null;
  /** Dead socket chunks are freed as they pass, not ~64 MiB of them at a time (see BufferGarbage). */
  private readonly garbage = new BufferGarbage();

  constructor(options: UploadMeterOptions) {
    super();
    if (!Number.isSafeInteger(options.limitBytes) || options.limitBytes < 0)
      throw new RangeError('limitBytes must be a non-negative integer');
    const headBytes = options.headBytes ?? SNIFF_BYTES;
    if (!Number.isSafeInteger(headBytes) || headBytes < 1) throw new RangeError('headBytes must be a positive integer');
    this.limitBytes = options.limitBytes;
    this.headBuffer = Buffer.alloc(Math.min(headBytes, Math.max(options.limitBytes, 1)));
    this.onHead = options.onHead;
  }

  /** Bytes seen so far. */
  get bytes(): number {
    return this.count;
  }

  /** The captured head (read-only view). */
  get head(): Buffer {
    return this.headBuffer.subarray(0, this.headLength);
  }

  /** Hex SHA-256 of the whole stream; null until the stream has ended. */
  get sha256Hex(): string | null {
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.count + chunk.length > this.limitBytes) {
      callback(new PayloadTooLargeError(this.limitBytes));
      return;
    }
    this.count += chunk.length;
    this.garbage.passed(chunk.length);
    this.hash.update(chunk);
    if (this.headReleased) {
      callback(null, chunk);
      return;
    }
    const taken = chunk.copy(this.headBuffer, this.headLength);
    this.headLength += taken;
    if (this.headLength < this.headBuffer.length) {
      callback();
      return;
    }
    this.releaseHead(chunk.subarray(taken), callback);
  }

  override _flush(callback: TransformCallback): void {
    const finish: TransformCallback = (error) => {
      if (error) return callback(error);
      this.digest = this.hash.digest('hex');
      callback();
    };
    if (this.headReleased) finish();
    else this.releaseHead(null, finish);
  }

  /** Let onHead judge the head, then pass the head (and the rest of the current chunk) on. */
  private releaseHead(rest: Buffer | null, callback: TransformCallback): void {
    this.headReleased = true;
    const head = this.head;
    Promise.resolve()
      .then(() => this.onHead?.(head))
      .then(
        () => {
          if (this.destroyed) return callback();
          if (head.length > 0) this.push(head);
          if (rest && rest.length > 0) this.push(rest);
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
  }
}

export interface ReceiveUploadOptions {
  limitBytes: number;
  storage: StorageDriver;
  /** A fresh key (e.g. `<tenantId>/<documentId>`): on failure whatever is stored under it is deleted. */
  key: string;
}

export interface ReceivedUpload {
  key: string;
  sizeBytes: number;
  sha256Hex: string;
  mime: AllowedMime;
  /** The claimed extension, lower case; it agrees with `mime`. */
  extension: string;
  /** For text types: the encoding recognised (serve as `text/csv; charset=shift_jis`, etc.). */
  charset?: TextCharset;
  sanitizedName: string;
}

/**
 * Stream one file into storage under `key`, checking size, type and name on the way.
 * Rejects with an UploadError (PAYLOAD_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, FILE_TYPE_MISMATCH,
 * EMPTY_FILE) or, for a client abort or storage failure, with that original error; in every
 * failure case the object under `key` is deleted before the promise settles.
 */
export async function receiveUpload(source: Readable, name: string, opts: ReceiveUploadOptions): Promise<ReceivedUpload> {
  assertValidKey(opts.key);
  const sanitizedName = sanitizeFilename(name);
  // Set by onHead; an object so the compiler does not narrow it away across the callback.
  const checked: { type?: Extract<SniffResult, { ok: true }> } = {};

  const meter = new UploadMeter({
    limitBytes: opts.limitBytes,
    onHead: async (head) => {
      const result = await sniffContent(head, sanitizedName);
      if (!result.ok) throw UploadError.fromSniff(result, extensionOf(sanitizedName));
      checked.type = result;
    },
  });

  const flow = pipeline(source, meter);
  // A driver that fails (or, wrongly, succeeds) before reading to the end would leave the source
  // waiting on backpressure forever: destroy the meter so the flow ends too.
  const put = opts.storage.put(opts.key, meter).then(
    () => {
      if (!meter.readableEnded) meter.destroy(new Error('Storage driver returned before reading the whole upload'));
    },
    (error: unknown) => {
      meter.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    },
  );
  const [flowResult, putResult] = await Promise.allSettled([flow, put]);

  const failure = firstFailure(meter, flowResult, putResult);
  const sniffed = checked.type;
  if (failure !== undefined || !sniffed || meter.sha256Hex === null) {
    // Both sides have settled, so nothing is still writing under the key.
    await opts.storage.delete(opts.key).catch(() => undefined);
    throw failure ?? new Error('Upload ended without being checked');
  }
  return {
    key: opts.key,
    sizeBytes: meter.bytes,
    sha256Hex: meter.sha256Hex,
    mime: sniffed.mime,
    extension: sniffed.extension,
    ...(sniffed.charset ? { charset: sniffed.charset } : {}),
    sanitizedName,
  };
}

/**
 * The error to report: the first one that hit the meter (its own refusal, the source's error, or
 * the driver's), not the echoes it causes elsewhere (premature close, aborted upload); otherwise
 * whichever side failed after the meter had finished (e.g. the driver's final rename).
 */
function firstFailure(meter: UploadMeter, ...results: PromiseSettledResult<unknown>[]): unknown {
  if (meter.errored) return meter.errored;
  for (const result of results) if (result.status === 'rejected') return result.reason;
  return undefined;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
