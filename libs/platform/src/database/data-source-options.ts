import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { pgTypes } from './pg-types';

/** The application role's connection: subject to row-level security. Never synchronize. */
export function appDataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    poolSize: config.DATABASE_POOL_SIZE,
    applicationName: 'reinstate',
    extra: { statement_timeout: 15_000, types: pgTypes },
  };
}

/** The owner role's connection: runs migrations, nothing else. */
export function ownerDataSourceOptions(config: Pick<AppConfig, 'DATABASE_OWNER_URL'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_OWNER_URL,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    applicationName: 'reinstate-migrate',
  };
}
