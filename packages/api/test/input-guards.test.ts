// Issue 12, F4 and F5: a NUL in any string gave a 500, even at login, and 500 bodies carried
// Prisma's message (source paths, code lines, constraint names).
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.ts';
import { useTestCounty } from './county-fixture.ts';

describe('input guards (F4, F5)', () => {
  const t = useTestCounty();

  it('answers a NUL at login with a bilingual 400, before any database lookup', async () => {
    const anonymous = await t.api.anonymous();
    await expect(anonymous.auth.login({ username: 'a\u0000b', password: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/控制字符.*control character.*username/) });
  });

  it('rejects control characters in ids and nested fields of signed-in calls too', async () => {
    const admin = await t.api.as('a-admin');
    await expect(admin.orgUnit.get({ id: 'x\u0000' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin.person.create({ orgUnitId: t.county.county.id, name: '张\u0007三', phone: null, position: null })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Tabs and line breaks are ordinary text.
    await expect(admin.person.create({ orgUnitId: t.county.county.id, name: '张三', phone: null, position: '科员\n主任' })).resolves.toBeDefined();
  });

  it('gives a 500 body an error id and logs the detail, never the internals', () => {
    const logged: object[] = [];
    const ctx = { log: { error: (o: object) => void logged.push(o) } };
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Invalid `db.task.create()` invocation in packages/core/src/tasks/task-service.ts:67:30 task_county_id_responsible_person_id_fkey' });
    const shape = { message: error.message, code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, path: 'task.handOver' } };
    const formatted = appRouter._def._config.errorFormatter({ shape, error, ctx, path: 'task.handOver', type: 'mutation', input: undefined } as never) as { message: string; data: { errorId: string } };
    expect(formatted.message).not.toMatch(/task-service|fkey|invocation/);
    expect(formatted.message).toContain(formatted.data.errorId);
    expect(logged).toEqual([expect.objectContaining({ errorId: formatted.data.errorId, path: 'task.handOver' })]);
  });
});
