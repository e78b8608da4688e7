// The SMS gateway: the one network boundary of the messaging channels. Core code sends through
// `SmsProvider`; the deployment picks the provider by environment (smsProviderFromEnv): the log
// (default), or an HTTP gateway (a JSON POST, the shape most Chinese SMS platforms' relay
// services and in-house gateways accept). Tests use recordingSmsProvider, which keeps what was sent.

export interface SmsSendOptions {
  /** Stable across retries of the same message: the gateway sends it at most once. */
  idempotencyKey?: string;
}

/** What the gateway reports back for an accepted message. */
export interface SmsReceipt {
  providerMessageId?: string;
}

/** Where SMS go. The deployment plugs in its gateway; the default writes to the log. */
export interface SmsProvider {
  send(phone: string, text: string, options?: SmsSendOptions): Promise<SmsReceipt | void>;
}

export const loggingSmsProvider = (log: (o: object, msg: string) => void): SmsProvider => ({
  async send(phone, text, options) {
    log({ phone, text, idempotencyKey: options?.idempotencyKey }, 'sms (logging provider)');
  },
});

export interface RecordedSms {
  phone: string;
  text: string;
  idempotencyKey?: string;
}

/** The test provider: records every message (and, with `failFor`, refuses some phones). */
export function recordingSmsProvider(sent: RecordedSms[] = [], failFor: (phone: string) => boolean = () => false): SmsProvider & { sent: RecordedSms[] } {
  return {
    sent,
    async send(phone, text, options) {
      if (failFor(phone)) throw new Error(`gateway refused ${phone}`);
      sent.push({ phone, text, ...(options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}) });
      return { providerMessageId: `rec-${sent.length}` };
    },
  };
}

export interface HttpSmsConfig {
  /** The gateway's send endpoint. */
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  token?: string;
  /** 短信签名, prefixed to every text as 【sign】 (the carriers require a registered one). */
  sign?: string;
  timeoutMs?: number;
}

/**
 * An HTTP gateway: POST {to, text, id} as JSON; a 2xx answer accepts the message, and its JSON
 * `messageId` (if any) is kept as the provider's id. `id` is the idempotency key, so a retried
 * delivery is not texted twice by a gateway that honours it.
 */
export function httpSmsProvider(config: HttpSmsConfig): SmsProvider {
  return {
    async send(phone, text, options) {
      const body = JSON.stringify({ to: phone, text: config.sign ? `【${config.sign}】${text}` : text, id: options?.idempotencyKey ?? null });
      const res = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.token ? { authorization: `Bearer ${config.token}` } : {}) },
        body,
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`sms gateway answered ${res.status}`);
      const answer = (await res.json().catch(() => ({}))) as { messageId?: unknown };
      return typeof answer.messageId === 'string' ? { providerMessageId: answer.messageId } : {};
    },
  };
}

/**
 * The provider the environment asks for: DUBAN_SMS_PROVIDER=log (default) or http with
 * DUBAN_SMS_URL, DUBAN_SMS_TOKEN and DUBAN_SMS_SIGN (see README, Configuration).
 */
export function smsProviderFromEnv(env: NodeJS.ProcessEnv, log: (o: object, msg: string) => void): SmsProvider {
  const kind = env.DUBAN_SMS_PROVIDER ?? 'log';
  if (kind === 'log') return loggingSmsProvider(log);
  if (kind === 'http') {
    if (!env.DUBAN_SMS_URL) throw new Error('DUBAN_SMS_PROVIDER=http needs DUBAN_SMS_URL');
    return httpSmsProvider({ url: env.DUBAN_SMS_URL, token: env.DUBAN_SMS_TOKEN, sign: env.DUBAN_SMS_SIGN });
  }
  throw new Error(`unknown DUBAN_SMS_PROVIDER "${kind}" (log or http)`);
}

/** Per-phone limits: the same text is not sent twice, and no phone gets more than this per hour. */
export const smsLimits = (env: NodeJS.ProcessEnv = process.env) => ({
  maxPerHour: Math.max(1, Number(env.DUBAN_SMS_MAX_PER_HOUR ?? 20) || 20),
});
