import { deliverDueEvents, sendQueuedSms } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { registerWarningEscalationJob } from '../src/jobs/warning-escalation.ts';
import { runDueJobs } from '../src/jobs/scheduler.ts';
import { useTestCounty } from './county-fixture.ts';

const MINUTE = 60_000;
registerWarningEscalationJob();

/**
 * 预警 (issue 15, C5) through the real procedures: a county-level warning to three villages of
 * two townships, two groups each, acknowledged by the village and township officials — all but
 * one group, which the escalation job (on a fake clock) re-sends and escalates to its village.
 */
describe('warnings', () => {
  const t = useTestCounty();
  let warningId = '';
  let issuedAt = 0;

  const villages = () => [t.county.seeded.townships[0]!.villages[0]!, t.county.seeded.townships[0]!.villages[1]!, t.county.seeded.townships[1]!.villages[0]!];
  const recipients = () => t.api.database.prisma.warningRecipient.findMany({ where: { warningId }, include: { orgUnit: true } });
  const recipientOf = async (unitId: string) => (await recipients()).find((r) => r.orgUnitId === unitId)!;

  it('cascades a warning to the villages and their groups, with a notice and queued SMS each', async () => {
    const admin = await t.api.as('a-admin');
    issuedAt = Date.now();
    const issued = await admin.warning.issue({
      issuingUnitId: t.county.county.id, level: 'orange', title: '强降雨橙色预警', text: '未来 6 小时有大暴雨，请立即组织危险区群众转移',
      areaUnitIds: villages().map((v) => v.id), validUntil: new Date(issuedAt + 86_400_000).toISOString(), ackMinutes: 30,
    });
    warningId = issued.id;
    expect(issued.recipients).toBe(9);
    const rows = await recipients();
    expect(rows.filter((r) => r.tier === 'village')).toHaveLength(3);
    expect(rows.filter((r) => r.tier === 'group')).toHaveLength(6);
    // Each group answers to its village; each village, at the top, to the issuer.
    for (const g of rows.filter((r) => r.tier === 'group')) expect(rows.find((r) => r.id === g.parentId)?.orgUnitId).toBe(g.orgUnit.parentId);
    expect(rows.filter((r) => r.tier === 'village').every((r) => r.parentId === null)).toBe(true);
    const messages = await t.api.database.prisma.warningMessage.findMany({ where: { warningId } });
    expect(messages.filter((m) => m.channel === 'inbox')).toHaveLength(9);
    expect(messages.filter((m) => m.channel === 'sms').every((m) => m.status === 'queued')).toBe(true);
    // After commit, the outbox sends them through the gateway.
    await deliverDueEvents(t.api.database.prisma, { services: { sms: t.api.services.sms } });
    const sms = await t.api.database.prisma.warningMessage.findMany({ where: { warningId, channel: 'sms' } });
    expect(sms.length).toBeGreaterThan(0);
    expect(sms.every((m) => m.status === 'sent')).toBe(true);
    expect(t.api.sentSms.filter((s) => s.text.includes('强降雨橙色预警'))).toHaveLength(sms.length);
  });

  it('lets each recipient acknowledge once; a replay does not count twice', async () => {
    const [v0, v1, v2] = villages();
    const cunganbu = await t.api.as('a-cunganbu');
    const xiangzhen = await t.api.as('a-xiangzhen');
    const xiangzhen2 = await t.api.as('a-xiangzhen2');
    // The village official sees the village and its groups, nothing of the other villages.
    const mine = await cunganbu.warning.mine();
    expect(mine.waiting.map((r) => r.id).sort()).toEqual((await recipients()).filter((r) => r.orgUnitId === v0!.id || r.orgUnit.parentId === v0!.id).map((r) => r.id).sort());
    for (const r of mine.waiting) await cunganbu.warning.acknowledge({ recipientId: r.id, channel: 'phone' });
    const rows = await recipients();
    for (const r of rows.filter((x) => x.orgUnitId === v1!.id || x.orgUnit.parentId === v1!.id)) await xiangzhen.warning.acknowledge({ recipientId: r.id });
    const third = rows.filter((x) => x.orgUnitId === v2!.id || x.orgUnit.parentId === v2!.id).sort((a, b) => a.orgUnit.depth - b.orgUnit.depth || a.orgUnit.sortOrder - b.orgUnit.sortOrder);
    const [village2, group1, group2] = third;
    await xiangzhen2.warning.acknowledge({ recipientId: village2!.id });
    await xiangzhen2.warning.acknowledge({ recipientId: group1!.id });
    expect(group2!.tier).toBe('group');

    const replay = await cunganbu.warning.acknowledge({ recipientId: (await recipientOf(v0!.id)).id });
    expect(replay.replay).toBe(true);
    const board = await (await t.api.as('a-admin')).warning.board({ warningId });
    expect(board.total).toBe(9);
    expect(board.acknowledged).toBe(8);
    expect(board.perTier).toEqual([
      { tier: 'village', total: 3, acknowledged: 3, escalated: 0 },
      { tier: 'group', total: 6, acknowledged: 5, escalated: 0 },
    ]);
    // The one left is listed first, not yet overdue; the first acknowledgement's time stands.
    expect(board.recipients[0]).toMatchObject({ id: group2!.id, acknowledgedAt: null, overdue: false });
    const v0Row = board.recipients.find((r) => r.orgUnitId === v0!.id)!;
    expect(v0Row.ackChannel).toBe('phone');
    const audits = await t.api.database.prisma.auditLog.count({ where: { procedure: 'warning.acknowledge', entityId: v0Row.id } });
    expect(audits).toBe(2);
  });

  it('refuses a recipient outside the area, and one acting for another unit', async () => {
    const [, , v2] = villages();
    const cunganbu = await t.api.as('a-cunganbu');
    const outside = (await recipients()).find((r) => r.orgUnit.parentId === v2!.id && !r.acknowledgedAt)!;
    await expect(cunganbu.warning.acknowledge({ recipientId: outside.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cunganbu.warning.report({ recipientId: outside.id, kind: 'waterLevel', text: '水位 3.2 米', value: 3.2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.api.database.prisma.warningRecipient.findUniqueOrThrow({ where: { countyId_id: { countyId: outside.countyId, id: outside.id } } })).acknowledgedAt).toBeNull();
    // Nor does a township official see another township's recipients as theirs.
    const mine = await (await t.api.as('a-xiangzhen')).warning.mine();
    expect(mine.waiting.concat(mine.done).some((r) => r.id === outside.id)).toBe(false);
  });

  it('re-sends and escalates the one left after the configured minutes, once', async () => {
    const [, , v2] = villages();
    const left = (await recipients()).find((r) => !r.acknowledgedAt)!;
    const village = await recipientOf(v2!.id);
    const prisma = t.api.database.prisma;
    await runDueJobs(prisma, new Date(issuedAt + 29 * MINUTE));
    expect((await prisma.warningRecipient.findFirstOrThrow({ where: { id: left.id } })).escalatedAt).toBeNull();

    const at = new Date(issuedAt + 31 * MINUTE);
    expect(await runDueJobs(prisma, at)).toContain('core:warning-escalation');
    const after = await prisma.warningRecipient.findFirstOrThrow({ where: { id: left.id } });
    expect(after.escalatedAt).toEqual(at);
    expect(after.sendCount).toBe(2);
    // Everyone who acknowledged is left alone.
    expect(await prisma.warningRecipient.count({ where: { warningId, escalatedAt: { not: null } } })).toBe(1);
    const messages = await prisma.warningMessage.findMany({ where: { warningId, createdAt: at } });
    expect(messages.filter((m) => m.purpose === 'resend').map((m) => m.orgUnitId)).toEqual([left.orgUnitId]);
    const escalation = messages.filter((m) => m.purpose === 'escalation');
    expect(new Set(escalation.map((m) => m.orgUnitId))).toEqual(new Set([v2!.id]));
    expect(escalation.every((m) => m.recipientId === village.id)).toBe(true);
    expect(escalation.find((m) => m.channel === 'inbox')?.text).toMatch(/二组超过 30 分钟未确认/);
    await deliverDueEvents(prisma, { services: { sms: t.api.services.sms }, now: at });
    const texted = t.api.sentSms.filter((s) => s.text.startsWith('【预警未确认】'));
    expect(texted.length).toBe(escalation.filter((m) => m.channel === 'sms').length);
    expect(texted.length).toBeGreaterThan(0);
    expect(await prisma.auditLog.count({ where: { procedure: 'job.warning-escalation', entityId: warningId } })).toBe(1);

    // Escalated once: later passes leave it be.
    await runDueJobs(prisma, new Date(issuedAt + 40 * MINUTE));
    expect((await prisma.warningRecipient.findFirstOrThrow({ where: { id: left.id } })).sendCount).toBe(2);
    const board = await (await t.api.as('a-admin')).warning.board({ warningId });
    expect(board.perTier.find((x) => x.tier === 'group')).toEqual({ tier: 'group', total: 6, acknowledged: 5, escalated: 1 });
  });

  it('takes reports back with a reading and a photo, and shows the home tile', async () => {
    const xiangzhen2 = await t.api.as('a-xiangzhen2');
    const left = (await recipients()).find((r) => !r.acknowledgedAt)!;
    const home = await xiangzhen2.workbench.warnings();
    expect(home).toMatchObject({ count: 1, light: 'yellow' });
    const photo = { contentType: 'image/png', base64: Buffer.from('not really a png').toString('base64') };
    const r = await xiangzhen2.warning.report({ recipientId: left.id, kind: 'waterLevel', text: '河道水位 3.2 米，已转移 12 户', value: 3.2, photo });
    expect(r.acknowledged).toBe(true);
    const board = await (await t.api.as('a-admin')).warning.board({ warningId });
    expect(board.acknowledged).toBe(9);
    expect(board.reports[0]).toMatchObject({ kind: 'waterLevel', value: 3.2, hasPhoto: true });
    expect((await xiangzhen2.workbench.warnings()).count).toBe(0);
  });

  it('texts a phone the same message once and caps each phone per hour', async () => {
    const prisma = t.api.database.prisma;
    const w = await prisma.warning.findFirstOrThrow({ where: { id: warningId } });
    const base = { countyId: w.countyId, warningId, orgUnitId: w.issuingUnitId, purpose: 'issue', channel: 'sms', status: 'queued', recipientId: null };
    await prisma.warningMessage.createMany({
      data: [
        { ...base, id: 'dup-1', phone: '13900000001', text: '同一条' },
        { ...base, id: 'dup-2', phone: '13900000001', text: '同一条' },
        { ...base, id: 'lim-1', phone: '13900000002', text: '第一条' },
        { ...base, id: 'lim-2', phone: '13900000002', text: '第二条' },
        { ...base, id: 'lim-3', phone: '13900000002', text: '第三条' },
      ],
    });
    const outcome = await prisma.$transaction((tx) => sendQueuedSms(tx, w.countyId, warningId, t.api.services.sms, new Date(), { maxPerHour: 2 }));
    expect(outcome).toEqual({ sent: 3, deduplicated: 1, rateLimited: 1, failed: 0 });
    const status = Object.fromEntries((await prisma.warningMessage.findMany({ where: { id: { in: ['dup-1', 'dup-2', 'lim-1', 'lim-2', 'lim-3'] } } })).map((m) => [m.id, m.status]));
    expect(status).toEqual({ 'dup-1': 'sent', 'dup-2': 'deduplicated', 'lim-1': 'sent', 'lim-2': 'sent', 'lim-3': 'rate_limited' });
  });
});
