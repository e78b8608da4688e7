import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openOfflineDb } from './db.ts';
import { OfflineQueue, SubmissionRejected } from './queue.ts';
import { trpcSender } from './transport.ts';

type Drop = 'before' | 'after';

/**
 * A stand-in for the server behind `fetch`: answers tRPC mutations like the real one does for an
 * idempotent procedure (a key seen before returns the first result) and can drop the connection
 * before the request arrives or after it was processed (the answer is lost on the way back).
 */
function fakeServer(options: { drops?: Drop[]; reject?: { status: number; code: string } } = {}) {
  const drops = [...(options.drops ?? [])];
  const records = new Map<string, { id: number; title: string }>();
  const log = { attempts: 0, delivered: 0, executed: 0, order: [] as string[] };
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    log.attempts++;
    const drop = drops.shift();
    if (drop === 'before') throw new TypeError('Failed to fetch');
    const input = JSON.parse(String(init?.body)) as { idempotencyKey: string; title: string };
    if (options.reject) {
      return new Response(JSON.stringify({ error: { message: '校验失败', code: -32600, data: { code: options.reject.code, httpStatus: options.reject.status } } }), {
        status: options.reject.status, headers: { 'content-type': 'application/json' },
      });
    }
    log.executed++;
    if (!records.has(input.idempotencyKey)) {
      records.set(input.idempotencyKey, { id: records.size + 1, title: input.title });
      log.order.push(input.title);
    }
    if (drop === 'after') throw new TypeError('Failed to fetch');
    log.delivered++;
    expect(String(url)).toMatch(/\/trpc\/survey\.submit$/);
    return new Response(JSON.stringify({ result: { data: records.get(input.idempotencyKey) } }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, records, log };
}

let n = 0;
const queues: OfflineQueue[] = [];
function makeQueue(server: ReturnType<typeof fakeServer>) {
  const name = `test-${++n}`;
  const queue = new OfflineQueue({
    db: () => openOfflineDb(name),
    send: trpcSender({ url: 'http://server.test/trpc', fetch: server.fetch as typeof fetch, csrf: () => 'csrf' }),
    // Retries are driven by the test, never by a timer.
    retryDelay: () => 1e9,
  });
  queues.push(queue);
  return queue;
}
afterEach(() => queues.splice(0).forEach((q) => q.stop()));

const key = () => crypto.randomUUID();

async function drain(queue: OfflineQueue, max = 50) {
  for (let i = 0; i < max && queue.state().pending > 0; i++) await queue.flush();
}

describe('offline queue', () => {
  it('sends at once when the network is there', async () => {
    const server = fakeServer();
    const queue = makeQueue(server);
    const r = await queue.submit({ procedure: 'survey.submit', input: { idempotencyKey: key(), title: 'a' }, idempotencyKey: key() });
    expect(r).toEqual({ status: 'sent', result: { id: 1, title: 'a' } });
    expect(queue.state().pending).toBe(0);
  });

  it('drops the connection N times (before or after the server) and ends with one record and one delivered answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom<Drop>('before', 'after'), { minLength: 1, maxLength: 10 }), async (drops) => {
        const server = fakeServer({ drops });
        const queue = makeQueue(server);
        const k = key();
        const first = await queue.submit({ procedure: 'survey.submit', input: { idempotencyKey: k, title: 'a' }, idempotencyKey: k });
        expect(first).toEqual({ status: 'queued' });
        expect(queue.state().pending).toBe(1);
        expect(queue.state().offline).toBe(true);
        await drain(queue);
        expect(queue.state().pending).toBe(0);
        expect(server.records.size).toBe(1);
        expect(server.log.delivered).toBe(1);
        expect(server.log.attempts).toBe(drops.length + 1);
        // Every attempt the server saw carried the same key: one record however often it ran.
        expect(server.log.executed).toBe(1 + drops.filter((d) => d === 'after').length);
      }),
      { numRuns: 40 },
    );
  });

  it('shows 离线 when a page could not reach the server, though the browser claims to be online', async () => {
    const queue = makeQueue(fakeServer());
    await queue.refresh();
    expect(queue.state().offline).toBe(false);
    queue.noteReachable(false);
    await expect.poll(() => queue.state().offline).toBe(true);
    queue.noteReachable(true);
    await expect.poll(() => queue.state().offline).toBe(false);
  });

  it('replays queued submissions in the order they were made', async () => {
    const server = fakeServer({ drops: ['before'] });
    const queue = makeQueue(server);
    const submit = (title: string) => {
      const k = key();
      return queue.submit({ procedure: 'survey.submit', input: { idempotencyKey: k, title }, idempotencyKey: k });
    };
    expect(await submit('first')).toEqual({ status: 'queued' });
    // The network is back, but 'second' must not overtake 'first': it goes behind it and both go.
    expect(await submit('second')).toEqual({ status: 'sent', result: { id: 2, title: 'second' } });
    expect(server.log.order).toEqual(['first', 'second']);
    expect(queue.state().pending).toBe(0);
  });

  it('queues the same idempotency key once (a second tap on submit)', async () => {
    const server = fakeServer({ drops: ['before', 'before', 'before'] });
    const queue = makeQueue(server);
    const k = key();
    const s = { procedure: 'survey.submit', input: { idempotencyKey: k, title: 'a' }, idempotencyKey: k };
    await queue.submit(s);
    await queue.submit(s);
    expect(queue.state().pending).toBe(1);
  });

  it('does not queue what the server refuses (4xx): the caller shows the error', async () => {
    const server = fakeServer({ reject: { status: 400, code: 'BAD_REQUEST' } });
    const queue = makeQueue(server);
    const k = key();
    await expect(queue.submit({ procedure: 'survey.submit', input: { idempotencyKey: k, title: 'a' }, idempotencyKey: k })).rejects.toBeInstanceOf(SubmissionRejected);
    expect(queue.state().pending).toBe(0);
    expect(queue.state().rejected).toHaveLength(0);
  });

  it('marks a queued submission the server later refuses as rejected, and stops retrying it', async () => {
    const reject = { status: 409, code: 'CONFLICT' };
    const server = fakeServer({ drops: ['before'], reject });
    const queue = makeQueue(server);
    const k = key();
    expect(await queue.submit({ procedure: 'survey.submit', input: { idempotencyKey: k, title: 'a' }, idempotencyKey: k })).toEqual({ status: 'queued' });
    await queue.flush();
    expect(queue.state().pending).toBe(0);
    expect(queue.state().rejected).toHaveLength(1);
    expect(queue.state().rejected[0]!.lastError).toBe('校验失败');
    const attempts = server.log.attempts;
    await queue.flush();
    expect(server.log.attempts).toBe(attempts);
    await queue.discard(queue.state().rejected[0]!.seq!);
    expect(queue.state().rejected).toHaveLength(0);
  });

  it('keeps a submission whose session ended (401) until its owner signs in again', async () => {
    let status = 401;
    const records: string[] = [];
    const name = `test-${++n}`;
    const queue = new OfflineQueue({
      db: () => openOfflineDb(name),
      retryDelay: () => 1e9,
      send: trpcSender({
        url: 'http://server.test/trpc',
        csrf: () => 'csrf',
        fetch: (async (_url: unknown, init?: RequestInit) => {
          if (status === 401) return new Response(JSON.stringify({ error: { message: '请先登录', code: -32001, data: { code: 'UNAUTHORIZED', httpStatus: 401 } } }), { status: 401, headers: { 'content-type': 'application/json' } });
          records.push(String(init?.body));
          return new Response(JSON.stringify({ result: { data: { ok: true } } }), { headers: { 'content-type': 'application/json' } });
        }) as typeof fetch,
      }),
    });
    queues.push(queue);
    await queue.setOwner('ducha');
    const k = key();
    expect(await queue.submit({ procedure: 'survey.submit', input: { idempotencyKey: k }, idempotencyKey: k })).toEqual({ status: 'queued' });
    expect(queue.state().blocked).toBe(1);
    await queue.flush();
    expect(records).toHaveLength(0);
    status = 200;
    await queue.setOwner(null);
    await queue.setOwner('ducha');
    await queue.flush();
    expect(records).toHaveLength(1);
    expect(queue.state()).toMatchObject({ pending: 0, blocked: 0 });
  });
});
