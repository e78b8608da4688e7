// The server side of the transport benchmark (transport.bench.ts), in its own process: one
// Fastify instance with a bare route, tRPC's stock Fastify adapter and the product's lean
// transport, the last two serving the same one-procedure router. Prints its port when listening.
import { initTRPC } from '@trpc/server';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { leanTrpcPlugin } from '@duban/server';
import Fastify from 'fastify';

const t = initTRPC.create();
const router = t.router({ hello: t.procedure.query(() => 'ok') });
const trpcOptions = { router, createContext: () => ({}) };

const app = Fastify({ logger: false });
// The bare route answers the same body the idiomatic way: Fastify serialises the returned object.
app.get('/bare/hello', async () => ({ result: { data: 'ok' } }));
await app.register(fastifyTRPCPlugin, { prefix: '/stock', trpcOptions });
await app.register(leanTrpcPlugin, { prefix: '/lean', trpcOptions });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${new URL(address).port}\n`);
