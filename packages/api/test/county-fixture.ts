import { afterAll, beforeAll } from 'vitest';
import { createTestApi, seedSmallCounty, type TestApi } from '../src/testing/index.ts';

export type SeededCounty = Awaited<ReturnType<typeof seedSmallCounty>>;

/**
 * A fresh database with county 甲县 (logins a-admin, a-duchashi, a-xiangzhen …) for the tests of
 * one describe block, closed after them. Read `api` and `county` inside tests, not at collection.
 */
export function useTestCounty() {
  const ctx = {} as { api: TestApi; county: SeededCounty };
  beforeAll(async () => {
    ctx.api = await createTestApi();
    ctx.county = await seedSmallCounty(ctx.api.database, '甲县', 'a-', '111111');
  });
  afterAll(() => ctx.api.close());
  return ctx;
}
