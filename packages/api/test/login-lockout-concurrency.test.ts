// Issue 12, F3: on PostgreSQL, 30 concurrent wrong passwords plus the right one were all checked
// (the limit is 5) and the right one signed in: login read the failure count without a lock.
// Meaningful on PostgreSQL (DUBAN_TEST_PG_URL); PGlite serialises transactions anyway.
import { login } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/testing/index.ts';
import { useTestCounty } from './county-fixture.ts';

describe('login lockout under concurrency (F3)', () => {
  const t = useTestCounty();

  it('checks at most the limit of guesses in a burst of 30, and the right password in it does not sign in', async () => {
    const policy = t.api.services.sessionPolicy;
    const attempt = (password: string) =>
      t.api.database.prisma.$transaction((tx) => login(tx, policy, { username: 'a-kaohe', password }), { maxWait: 60_000, timeout: 60_000 });
    const passwords = Array.from({ length: 30 }, (_, i) => (i === 20 ? TEST_PASSWORD : `wrong-password${i}`));
    const results = await Promise.all(passwords.map(attempt));
    const checked = results.filter((r) => !r.ok && r.error.key === 'errors.login.invalid').length;
    const locked = results.filter((r) => !r.ok && r.error.key === 'errors.login.locked').length;
    expect(checked).toBeLessThanOrEqual(policy.maxFailedLogins);
    expect(checked + locked + results.filter((r) => r.ok).length).toBe(30);
    // The correct password signs in only if it came before the lockout (at most limit − 1 guesses earlier).
    const ok = results.findIndex((r) => r.ok);
    if (ok >= 0) expect(checked).toBeLessThan(policy.maxFailedLogins);
    const after = await attempt(TEST_PASSWORD);
    if (checked >= policy.maxFailedLogins) expect(after).toMatchObject({ ok: false, error: { key: 'errors.login.locked' } });
  }, 120_000);
});
