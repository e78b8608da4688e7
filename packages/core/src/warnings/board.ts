import type { Prisma } from '@duban/db';
import { warningTiers } from './levels.ts';

type Tx = Prisma.TransactionClient;

/**
 * 确认情况: for the issuer, per tier (township, village, group, person) how many were sent,
 * have acknowledged and were escalated; every recipient with when and by whom, those still
 * waiting first (most overdue first); the messages by channel and status; the reports back.
 */
export async function warningBoard(db: Tx, countyId: string, warningId: string, now: Date, limit = 3_000) {
  const warning = await db.warning.findFirstOrThrow({
    where: { countyId, id: warningId },
    include: { issuingUnit: { select: { name: true } }, areas: { include: { orgUnit: { select: { id: true, name: true } } } } },
  });
  const [tiers, messages, pending, acknowledged, reports] = await Promise.all([
    db.warningRecipient.groupBy({ by: ['tier'], where: { countyId, warningId }, _count: { _all: true, acknowledgedAt: true, escalatedAt: true } }),
    db.warningMessage.groupBy({ by: ['channel', 'status'], where: { countyId, warningId }, _count: { _all: true } }),
    recipients(db, { countyId, warningId, acknowledgedAt: null }, [{ dueAt: 'asc' }, { id: 'asc' }], limit),
    recipients(db, { countyId, warningId, acknowledgedAt: { not: null } }, [{ acknowledgedAt: 'desc' }, { id: 'asc' }], limit),
    db.warningReport.findMany({ where: { countyId, warningId }, orderBy: { createdAt: 'desc' }, take: 200 }),
  ]);
  const perTier = warningTiers
    .map((tier) => {
      const t = tiers.find((x) => x.tier === tier);
      return { tier, total: t?._count._all ?? 0, acknowledged: t?._count.acknowledgedAt ?? 0, escalated: t?._count.escalatedAt ?? 0 };
    })
    .filter((t) => t.total > 0);
  const total = perTier.reduce((n, t) => n + t.total, 0);
  const acked = perTier.reduce((n, t) => n + t.acknowledged, 0);
  const names = new Map([...pending, ...acknowledged].map((r) => [r.id, r.name]));
  return {
    warning: {
      id: warning.id, level: warning.level, title: warning.title, text: warning.text, issuingUnit: warning.issuingUnit.name,
      issuedByName: warning.issuedByName, validFrom: warning.validFrom, validUntil: warning.validUntil, ackMinutes: warning.ackMinutes,
      cancelledAt: warning.cancelledAt, areas: warning.areas.map((a) => a.orgUnit), live: !warning.cancelledAt && warning.validUntil > now,
    },
    total, acknowledged: acked, perTier,
    messages: messages.map((m) => ({ channel: m.channel, status: m.status, count: m._count._all })),
    recipients: [...pending, ...acknowledged].map((r) => ({ ...r, overdue: !r.acknowledgedAt && r.dueAt <= now })),
    reports: reports.map((r) => ({ id: r.id, kind: r.kind, text: r.text, value: r.value, hasPhoto: !!r.photoSha256, by: r.reportedByName, at: r.createdAt, from: names.get(r.recipientId) ?? null })),
  };
}

async function recipients(db: Tx, where: Prisma.WarningRecipientWhereInput, orderBy: Prisma.WarningRecipientOrderByWithRelationInput[], take: number) {
  const rows = await db.warningRecipient.findMany({
    where, orderBy, take,
    select: {
      id: true, tier: true, orgUnitId: true, sentAt: true, dueAt: true, sendCount: true, acknowledgedAt: true, acknowledgedByName: true, ackChannel: true, escalatedAt: true,
      orgUnit: { select: { name: true, parent: { select: { name: true } } } }, person: { select: { name: true } },
    },
  });
  return rows.map(({ orgUnit, person, ...r }) => ({ ...r, name: person?.name ?? orgUnit.name, within: person ? orgUnit.name : (orgUnit.parent?.name ?? null) }));
}
