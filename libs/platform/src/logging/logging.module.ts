import { DynamicModule, Module } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig } from '../config/app-config';

/** Paths pino blanks out: credentials never reach the logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
  '*.secret',
  '*.passwordHash',
];

/**
 * Structured JSON logs (pino), the request's (or job's) id as `reqId` on every line logged inside
 * its context (from a route's guards on; Fastify's own refusals before that, such as a body it
 * cannot parse, leave only the access line, which names the id too). nestjs-pino
 * carries Nest's Logger over to pino; the id comes from the CLS context through pino's `mixin`
 * instead of a child logger made for every request by pino-http's middleware: that middleware,
 * the AsyncLocalStorage it opens and middie under it cost ~20 % of a case read's CPU at any log
 * level (bench/cases). So no per-request middleware; the apps write one line per request
 * themselves (access-log.ts).
 */
@Module({})
export class LoggingModule {
  /** `destination`: where lines go (standard output unless given; tests read them). */
  static forRoot(service: 'api' | 'worker', destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig, ClsService],
          useFactory: (config: AppConfig, cls: ClsService) => {
            const options = {
              level: config.LOG_LEVEL,
              base: { service },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              mixin: () => {
                const reqId = cls.isActive() ? cls.getId() : undefined;
                return reqId ? { reqId } : {};
              },
            };
            return { forRoutes: [], pinoHttp: destination ? [options, destination] : options };
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
