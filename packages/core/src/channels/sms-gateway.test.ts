import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSmsProvider, smsProviderFromEnv } from './sms-gateway.ts';

/** The HTTP adapter against a local server standing in for the gateway (the network boundary itself). */
describe('http sms gateway', () => {
  const received: { headers: IncomingMessage['headers']; body: unknown }[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId: `gw-${received.length}` }));
    });
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the message with its sign, token and idempotency key, and keeps the provider id', async () => {
    const sms = httpSmsProvider({ url, token: 'secret', sign: '云峡县防办' });
    const receipt = await sms.send('13800000000', '请确认收到预警', { idempotencyKey: 'm-1' });
    expect(receipt).toEqual({ providerMessageId: 'gw-1' });
    expect(received[0]!.body).toEqual({ to: '13800000000', text: '【云峡县防办】请确认收到预警', id: 'm-1' });
    expect(received[0]!.headers.authorization).toBe('Bearer secret');
  });

  it('fails on a refusal, so the message is marked failed', async () => {
    status = 503;
    await expect(httpSmsProvider({ url }).send('13800000000', 'x')).rejects.toThrow(/503/);
    status = 200;
  });

  it('is chosen by the environment, and a wrong setting stops the start', () => {
    expect(() => smsProviderFromEnv({ DUBAN_SMS_PROVIDER: 'http' }, () => undefined)).toThrow(/DUBAN_SMS_URL/);
    expect(() => smsProviderFromEnv({ DUBAN_SMS_PROVIDER: 'carrier-pigeon' }, () => undefined)).toThrow(/unknown/);
    expect(smsProviderFromEnv({}, () => undefined)).toBeTruthy();
  });
});
