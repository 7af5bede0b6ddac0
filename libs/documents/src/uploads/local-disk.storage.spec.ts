import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalDiskStorage } from './local-disk.storage';
import { InvalidStorageKeyError, StorageObjectNotFoundError } from './storage';

/** Every file under a folder, relative, including hidden temporaries. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** A stream that yields some bytes and then fails, as an aborted client upload does. */
function failingStream(): Readable {
  return new Readable({
    read() {
      if (!this.readableLength) {
        this.push(Buffer.alloc(1024, 1));
        setImmediate(() => this.destroy(new Error('client went away')));
      }
    },
  });
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'reinstate-storage-'));
    storage = new LocalDiskStorage(path.join(root, 'store'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('puts, reads back, reports existence and deletes', async () => {
    const key = 'tenant-1/doc-1';
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Readable.from([Buffer.from('請求書 '), Buffer.from('2024')]));
    expect(await storage.exists(key)).toBe(true);
    expect(await text(await storage.get(key))).toBe('請求書 2024');
    expect(await filesUnder(path.join(root, 'store'))).toEqual([path.join('tenant-1', 'doc-1')]);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined(); // idempotent
  });

  it('creates nested folders and keeps files private to the service user', async () => {
    await storage.put('a/b/c/d.pdf', Readable.from([Buffer.from('%PDF-')]));
    const info = await stat(path.join(root, 'store', 'a/b/c/d.pdf'));
    expect(info.mode & 0o777).toBe(0o600);
  });

  it('replaces an object atomically', async () => {
    await storage.put('k', Readable.from([Buffer.from('old')]));
    await storage.put('k', Readable.from([Buffer.from('new')]));
    expect(await text(await storage.get('k'))).toBe('new');
  });

  it('streams a large object without trouble', async () => {
    const chunk = Buffer.alloc(64 * 1024, 7);
    async function* many() {
      for (let i = 0; i < 64; i++) yield chunk; // 4 MiB
    }
    await storage.put('big', Readable.from(many()));
    expect((await stat(path.join(root, 'store', 'big'))).size).toBe(4 * 1024 * 1024);
  });

  it('works with fsync on', async () => {
    const durable = new LocalDiskStorage(path.join(root, 'durable'), { fsync: true });
    await durable.put('t/k', Readable.from([Buffer.from('x')]));
    expect(await readFile(path.join(root, 'durable', 't/k'), 'utf8')).toBe('x');
  });

  it('leaves no file (not even a temporary) when the stream fails', async () => {
    await expect(storage.put('t/failed', failingStream())).rejects.toThrow('client went away');
    expect(await storage.exists('t/failed')).toBe(false);
    expect(await filesUnder(path.join(root, 'store'))).toEqual([]);
  });

  it('keeps the previous object when a replacing put fails', async () => {
    await storage.put('t/k', Readable.from([Buffer.from('good')]));
    await expect(storage.put('t/k', failingStream())).rejects.toThrow('client went away');
    expect(await text(await storage.get('t/k'))).toBe('good');
    expect(await filesUnder(path.join(root, 'store'))).toEqual([path.join('t', 'k')]);
  });

  it('get of a missing key rejects with StorageObjectNotFoundError', async () => {
    await expect(storage.get('t/missing')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
    await storage.put('t/dir/file', Readable.from([Buffer.from('x')]));
    await expect(storage.get('t/dir')).rejects.toBeInstanceOf(StorageObjectNotFoundError); // a folder is not an object
    expect(await storage.exists('t/dir')).toBe(false);
  });

  it.each(['../escape', 'a/../../escape', '/etc/passwd', 'a\\..\\b', 'a/./b', ''])(
    'refuses key %j everywhere and writes nothing',
    async (key) => {
      const source = Readable.from([Buffer.from('x')]);
      await expect(storage.put(key, source)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      expect(source.destroyed).toBe(true);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      expect(await readdir(root)).toEqual([]);
    },
  );

  it('cannot be pointed outside its root through a file outside it', async () => {
    await writeFile(path.join(root, 'outside'), 'secret');
    await expect(storage.get('../outside')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(() => storage.pathOf('ok/key')).not.toThrow();
    expect(storage.pathOf('ok/key')).toBe(path.join(root, 'store', 'ok', 'key'));
  });
});
