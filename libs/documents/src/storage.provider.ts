import { join, resolve } from 'node:path';
import type { Provider } from '@nestjs/common';
import { AppConfig } from '@reinstate/platform';
import { LocalDiskStorage } from './uploads/local-disk.storage';
import { S3Storage } from './uploads/s3.storage';
import type { StorageDriver } from './uploads/storage';

export const STORAGE = Symbol('STORAGE');

/** Local disk under DATA_DIR/uploads by default; S3-compatible by configuration. */
export const storageProvider: Provider = {
  provide: STORAGE,
  inject: [AppConfig],
  useFactory: (config: AppConfig): StorageDriver =>
    config.STORAGE_DRIVER === 's3'
      ? new S3Storage({
          bucket: config.S3_BUCKET!,
          region: config.S3_REGION!,
          endpoint: config.S3_ENDPOINT,
          forcePathStyle: config.S3_FORCE_PATH_STYLE === 'true',
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        })
      : new LocalDiskStorage(resolve(join(config.DATA_DIR, 'uploads'))),
};
