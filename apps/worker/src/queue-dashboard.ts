import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, QUEUES } from '@reinstate/platform';
import type { Queue } from 'bull';

const BASE = '/queues';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Bull Board for platform operators, behind HTTP basic auth: queues, retries, and the failed
 * jobs (the dead-letter view). Off unless OPS_USERNAME and OPS_PASSWORD are set.
 */
export async function mountQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  if (!config.OPS_USERNAME || !config.OPS_PASSWORD) return false;
  const user = config.OPS_USERNAME;
  const password = config.OPS_PASSWORD;
  const adapter = new FastifyAdapter();
  adapter.setBasePath(BASE);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullAdapter(app.get<Queue>(`BullQueue_${name}`))),
    serverAdapter: adapter,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(BASE)) return;
    const header = request.headers.authorization ?? '';
    const [scheme, encoded] = header.split(' ');
    const [u, ...rest] = Buffer.from(encoded ?? '', 'base64').toString('utf8').split(':');
    if (scheme !== 'Basic' || !same(u ?? '', user) || !same(rest.join(':'), password)) {
      await reply.header('www-authenticate', 'Basic realm="reinstate-queues"').code(401).send({ error: { code: 'UNAUTHENTICATED', message: 'Operators only.', details: [] } });
    }
  });
  await fastify.register(adapter.registerPlugin() as never, { prefix: BASE });
  return true;
}
