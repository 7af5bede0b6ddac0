import type { FastifyInstance } from 'fastify';
import { CLS_ID, type ClsService } from 'nestjs-cls';

/**
 * Each request's CLS context (TenantDb's transaction, the request id on log lines), opened in a
 * Fastify hook rather than nestjs-cls's middleware, which ran through middie (bench/cases). At
 * preHandler the body is parsed, and Fastify calls the route — Nest's guards, pipes and handler —
 * from inside `done()`, so all of it runs in the context.
 */
export function openRequestContext(fastify: FastifyInstance, cls: ClsService): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    cls.run(() => {
      cls.set(CLS_ID, request.id);
      done();
    });
  });
}
