import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/**
 * One line per answered request of an app's HTTP server (the api's routes, the worker's health
 * and queue dashboard) (`request completed`: the request's id, method and URL, the
 * status, the milliseconds taken): info, warn from 400, error from 500; /health is left out.
 * Nothing is built when the level is off. Flat fields: pino-http's `req`/`res` serializers
 * expect the raw Node objects.
 */
export function accessLog(fastify: FastifyInstance, log: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const statusCode = reply.statusCode;
    const level = statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
    if (request.url !== '/health' && log.isLevelEnabled(level)) {
      log[level](
        { reqId: request.id, method: request.method, url: request.url, statusCode, responseTime: Math.round(reply.elapsedTime) },
        'request completed',
      );
    }
    done();
  });
}
