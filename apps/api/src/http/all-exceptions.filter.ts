import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mapError } from './error-mapping';

/** The api's one exception filter: every error leaves as the envelope, never a stack trace. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    sendError(exception, request, reply, this.logger);
  }
}

export function sendError(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const mapped = mapError(exception);
  if (mapped.status >= 500) {
    logger.error({ err: exception, reqId: request.id }, 'unhandled error');
  }
  void reply
    .status(mapped.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({
      error: {
        code: mapped.code,
        message: mapped.message,
        details: mapped.details,
        requestId: request.id,
        ...(mapped.extra ?? {}),
      },
    });
}
