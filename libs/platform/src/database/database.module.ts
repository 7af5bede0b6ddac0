import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '../config/app-config';
import { TenantDb } from './tenant-db';
import { appDataSourceOptions } from './data-source-options';

/**
 * PostgreSQL as the application role, AsyncLocalStorage (nestjs-cls) for the request or job
 * context, and the transactional plugin that TenantDb builds on. Contexts are opened by whoever
 * runs the work: the api per request (a Fastify hook, apps/api/src/http/request-context.ts),
 * the worker per job.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ ...appDataSourceOptions(config), autoLoadEntities: true }),
        }),
        ClsModule.forRoot({
          global: true,
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
