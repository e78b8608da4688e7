import { complaintStage, DomainError, exportComplaintLedger, type ComplaintLedgerRow } from '@duban/core';
import type { Prisma } from '@duban/db';

const EXPORT_LIMIT = 20_000;

/** The ledger of the complaints `where` selects, oldest first, one row per dispatch. */
export async function exportLedger(db: Prisma.TransactionClient, where: Prisma.ComplaintWhereInput) {
  const complaints = await db.complaint.findMany({
    where,
    select: {
      serial: true, channel: true, channelRef: true, receivedAt: true, subject: true, content: true, address: true, complainantName: true, anonymous: true, phoneMasked: true,
      duplicateOfId: true, locationUnit: { select: { name: true } }, duplicateOf: { select: { serial: true } }, repeatOf: { select: { serial: true } },
      dispatches: {
        select: { signDueAt: true, callbackAt: true, callbackResult: true, orgUnit: { select: { name: true } }, task: { select: { serial: true, status: true, signedAt: true, closedAt: true, deadline: true } } },
        orderBy: [{ dispatchedAt: 'asc' }, { orgUnitId: 'asc' }],
      },
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    take: EXPORT_LIMIT + 1,
  });
  if (complaints.length > EXPORT_LIMIT) throw new DomainError('BAD_REQUEST', 'errors.complaint.exportTooLarge', `超过 ${EXPORT_LIMIT} 条,请缩小筛选范围后导出`, { limit: EXPORT_LIMIT });
  const rows = complaints.flatMap((c): ComplaintLedgerRow[] => {
    const stage = complaintStage(c, c.dispatches.map((d) => ({ taskStatus: d.task.status, callbackAt: d.callbackAt })));
    const base = {
      serial: c.serial, channel: c.channel, channelRef: c.channelRef, receivedAt: c.receivedAt, subject: c.subject, content: c.content, location: c.locationUnit.name,
      address: c.address, complainant: c.complainantName, anonymous: c.anonymous, phoneMasked: c.phoneMasked, stage,
      matchOf: c.duplicateOf ? { kind: 'duplicate' as const, serial: c.duplicateOf.serial } : c.repeatOf ? { kind: 'repeat' as const, serial: c.repeatOf.serial } : null,
    };
    const none = { unit: null, taskSerial: null, signDueAt: null, signedAt: null, handleDueAt: null, closedAt: null, callbackResult: null };
    if (c.dispatches.length === 0) return [{ ...base, ...none }];
    return c.dispatches.map((d) => ({
      ...base, unit: d.orgUnit.name, taskSerial: d.task.serial, signDueAt: d.signDueAt, signedAt: d.task.signedAt, handleDueAt: d.task.deadline,
      closedAt: ['closed', 'notified'].includes(d.task.status) ? d.task.closedAt : null, callbackResult: d.callbackResult,
    }));
  });
  const file = await exportComplaintLedger(rows);
  return { fileName: `投诉台账-${new Date().toISOString().slice(0, 10)}.xlsx`, fileBase64: file.toString('base64'), rows: rows.length };
}
