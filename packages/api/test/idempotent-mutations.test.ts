// Issue 12, F19: a 督办 item committed but its answer was lost (the PostgreSQL crash round's
// CR12-272); the user pressed 交办 again and got a second item. A creating form now sends one
// idempotency key while it is open: the retry answers with the first item and creates nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('idempotent creating mutations (F19)', () => {
  const t = useTestCounty();
  const later = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
  const prisma = () => t.api.database.prisma;

  const handOverBase = (title: string) => {
    const office = t.county.seeded.departments.get('supervision-office')!;
    return { title, supervisingUnitId: office.id, responsibleUnitId: t.county.seeded.townships[0]!.id, deadline: later() };
  };

  it('a repeated 交办 with the same key answers with the first item, once in the ledger and once in the audit', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const key = randomUUID();
    const input = { ...handOverBase('重复提交核验'), idempotencyKey: key };
    const first = await duchashi.task.handOver(input);
    const audited = await prisma().auditLog.count({ where: { entityType: 'task', entityId: first.id } });
    const again = await duchashi.task.handOver(input);
    expect(again.id).toBe(first.id);
    expect(again.serial).toBe(first.serial);
    expect(await prisma().task.count({ where: { title: '重复提交核验' } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { entityType: 'task', entityId: first.id } })).toBe(audited);
  });

  it('concurrent calls with one key create one item; without a key each call creates one', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const key = randomUUID();
    const input = { ...handOverBase('并发提交核验'), idempotencyKey: key };
    const answers = await Promise.all([duchashi.task.handOver(input), duchashi.task.handOver(input), duchashi.task.handOver(input)]);
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(await prisma().task.count({ where: { title: '并发提交核验' } })).toBe(1);

    const plain = handOverBase('无编号提交');
    await duchashi.task.handOver(plain);
    await duchashi.task.handOver(plain);
    expect(await prisma().task.count({ where: { title: '无编号提交' } })).toBe(2);
  });

  it('the same key with other content is refused and writes nothing; the same value from another user is their own key', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const key = randomUUID();
    await duchashi.task.handOver({ ...handOverBase('编号复用一'), idempotencyKey: key });
    await expect(duchashi.task.handOver({ ...handOverBase('编号复用二'), idempotencyKey: key })).rejects.toMatchObject({
      code: 'CONFLICT', cause: { key: 'errors.idempotency.keyReused' },
    });
    expect(await prisma().task.count({ where: { title: '编号复用二' } })).toBe(0);
    const admin = await t.api.as('a-admin');
    const keyWork = {
      title: '编号复用重点工作', year: 2027, leadUnitId: t.county.county.id, deadline: later(),
      targets: [{ metric: '完成率', unit: '%', targetValue: 100, direction: 'higher' as const, aggregation: 'sum' as const }],
    };
    // Another user's key is their own: the same value does not collide.
    const kw = await admin.keyWork.create({ ...keyWork, idempotencyKey: key });
    expect((await admin.keyWork.create({ ...keyWork, idempotencyKey: key })).id).toBe(kw.id);
    expect(await prisma().keyWork.count({ where: { title: '编号复用重点工作' } })).toBe(1);
  });

  it('a failed call leaves no receipt: the corrected retry with the same key goes through', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const key = randomUUID();
    const other = t.county.seeded.townships[1]!;
    await expect(duchashi.task.handOver({ ...handOverBase('失败后重试'), responsibleUnitId: 'no-such-unit', idempotencyKey: key })).rejects.toBeTruthy();
    expect(await prisma().mutationReceipt.count({ where: { key } })).toBe(0);
    const ok = await duchashi.task.handOver({ ...handOverBase('失败后重试'), responsibleUnitId: other.id, idempotencyKey: key });
    expect(ok.responsibleUnitId).toBe(other.id);
  });

  it('a key that is not a UUID is refused with a message', async () => {
    const duchashi = await t.api.as('a-duchashi');
    await expect(duchashi.task.handOver({ ...handOverBase('坏编号'), idempotencyKey: 'abc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
