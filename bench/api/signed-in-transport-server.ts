// The server side of the signed-in transport benchmark (signed-in-transport.bench.ts): the real
// server (`serve`: PGlite in a fresh data dir, the demo county seeded) with the lean transport, a
// second app on the same services and database with tRPC's stock adapter, and a bare Fastify route
// answering the signed-in auth.me body it is given — all in this one process, so the three share an
// event loop and a database. Prints one JSON line with the three ports when listening.
import { buildApp, configFromEnv, serve } from '@duban/server';
import Fastify from 'fastify';

const config = configFromEnv(process.env);
const { services } = await serve(config);
const stock = await buildApp(services, config, services.log as never, { trpcTransport: 'stock' });
const stockAddress = await stock.listen({ port: 0, host: '127.0.0.1' });

let body = '';
const bare = Fastify({ logger: false });
// The bare route answers the same bytes the idiomatic way (a string with a JSON type); PUT sets them.
bare.put('/body', async (req) => ((body = JSON.stringify(req.body)), 'ok'));
bare.get('/auth.me', async (_req, reply) => reply.type('application/json').send(body));
const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`@@ ${JSON.stringify({ lean: String(config.port), stock: new URL(stockAddress).port, bare: new URL(bareAddress).port })}\n`);
