import { DomainError } from '@reinstate/platform';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LocalDiskStorage } from './local-disk.storage';
import { EML, SHIFT_JIS_CSV, noise, pdf, png, windowsExe } from './sample-files.fixture-spec';
import { MIME, SNIFF_BYTES } from './sniff';
import type { StorageDriver } from './storage';
import { PayloadTooLargeError, UploadError, UploadMeter, receiveUpload } from './upload-pipeline';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A lazy source that records how many bytes were actually pulled from it. */
class Source {
  pulled = 0;
  constructor(
    private readonly parts: Buffer[],
    private readonly then?: { repeat: Buffer; times: number } | { fail: Error },
  ) {}
  stream(): Readable {
    const self = this;
    async function* generate() {
      for (const part of self.parts) {
        self.pulled += part.length;
        yield part;
      }
      if (self.then && 'repeat' in self.then) {
        for (let i = 0; i < self.then.times; i++) {
          self.pulled += self.then.repeat.length;
          yield self.then.repeat;
        }
      }
      if (self.then && 'fail' in self.then) throw self.then.fail;
    }
    return Readable.from(generate(), { objectMode: false, highWaterMark: 16 * 1024 });
  }
}

/** Splits a buffer into chunks as a network stream would deliver it. */
function chunks(b: Buffer, size = 16 * 1024): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

/** Wraps a driver and records what reached it. */
class RecordingStorage implements StorageDriver {
  bytesReceived = 0;
  deleted: string[] = [];
  constructor(private readonly inner: StorageDriver) {}
  put(key: string, stream: Readable) {
    const counter = new Transform({
      transform: (c: Buffer, _e, cb) => {
        this.bytesReceived += c.length;
        cb(null, c);
      },
    });
    pipeline(stream, counter).catch(() => undefined);
    return this.inner.put(key, counter);
  }
  get(key: string) {
    return this.inner.get(key);
  }
  delete(key: string) {
    this.deleted.push(key);
    return this.inner.delete(key);
  }
  exists(key: string) {
    return this.inner.exists(key);
  }
}

describe('UploadMeter', () => {
  async function run(meter: UploadMeter, input: Buffer[]): Promise<Buffer> {
    const out: Buffer[] = [];
    await pipeline(
      Readable.from(input, { objectMode: false }),
      meter,
      new Writable({
        write(c: Buffer, _e, cb) {
          out.push(c);
          cb();
        },
      }),
    );
    return Buffer.concat(out);
  }

  it('passes bytes through unchanged and reports size and SHA-256', async () => {
    const data = noise(300_000);
    const meter = new UploadMeter({ limitBytes: 1_000_000 });
    const out = await run(meter, chunks(data, 7_000));
    expect(out.equals(data)).toBe(true);
    expect(meter.bytes).toBe(data.length);
    expect(meter.sha256Hex).toBe(sha256(data));
    expect(meter.head.equals(data.subarray(0, SNIFF_BYTES))).toBe(true);
  });

  it('hands the head to onHead once, before passing anything on', async () => {
    const data = noise(100);
    const seen: Buffer[] = [];
    let passedBeforeHead = 0;
    const meter = new UploadMeter({ limitBytes: 1000, headBytes: 10, onHead: (h) => void seen.push(Buffer.from(h)) });
    meter.on('data', () => seen.length === 0 && passedBeforeHead++);
    meter.pause();
    const out = await run(meter, [data.subarray(0, 3), data.subarray(3, 25), data.subarray(25)]);
    expect(seen).toEqual([data.subarray(0, 10)]);
    expect(passedBeforeHead).toBe(0);
    expect(out.equals(data)).toBe(true);
  });

  it('gives a stream shorter than the head to onHead whole, at the end', async () => {
    const seen: Buffer[] = [];
    const meter = new UploadMeter({ limitBytes: 1000, onHead: (h) => void seen.push(Buffer.from(h)) });
    await run(meter, [Buffer.from('abc'), Buffer.from('def')]);
    expect(seen).toEqual([Buffer.from('abcdef')]);
    expect(meter.sha256Hex).toBe(sha256(Buffer.from('abcdef')));
  });

  it('accepts exactly the limit and fails one byte over it', async () => {
    await expect(run(new UploadMeter({ limitBytes: 10 }), [Buffer.alloc(4), Buffer.alloc(6)])).resolves.toHaveLength(10);
    const meter = new UploadMeter({ limitBytes: 10 });
    const failure = run(meter, [Buffer.alloc(4), Buffer.alloc(7)]);
    await expect(failure).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(failure).rejects.toMatchObject({ limit: 10, code: 'PAYLOAD_TOO_LARGE' });
    expect(meter.bytes).toBe(4);
  });

  it('fails the stream with whatever onHead throws', async () => {
    const meter = new UploadMeter({
      limitBytes: 1000,
      headBytes: 4,
      onHead: async () => {
        throw new Error('bad head');
      },
    });
    await expect(run(meter, [Buffer.from('abcdefgh')])).rejects.toThrow('bad head');
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new UploadMeter({ limitBytes: -1 })).toThrow(RangeError);
    expect(() => new UploadMeter({ limitBytes: 1.5 })).toThrow(RangeError);
  });
});

