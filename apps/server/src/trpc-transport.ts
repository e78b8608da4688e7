import type { AnyProcedure, AnyRouter } from '@trpc/server';
import { fastifyRequestHandler, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { TRPCRequestInfo } from '@trpc/server/http';
import {
  getErrorShape,
  getHTTPStatusCode,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  transformTRPCResponse,
  TRPCError,
  type TRPCResponse,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The tRPC endpoint on Fastify (issue 13, item 4). tRPC's own adapter turns every call into a WHATWG
 * Request with an AbortController, runs `resolveResponse` and streams a Response back chunked:
 * 0.085–0.15× a bare Fastify route for a trivial procedure. Plain JSON calls — the web app's
 * httpBatchLink, batched or not, and every non-batched GET/POST — are answered here instead, from
 * Fastify's request: the procedure looked up in the router and called directly, the answer one JSON
 * string. Each step is resolveResponse's for such a call, in its order and with its messages (paths,
 * input parsing, batch limit, method per procedure type, createContext, errorFormatter, responseMeta,
 * HTTP status), so clients see the same answers; a test asks both transports the same questions
 * (test/trpc-transport.test.ts). Everything else — streamed batches (httpBatchStreamLink's
 * `trpc-accept: application/jsonl`: the Excel imports), subscriptions, form data, HEAD — goes to
 * tRPC's adapter as before.
 */
type TrpcOptions<TRouter extends AnyRouter> = FastifyTRPCPluginOptions<TRouter>['trpcOptions'];
type Call = TRPCRequestInfo['calls'][number];
type CallResult = [error: TRPCError, data?: undefined] | [error: undefined, data: unknown];

const ACCEPTED_METHODS: Record<string, readonly string[]> = { query: ['GET'], mutation: ['POST'], subscription: ['GET'] };
/** One signal for every request's info (the context and responseMeta never read it); calls get none, as no client can abort a plain JSON call midway. */
const NEVER_ABORTED = new AbortController().signal;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && !Array.isArray(v) && typeof v === 'object';
const isPromise = (v: unknown) =>
  (isObject(v) || typeof v === 'function') && typeof (v as { then?: unknown }).then === 'function' && typeof (v as { catch?: unknown }).catch === 'function';
const isDataStream = (v: unknown) => isObject(v) && (isAsyncIterable(v) || Object.values(v).some(isPromise) || Object.values(v).some(isAsyncIterable));

/** Media types compare case-insensitively, parameters aside (tRPC's hasContentType). */
function contentType(req: FastifyRequest) {
  return req.headers['content-type']?.toLowerCase().split(';', 1)[0]?.trim();
}

/** Whether this request is a plain JSON call, answered here; otherwise tRPC's adapter answers it. */
function isPlainJsonCall(req: FastifyRequest, search: URLSearchParams) {
  if (req.method !== 'GET' && req.method !== 'POST') return false;
  const accept = req.headers['trpc-accept'] ?? (req.headers.accept?.split(',').some((t) => t.trim() === 'application/jsonl') ? 'application/jsonl' : undefined);
  if (accept !== undefined || search.has('connectionParams')) return false;
  const type = contentType(req);
  if (req.method === 'POST') return type === 'application/json';
  return type !== 'multipart/form-data' && type !== 'application/octet-stream';
}

function decodePath(path: string) {
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Invalid URL-encoding in path "${path}"`, cause });
  }
}

/** The inputs of the call(s), read and parsed once, when the first procedure asks (tRPC's memo). */
function inputReader(router: AnyRouter, req: FastifyRequest, search: URLSearchParams, isBatchCall: boolean, count: number) {
  const deserialize = (v: unknown) => router._def._config.transformer.input.deserialize(v);
  let value: Record<number, unknown> | undefined;
  let pending: Promise<Record<number, unknown>> | undefined;
  const parse = (): Record<number, unknown> => {
    let inputs: unknown;
    if (req.method === 'GET') {
      const query = search.get('input');
      if (query) inputs = JSON.parse(query);
    } else {
      inputs = JSON.parse(typeof req.body === 'string' ? req.body : '');
    }
    if (inputs === undefined) return {};
    if (!isBatchCall) return { 0: deserialize(inputs) };
    if (!isObject(inputs)) throw new TRPCError({ code: 'BAD_REQUEST', message: '"input" needs to be an object when doing a batch call' });
    const acc: Record<number, unknown> = {};
    for (let index = 0; index < count; index++) if (inputs[index] !== undefined) acc[index] = deserialize(inputs[index]);
    return acc;
  };
  return {
    read: async () => {
      if (value) return value;
      pending ??= Promise.resolve()
        .then(parse)
        .catch((cause: unknown) => {
          if (cause instanceof TRPCError) throw cause;
          throw new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
        });
      value = await pending;
      pending = undefined;
      return value;
    },
    result: () => value,
  };
}

async function answerPlainJsonCall<TRouter extends AnyRouter>(opts: TrpcOptions<TRouter>, req: FastifyRequest, reply: FastifyReply, rawPath: string, search: URLSearchParams) {
  const router = opts.router as AnyRouter;
  const config = router._def._config;
  const method = req.method;
  let info: TRPCRequestInfo | undefined;
  let ctx: unknown;
  const send = (untransformed: TRPCResponse | TRPCResponse[], errors: TRPCError[], contentTypeOf = 'application/json') => {
    let status = getHTTPStatusCode(untransformed);
    const meta =
      opts.responseMeta?.({
        ctx: ctx as never,
        info,
        paths: info?.calls.map((c) => c.path),
        data: (Array.isArray(untransformed) ? untransformed : [untransformed]) as never,
        errors,
        eagerGeneration: false,
        type: info?.calls.find((c) => c.procedure?._def.type)?.procedure?._def.type ?? 'unknown',
      }) ?? {};
    if (meta.headers instanceof Headers) for (const [key, value] of meta.headers.entries()) reply.header(key, value);
    else if (meta.headers) for (const [key, value] of Object.entries(meta.headers)) if (value !== undefined) reply.header(key, value);
    if (meta.status) status = meta.status;
    // A Buffer: Fastify sends it as it is (a string with a JSON type would get "; charset=utf-8").
    return reply
      .code(status)
      .header('vary', 'trpc-accept, accept')
      .header('content-type', contentTypeOf)
      .send(Buffer.from(JSON.stringify(transformTRPCResponse(config, untransformed as TRPCResponse))));
  };

  try {
    const path = decodePath(rawPath);
    const isBatchCall = search.get('batch') === '1';
    const paths = isBatchCall ? path.split(',') : [path];
    if (isBatchCall && typeof opts.maxBatchSize === 'number' && paths.length > opts.maxBatchSize) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Batch call exceeds maximum size' });
    }
    const inputs = inputReader(router, req, search, isBatchCall, paths.length);
    const calls: Call[] = await Promise.all(
      paths.map(async (p, index) => ({
        batchIndex: index,
        path: p,
        procedure: (await getProcedureAtPath(router, p)) as AnyProcedure | null,
        getRawInput: async () => (await inputs.read())[index],
        result: () => inputs.result()?.[index],
      })),
    );
    const types = new Set(calls.map((c) => c.procedure?._def.type).filter(Boolean));
    if (types.size > 1) throw new TRPCError({ code: 'BAD_REQUEST', message: `Cannot mix procedure types in call: ${Array.from(types).join(', ')}` });
    const type = (types.values().next().value ?? 'unknown') as TRPCRequestInfo['type'];
    info = { isBatchCall, accept: null, calls, type, connectionParams: null, signal: NEVER_ABORTED, url: null };
    if (isBatchCall && (opts.allowBatching ?? opts.batching?.enabled ?? true) === false) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Batching is not enabled on the server' });
    }

    let contextError: TRPCError | undefined;
    try {
      // A context that failed leaves ctx undefined, as tRPC passes it to onError and the formatter.
      ctx = await opts.createContext?.({ req, res: reply, info } as never);
    } catch (cause) {
      contextError = getTRPCErrorFromUnknown(cause);
    }
    const results = await Promise.all(
      calls.map(async (call): Promise<CallResult> => {
        const procedureType = call.procedure?._def.type;
        try {
          if (!call.procedure) throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure found on path "${call.path}"` });
          if (!ACCEPTED_METHODS[call.procedure._def.type]!.includes(method)) {
            throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: `Unsupported ${method}-request to ${call.procedure._def.type} procedure at path "${call.path}"` });
          }
          if (contextError) throw contextError;
          const data: unknown = await call.procedure({ path: call.path, getRawInput: call.getRawInput, ctx, type: call.procedure._def.type, signal: undefined, batchIndex: call.batchIndex });
          return [undefined, data];
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          opts.onError?.({ error, path: call.path, input: call.result(), ctx: ctx as never, type: procedureType ?? 'unknown', req } as never);
          return [error];
        }
      }),
    );
    const shape = (call: Call, error: TRPCError): TRPCResponse => ({
      error: getErrorShape({ config, ctx, error, input: call.result(), path: call.path, type: call.procedure?._def.type ?? 'unknown' }),
    });
    if (!isBatchCall) {
      const [error, data] = results[0]!;
      // As resolveResponse: a stream cannot be sent as plain JSON (an answer of the outer catch).
      if (!error && isDataStream(data)) throw new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink' });
      return await send(error ? shape(calls[0]!, error) : { result: { data } }, error ? [error] : []);
    }
    const checked = results.map(([error, data]): CallResult =>
      error ? [error] : isDataStream(data) ? [new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink' })] : [undefined, data],
    );
    return await send(
      checked.map(([error, data], i) => (error ? shape(calls[i]!, error) : { result: { data } })),
      checked.flatMap(([error]) => (error ? [error] : [])),
    );
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    const type = info?.type ?? 'unknown';
    opts.onError?.({ error, path: undefined, input: undefined, ctx: ctx as never, type, req } as never);
    // resolveResponse sets no content type on this answer, so the Response's default for a string went out.
    return send({ error: getErrorShape({ config, error, type, path: undefined, input: undefined, ctx }) }, [error], 'text/plain;charset=UTF-8');
  }
}

/** Registers /<prefix>/:path like tRPC's fastifyTRPCPlugin (same body parsers, so the same body limit and 413). */
export function leanTrpcPlugin<TRouter extends AnyRouter>(fastify: FastifyInstance, opts: { trpcOptions: TrpcOptions<TRouter> }, done: (err?: Error) => void) {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, parsed) => parsed(null, body));
  fastify.removeContentTypeParser('multipart/form-data');
  fastify.addContentTypeParser('multipart/form-data', {}, (_req, body, parsed) => parsed(null, body));
  fastify.all<{ Params: { path: string } }>('/:path', async (req, reply) => {
    const q = req.url.indexOf('?');
    const search = new URLSearchParams(q === -1 ? '' : req.url.slice(q + 1));
    if (isPlainJsonCall(req, search)) return answerPlainJsonCall(opts.trpcOptions, req, reply, req.params.path, search);
    await fastifyRequestHandler({ ...opts.trpcOptions, req, res: reply, path: req.params.path } as never);
    return reply;
  });
  done();
}
