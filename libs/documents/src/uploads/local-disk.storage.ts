/**
 * Stores objects as files under one root folder (the default driver; one machine or a shared
 * volume). A put writes to a temporary file in the destination folder and renames it into place,
 * so readers see either no file or the whole file, never a partial one.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StorageObjectNotFoundError, assertValidKey, type StorageDriver } from './storage';

export interface LocalDiskStorageOptions {
  /**
   * fsync the file and its folder before a put resolves, so a stored document survives a power
   * loss. Costs a disk flush per upload; off by default (tests, development).
   */
  fsync?: boolean;
}

/** Files may hold identity documents: readable by the service user only. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Temporary files are named `.<name>.<uuid>.part`; keys never produce that shape by accident. */
const TEMP_SUFFIX = '.part';

export class LocalDiskStorage implements StorageDriver {
  private readonly root: string;

  constructor(rootDir: string, private readonly options: LocalDiskStorageOptions = {}) {
    if (!rootDir) throw new Error('LocalDiskStorage needs a root folder');
    this.root = path.resolve(rootDir);
  }

  async put(key: string, stream: Readable): Promise<void> {
    let target: string;
    try {
      target = this.pathOf(key);
    } catch (error) {
      stream.destroy();
      throw error;
    }
    const folder = path.dirname(target);
    const temp = path.join(folder, `.${path.basename(target)}.${randomUUID()}${TEMP_SUFFIX}`);
    try {
      await mkdir(folder, { recursive: true, mode: DIR_MODE });
      // 'wx': never follow or reuse an existing file; `flush` fsyncs before close when asked.
      await pipeline(stream, createWriteStream(temp, { flags: 'wx', mode: FILE_MODE, flush: this.options.fsync === true }));
      await rename(temp, target);
      if (this.options.fsync) await syncFolder(folder);
    } catch (error) {
      stream.destroy();
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    // Opening first turns a missing file into a clean error here, not a stream error later.
    const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR') throw new StorageObjectNotFoundError(key);
      throw error;
    });
    try {
      if (!(await handle.stat()).isFile()) throw new StorageObjectNotFoundError(key);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle.createReadStream({ autoClose: true });
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return false;
      throw error;
    }
  }

  /** The absolute path of a key; the pattern check is backed by a containment check. */
  pathOf(key: string): string {
    assertValidKey(key);
    const full = path.resolve(this.root, key);
    if (!full.startsWith(this.root + path.sep)) throw new Error(`Storage key escapes the root: ${key}`);
    return full;
  }
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