describe('receiveUpload', () => {
  let root: string;
  let disk: LocalDiskStorage;
  let storage: RecordingStorage;
  const key = 'tenant-1/doc-1';

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'reinstate-upload-'));
    disk = new LocalDiskStorage(root);
    storage = new RecordingStorage(disk);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const files = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

  it('stores a large PDF and reports size, hash, type and the sanitised name', async () => {
    const data = pdf(3 * 1024 * 1024);
    const result = await receiveUpload(new Source(chunks(data)).stream(), '../請求書\u202E_2024.PDF', {
      limitBytes: 10 * 1024 * 1024,
      storage,
      key,
    });
    expect(result).toEqual({
      key,
      sizeBytes: data.length,
      sha256Hex: sha256(data),
      mime: MIME.pdf,
      extension: 'pdf',
      sanitizedName: '請求書_2024.PDF',
    });
    expect((await readFile(path.join(root, key))).equals(data)).toBe(true);
    expect(storage.deleted).toEqual([]);
  });

  it('stores a file smaller than the sniff window', async () => {
    const data = png();
    const result = await receiveUpload(new Source([data]).stream(), 'shot.png', { limitBytes: 1024, storage, key });
    expect(result).toMatchObject({ sizeBytes: data.length, mime: MIME.png, sha256Hex: sha256(data) });
    expect(await files()).toEqual(['doc-1']);
  });

  it('reports the charset of text uploads', async () => {
    expect(await receiveUpload(new Source([SHIFT_JIS_CSV]).stream(), '注文.csv', { limitBytes: 1024, storage, key })).toMatchObject({
      mime: MIME.csv,
      charset: 'shift_jis',
    });
    expect(await receiveUpload(new Source([Buffer.from(EML)]).stream(), 'notice.eml', { limitBytes: 4096, storage, key: 'k2' })).toMatchObject({
      mime: MIME.eml,
      charset: 'utf-8',
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const data = pdf(10_000);
    await expect(receiveUpload(new Source(chunks(data, 1000)).stream(), 'a.pdf', { limitBytes: data.length, storage, key })).resolves.toMatchObject({
      sizeBytes: data.length,
    });
  });

  it('stops reading as soon as the limit is passed, and leaves nothing behind', async () => {
    const source = new Source([pdf()], { repeat: Buffer.alloc(64 * 1024, 0x20), times: 1600 }); // ~100 MiB on offer
    const limit = 1024 * 1024;
    const failure = receiveUpload(source.stream(), 'big.pdf', { limitBytes: limit, storage, key });
    await expect(failure).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(failure).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      kind: 'payload_too_large',
      details: [{ field: 'file', issue: 'too_large', limitBytes: limit }],
    });
    expect(source.pulled).toBeLessThan(limit + 512 * 1024);
    expect(storage.deleted).toEqual([key]);
    expect(await files()).toEqual([]);
  });

  it('refuses a disallowed type after the head, before any byte reaches storage', async () => {
    const source = new Source([windowsExe(), noise(SNIFF_BYTES)], { repeat: noise(64 * 1024, 7), times: 1600 });
    const failure = receiveUpload(source.stream(), 'invoice.pdf', { limitBytes: 200 * 1024 * 1024, storage, key });
    await expect(failure).rejects.toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      kind: 'unprocessable',
      details: [{ field: 'file', issue: 'not_allowed', detected: 'application/x-msdownload' }],
    });
    expect(source.pulled).toBeLessThan(SNIFF_BYTES + 512 * 1024);
    expect(storage.bytesReceived).toBe(0);
    expect(await files()).toEqual([]);
  });

  it('refuses a name that disagrees with the content', async () => {
    await expect(receiveUpload(new Source([png()]).stream(), 'invoice.pdf', { limitBytes: 1024, storage, key })).rejects.toMatchObject({
      code: 'FILE_TYPE_MISMATCH',
      details: [{ issue: 'mismatch', detected: MIME.png, claimedExtension: 'pdf' }],
    });
    expect(await files()).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const failure = receiveUpload(new Source([]).stream(), 'empty.pdf', { limitBytes: 1024, storage, key });
    await expect(failure).rejects.toBeInstanceOf(UploadError);
    await expect(failure).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    expect(await files()).toEqual([]);
  });

  it('rethrows a client abort and leaves nothing behind (not even a temporary file)', async () => {
    const abort = new Error('aborted');
    const data = pdf(300 * 1024);
    const failure = receiveUpload(new Source(chunks(data), { fail: abort }).stream(), 'a.pdf', { limitBytes: 1024 * 1024, storage, key });
    await expect(failure).rejects.toBe(abort);
    expect(storage.bytesReceived).toBeGreaterThan(0); // it had started writing
    expect(storage.deleted).toEqual([key]);
    expect(await files()).toEqual([]);
  });

  it('rethrows a storage failure, deletes the key and stops reading the source', async () => {
    const diskFull = new Error('ENOSPC: no space left on device');
    const failing: StorageDriver = {
      put: (_key, stream) =>
        new Promise((_resolve, reject) => {
          let seen = 0;
          stream.on('data', (c: Buffer) => {
            seen += c.length;
            if (seen > 200 * 1024) {
              stream.pause();
              reject(diskFull);
            }
          });
        }),
      get: () => Promise.reject(new Error('unused')),
      delete: async (k) => void deleted.push(k),
      exists: async () => false,
    };
    const deleted: string[] = [];
    const source = new Source([pdf()], { repeat: Buffer.alloc(64 * 1024, 0x20), times: 1600 });
    await expect(receiveUpload(source.stream(), 'a.pdf', { limitBytes: 1024 ** 3, storage: failing, key })).rejects.toBe(diskFull);
    expect(deleted).toEqual([key]);
    expect(source.pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('does not hang when a driver returns without reading the stream', async () => {
    const deleted: string[] = [];
    const lazy: StorageDriver = {
      put: async () => undefined,
      get: () => Promise.reject(new Error('unused')),
      delete: async (k) => void deleted.push(k),
      exists: async () => false,
    };
    await expect(receiveUpload(new Source([pdf(500_000)]).stream(), 'a.pdf', { limitBytes: 1024 ** 2, storage: lazy, key })).rejects.toThrow(
      /before reading the whole upload/,
    );
    expect(deleted).toEqual([key]);
  });

  it('refuses an unsafe key before reading anything', async () => {
    const source = new Source([pdf()]);
    await expect(receiveUpload(source.stream(), 'a.pdf', { limitBytes: 1024, storage, key: '../x' })).rejects.toMatchObject({
      code: 'INVALID_STORAGE_KEY',
    });
    expect(source.pulled).toBe(0);
  });
});

describe('UploadError', () => {
  it('is a DomainError the api can map', () => {
    const error = new PayloadTooLargeError(25 * 1024 * 1024);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(UploadError);
    expect(error.message).toBe('The file is larger than the limit of 25 MiB.');
    expect(UploadError.fromSniff({ ok: false, reason: 'empty' }, 'pdf')).toMatchObject({ code: 'EMPTY_FILE', kind: 'unprocessable' });
  });
});
