import { deliverDueEvents, eventBus, type DomainEvent } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;

/**
 * Core's events through the real hand-over procedure: in-transaction subscribers run in the
 * mutation's transaction, after-commit ones from the outbox, once each, and nothing of a
 * rolled-back mutation reaches either.
 */
describe('events (C9)', () => {
  const t = useTestCounty();
  const heard: { phase: string; title?: string; attempt?: number }[] = [];
  let failNextAfterCommit = 0;

  eventBus.subscribe({
    key: 'test:in-transaction', event: 'task.handedOver', phase: 'inTransaction',
    async handle(db, event: DomainEvent<'task.handedOver'>) {
      const task = await db.task.findUniqueOrThrow({ where: { countyId_id: { countyId: event.countyId, id: event.payload.taskId } } });
      heard.push({ phase: 'inTransaction', title: task.title });
      if (task.title.includes('回滚')) throw new Error('subscriber refuses this item');
    },
  });
  eventBus.subscribe({
    key: 'test:after-commit', event: 'task.handedOver', phase: 'afterCommit',
    async handle(ctx, event: DomainEvent<'task.handedOver'>) {
      // A write of the delivery's own: it commits with marking the delivery done.
      await ctx.db.notification.create({ data: { countyId: event.countyId, id: `evt-${ctx.deliveryId}`, orgUnitId: event.payload.responsibleUnitId, title: `事件:${event.payload.serial}` } });
      if (failNextAfterCommit > 0) {
        failNextAfterCommit--;
        throw new Error('gateway timeout');
      }
      heard.push({ phase: 'afterCommit', title: event.payload.serial, attempt: ctx.attempt });
    },
  });

  const handOver = async (title: string) => {
    const duchashi = await t.api.as('a-duchashi');
    return duchashi.task.handOver({
      kind: 'rectification', title, supervisingUnitId: t.county.seeded.departments.get('supervision-office')!.id,
      responsibleUnitId: t.county.seeded.townships[0]!.id, deadline: new Date(Date.now() + 10 * DAY).toISOString(),
    });
  };
  const outboxOf = (taskSerial: string) =>
    t.api.database.prisma.eventOutbox.findMany({ where: { subscriber: 'test:after-commit', payload: { path: ['serial'], equals: taskSerial } } });

  it('delivers once per subscriber: in the transaction at once, after commit from the outbox once however often it is drained', async () => {
    heard.length = 0;
    const task = await handOver('水库溢洪道堵塞');
    expect(heard).toEqual([{ phase: 'inTransaction', title: '水库溢洪道堵塞' }]);
    expect(await outboxOf(task.serial)).toMatchObject([{ event: 'task.handedOver', deliveredAt: null }]);
    const first = await deliverDueEvents(t.api.database.prisma);
    const second = await deliverDueEvents(t.api.database.prisma);
    expect(first.delivered).toBeGreaterThanOrEqual(1);
    expect(second.delivered).toBe(0);
    expect(heard.filter((h) => h.phase === 'afterCommit')).toEqual([{ phase: 'afterCommit', title: task.serial, attempt: 1 }]);
    const [row] = await outboxOf(task.serial);
    expect(row!.deliveredAt).not.toBeNull();
    expect(await t.api.database.prisma.notification.count({ where: { id: `evt-${row!.id}` } })).toBe(1);
  });

  it('rolls events back with their transaction: a failing mutation delivers nothing', async () => {
    heard.length = 0;
    await expect(handOver('应当回滚的事项')).rejects.toThrow(/subscriber refuses/);
    expect(await t.api.database.prisma.task.count({ where: { title: '应当回滚的事项' } })).toBe(0);
    expect(await t.api.database.prisma.eventOutbox.count({ where: { deliveredAt: null } })).toBe(0);
    await deliverDueEvents(t.api.database.prisma);
    expect(heard.filter((h) => h.phase === 'afterCommit')).toEqual([]);
  });

  it('retries an after-commit delivery whose handler failed, keeping none of the failed attempt', async () => {
    heard.length = 0;
    failNextAfterCommit = 1;
    const task = await handOver('排涝泵站故障');
    const now = new Date();
    expect(await deliverDueEvents(t.api.database.prisma, { now })).toEqual({ delivered: 0, failed: 1 });
    const [failed] = await outboxOf(task.serial);
    expect(failed).toMatchObject({ attempts: 1, deliveredAt: null, lastError: 'gateway timeout' });
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // The failed attempt's write was rolled back with it.
    expect(await t.api.database.prisma.notification.count({ where: { id: `evt-${failed!.id}` } })).toBe(0);
    // Not due again yet; due after the pause.
    expect(await deliverDueEvents(t.api.database.prisma, { now })).toEqual({ delivered: 0, failed: 0 });
    expect(await deliverDueEvents(t.api.database.prisma, { now: new Date(now.getTime() + 60_000) })).toEqual({ delivered: 1, failed: 0 });
    expect(heard.filter((h) => h.phase === 'afterCommit')).toEqual([{ phase: 'afterCommit', title: task.serial, attempt: 2 }]);
    expect(await t.api.database.prisma.notification.count({ where: { id: `evt-${failed!.id}` } })).toBe(1);
  });
});
