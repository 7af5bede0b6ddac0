import helmet from '@fastify/helmet';
import { Logger as NestLogger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, newId } from '@reinstate/platform';
import type { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { sendError } from './http/all-exceptions.filter';
import { validationPipe } from './http/validation';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A caller-supplied x-request-id is kept when it is sane; otherwise a fresh UUIDv7. */
function requestId(raw: IncomingMessage): string {
  const header = raw.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : newId();
  (raw as IncomingMessage & { id?: string }).id = id; // read by pino-http and nestjs-cls
  return id;
}

/** Builds the api (not yet listening): used by main.ts, the e2e tests and the benchmark alike. */
export async function createApiApp(config: AppConfig, options: { logs?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: requestId,
    trustProxy: config.NODE_ENV === 'production',
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));

  const fastify = app.getHttpAdapter().getInstance();
  // Body-parsing errors happen before Nest's filter sees the request: same envelope here.
  fastify.setErrorHandler((err, request, reply) => sendError(err, request, reply, new NestLogger('Errors')));
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
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
