import { checkLedgerRows, insertTasks, LEDGER_SHEET, ledgerTemplate, loadDirectories, openItemIdentity } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { importSheetInput } from '../../schemas/index.ts';
import { streamSheetImport } from './sheet-import.ts';

const HAND_OVER = 'core.task.handOver';
const DAY = 86_400_000;

/**
 * 导入台账: 交办 a whole ledger of items (整改事项, proposals, complaints) from Excel. A dry run
 * checks it; the import then writes all of it or, on any error, nothing, streaming progress. The
 * supervising unit must lie in the caller's capture scope for core.task.handOver (as in the
 * 交办 form); responsible and assisting units may be anywhere in the county, as there.
 */
export const importLedgerProcedure = procedure
  .meta({ permission: HAND_OVER, scope: { entity: 'anywhere' }, ownTransaction: true })
  .input(importSheetInput)
  .mutation(({ ctx, input, path, signal }) => {
    const countyId = ctx.authz.target!.countyId;
    const actor = { userId: ctx.actor!.userId, name: ctx.actor!.name };
    return streamSheetImport(ctx, path, signal, input, {
      sheet: LEDGER_SHEET,
      entityType: 'task',
      orgUnitId: ctx.authz.target!.orgUnitId,
      check: async (db, rows, progress) => {
        const { units, people } = await loadDirectories(db, countyId);
        const open = await db.task.findMany({ where: { countyId, status: { notIn: ['closed', 'notified'] } }, select: { responsibleUnitId: true, title: true, serial: true } });
        return checkLedgerRows(rows, {
          units, people, now: new Date(), openItems: new Map(open.map((t) => [openItemIdentity(t), t.serial])),
          maySupervise: (unit) => ctx.authz.has(HAND_OVER, unit.path),
        }, progress);
      },
      summarize: (drafts) => ({ tasks: drafts.length, responsibleUnits: new Set(drafts.map((d) => d.responsibleUnitId)).size, firstSerial: null, lastSerial: null }),
      write: async (db, drafts, progress) => {
        const written = await insertTasks(db, countyId, drafts, actor, new Date(), progress);
        const summary = { tasks: written.tasks, responsibleUnits: new Set(drafts.map((d) => d.responsibleUnitId)).size, firstSerial: written.serials[0] ?? null, lastSerial: written.serials.at(-1) ?? null };
        return { summary, after: { ...summary, ids: written.ids } };
      },
    });
  });

/** 下载台账模板: the header row and an example using the caller's own supervising unit. */
export const ledgerTemplateProcedure = procedure
  .meta({ permission: HAND_OVER, scope: { entity: 'anywhere' } })
  .query(async ({ ctx }) => {
    const countyId = ctx.authz.target!.countyId;
    const { units } = await loadDirectories(ctx.db, countyId);
    const supervising = units.get(ctx.authz.target!.orgUnitId);
    const townships = await ctx.db.orgUnit.findMany({ where: { countyId, level: 'township', archivedAt: null }, orderBy: { sortOrder: 'asc' }, take: 2, select: { id: true } });
    const label = (id: string | undefined, fallback: string) => (id && units.get(id) ? units.label(units.get(id)!) : fallback);
    const file = await ledgerTemplate({
      supervisingUnit: supervising ? units.label(supervising) : '县委办督查室',
      responsibleUnit: label(townships[0]?.id, '青龙镇'),
      assistingUnit: townships[1] ? label(townships[1].id, '') : null,
      deadline: new Date(Date.now() + 15 * DAY),
    });
    return { fileName: '督办台账导入模板.xlsx', fileBase64: file.toString('base64') };
  });
