import { login } from '@duban/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/create-context.ts';
import { appRouter } from '../src/root.ts';
import { createTestApi, seedSmallCounty, TEST_PASSWORD, type TestApi } from '../src/testing/index.ts';
import { statementCounter } from '../src/testing/statement-counter.ts';
import { createCallerFactory } from '../src/trpc.ts';

// Round trips per signed-in request (issue 13, item 1): the session, account, person, county and
// role assignments come from one statement; a second runs at most once a minute to touch last-seen.
describe('request context', () => {
  const counter = statementCounter();
  let api: TestApi;
  const callerFor = createCallerFactory(appRouter);
  beforeAll(async () => {
    api = await createTestApi({ onStatement: counter.observe });
    await seedSmallCounty(api.database, '甲县', 'a-', '111111');
  });
  afterAll(() => api.close());

  const signIn = async (username: string, now?: Date) => {
    const r = await api.database.prisma.$transaction((tx) => login(tx, api.services.sessionPolicy, { username, password: TEST_PASSWORD }, now));
    if (!r.ok) throw r.error;
    return { sessionToken: r.token, csrfHeader: r.session.csrfToken };
  };

  it('answers a signed-in auth.me with one statement, and at most two when last-seen is due', async () => {
    const fresh = await signIn('a-xiangzhen');
    const { result: me, statements } = await counter.during(async () => callerFor(await createContext(api.services, fresh)).auth.me());
    expect(me?.username).toBe('a-xiangzhen');
    expect(me?.roles.length).toBeGreaterThan(0);
    expect(me?.county?.name).toBe('甲县');
    expect(statements).toHaveLength(1);

    // A session last seen two minutes ago gets its last-seen touched: the second statement.
    const stale = await signIn('a-admin', new Date(Date.now() - 120_000));
    const touched = await counter.during(async () => callerFor(await createContext(api.services, stale)).auth.me());
    expect(touched.result?.permissions.length).toBeGreaterThan(0);
    expect(touched.statements.length).toBeLessThanOrEqual(2);
  });

  it('builds the context of any signed-in request with at most two statements', async () => {
    const session = await signIn('a-admin', new Date(Date.now() - 120_000));
    const { result: ctx, statements } = await counter.during(() => createContext(api.services, session));
    expect(ctx.actor?.grants.length).toBeGreaterThan(0);
    expect(ctx.request.csrfVerified).toBe(true);
    expect(statements.length).toBeLessThanOrEqual(2);
  });

  it('sees a role change on the very next request (nothing is cached between requests)', async () => {
    const session = await signIn('a-xiangzhen');
    const before = await createContext(api.services, session);
    const held = before.actor!.grants.length;
    const user = await api.database.prisma.user.findFirstOrThrow({ where: { username: 'a-xiangzhen' } });
    await api.database.prisma.roleAssignment.deleteMany({ where: { countyId: user.countyId, userId: user.id } });
    const after = await createContext(api.services, session);
    expect(held).toBeGreaterThan(0);
    expect(after.actor!.grants).toEqual([]);
    expect(await callerFor(after).auth.me()).toMatchObject({ roles: [], permissions: [] });
  });
});
