// Login throttling per account and per address (issue 12, F8). The lockout (sessions.ts) counts
// wrong passwords of an existing account under a row lock; it does not bound the argon2 work an
// address can demand (488 failed logins in 10 s slowed every signed-in user's requests), nor
// guesses at names that do not exist, nor the queue of a burst on one account's row lock. This
// refuses an attempt before any database or password work once a window of recent attempts is
// full. In memory, per server process: a restart forgets it, which is acceptable for a throttle
// (the lockout, which must survive, lives in the database).
import { DomainError } from '../errors/index.ts';

export interface LoginThrottlePolicy {
  /** Attempts one address may have counted within the window. */
  perAddress: number;
  /** Attempts one username may have counted within the window (from any address). */
  perAccount: number;
  windowMs: number;
}

const positive = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Math.floor(Number(value)) : fallback);

export function loginThrottlePolicyFromEnv(env: NodeJS.ProcessEnv = process.env): LoginThrottlePolicy {
  return {
    perAddress: positive(env.DUBAN_LOGIN_ATTEMPTS_PER_ADDRESS, 20),
    perAccount: positive(env.DUBAN_LOGIN_ATTEMPTS_PER_ACCOUNT, 10),
    windowMs: positive(env.DUBAN_LOGIN_THROTTLE_MINUTES, 10) * 60_000,
  };
}

/** The refusal: 429 with the seconds until the oldest counted attempt leaves the window (Retry-After). */
export const loginThrottled = (seconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'errors.login.throttled', `登录尝试过于频繁，请 ${seconds} 秒后再试`, { seconds });

/** Seconds a client should wait before retrying after this error, when it says so (Retry-After). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof DomainError) || error.code !== 'TOO_MANY_REQUESTS') return undefined;
  const { seconds, minutes } = error.params;
  if (typeof seconds === 'number') return seconds;
  if (typeof minutes === 'number') return minutes * 60;
  return undefined;
}

/** A sliding window of attempt times per key. */
class Window {
  private readonly times = new Map<string, number[]>();
  private calls = 0;
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Live attempt times of a key, oldest first, with expired ones dropped. */
  private live(key: string, now: number) {
    const times = (this.times.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length) this.times.set(key, times);
    else this.times.delete(key);
    return times;
  }

  /** Seconds until the key may try again, or 0 when it may now. */
  waitSeconds(key: string, now: number) {
    const times = this.live(key, now);
    if (times.length < this.limit) return 0;
    return Math.max(1, Math.ceil((times[times.length - this.limit]! + this.windowMs - now) / 1000));
  }

  add(key: string, now: number) {
    this.times.set(key, [...this.live(key, now), now]);
    // Keys of addresses that stopped trying are swept now and then, so the map stays small.
    if (++this.calls % 1000 === 0) for (const k of [...this.times.keys()]) this.live(k, now);
  }

  /** Takes back one attempt made at `at` (a successful login does not count against anyone). */
  remove(key: string, at: number) {
    const times = this.times.get(key);
    const i = times?.lastIndexOf(at) ?? -1;
    if (times && i >= 0) times.splice(i, 1);
  }
}

export type ThrottleDecision = { ok: true; succeeded: () => void } | { ok: false; error: DomainError };

export class LoginThrottle {
  private readonly addresses: Window;
  private readonly accounts: Window;
  constructor(policy: LoginThrottlePolicy = loginThrottlePolicyFromEnv({})) {
    this.addresses = new Window(policy.perAddress, policy.windowMs);
    this.accounts = new Window(policy.perAccount, policy.windowMs);
  }

  /**
   * Counts an attempt before it is checked, so a concurrent burst is bounded by the limit, not by
   * how many arrive before the first answer. A call without an address (in-process callers, not
   * HTTP) is throttled per account only. `succeeded()` takes the attempt back.
   */
  attempt(username: string, address: string | undefined, now = Date.now()): ThrottleDecision {
    const account = username.trim().toLowerCase();
    const wait = Math.max(this.accounts.waitSeconds(account, now), address ? this.addresses.waitSeconds(address, now) : 0);
    if (wait > 0) return { ok: false, error: loginThrottled(wait) };
    this.accounts.add(account, now);
    if (address) this.addresses.add(address, now);
    return {
      ok: true,
      succeeded: () => {
        this.accounts.remove(account, now);
        if (address) this.addresses.remove(address, now);
      },
    };
  }
}
