import multipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { accessLog, AppConfig, Clock } from '@reinstate/platform';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ClsService } from 'nestjs-cls';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { openRequestContext } from './http/request-context';
import { staticSecurityHeaders } from './http/security-headers';
import { validationPipe } from './http/validation';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * A caller-supplied x-request-id is kept when it is sane; otherwise a random UUID (request ids
 * need no time order, and randomUUID draws from a pooled entropy buffer: cheaper than a UUIDv7).
 */
function requestId(raw: IncomingMessage): string {
  const header = raw.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Builds the api (not yet listening): used by main.ts, the e2e tests and the benchmark alike. */
export async function createApiApp(config: AppConfig, options: { logs?: boolean; clock?: Clock } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: requestId,
    trustProxy: config.NODE_ENV === 'production',
    routerOptions: { maxParamLength: 1000 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.clock), adapter, {
    bufferLogs: true,
    // Fastify's own JSON parser (secure-json-parse, refuses __proto__) and nothing else: no forms.
    bodyParser: false,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));

  const fastify = app.getHttpAdapter().getInstance();
  // JSON only: other bodies get 415 instead of reaching validation as strings.
  fastify.removeContentTypeParser('text/plain');
  openRequestContext(fastify, app.get(ClsService));
  accessLog(fastify, PinoLogger.root);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  // Security headers (helmet's, worked out once: @fastify/helmet builds its middleware anew on
  // every request, ~4 % of the API's CPU per request in bench/cases; running helmet's own
  // middlewares per request still cost ~2 %).
  const securityHeaders = staticSecurityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI needs inline styles and its own scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  // Uploads stream through; our own meter enforces the size limit (the +1 lets it see the excess).
  await app.register(multipart, {
    limits: { files: 1, fields: 10, fieldSize: 4096, parts: 12, fileSize: config.UPLOAD_LIMIT_BYTES + 1 },
    throwFileSizeLimit: false,
  });
  app.enableCors({
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: true,
    exposedHeaders: ['x-request-id'],
  });
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Reinstate API')
      .setDescription('Marketplace account-appeal casework for consultancies. Errors share one envelope: { error: { code, message, details } }.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  await fastify.ready();
  return app;
}
