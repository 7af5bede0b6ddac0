import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '../config/app-config';
import { TenantDb } from './tenant-db';
import { appDataSourceOptions } from './data-source-options';

export interface DatabaseModuleOptions {
  /** Mount the CLS middleware for HTTP requests (api); the worker opens contexts per job. */
  http: boolean;
}

/**
 * PostgreSQL as the application role, AsyncLocalStorage (nestjs-cls) for the request or job
 * context, and the transactional plugin that TenantDb builds on.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ ...appDataSourceOptions(config), autoLoadEntities: true }),
        }),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: options.http,
            generateId: true,
            // Fastify's request id (set in the adapter's genReqId) doubles as the CLS id.
            idGenerator: (req: { id?: string }) => req.id ?? '',
          },
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
      ],
      providers: [TenantDb],
      exports: [TenantDb],
    };
  }
}
