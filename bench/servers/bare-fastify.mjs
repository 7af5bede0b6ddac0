// The floor of the ratio: Fastify alone answering a small JSON document.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ userId: '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f', role: 'admin', tenant: { name: 'Bench' } }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
