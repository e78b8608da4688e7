import { TRPCError } from '@trpc/server';
import {
  checkKeyWorkRows, countyCalendarDate, exportKeyWork, insertKeyWorks, KEY_WORK_SHEET, keyWorkIdentity, keyWorkTemplate, loadDirectories,
  type KeyWorkExportItem,
} from '@duban/core';
import { procedure } from '../../procedures.ts';
import { importSheetInput, listKeyWorkInput } from '../../schemas/index.ts';
import { streamSheetImport } from '../tasks/sheet-import.ts';
import { listKeyWork, type KeyWorkListRow } from './key-work-list.ts';

const MANAGE = 'core.keyWork.manage';
const EXPORT_LIMIT = 20_000;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * 导入重点工作: a dry run checks the sheet, then the same file is imported — all of it or, on any
 * error, nothing. Progress streams while it runs. Lead units must lie in the caller's capture
 * scope for core.keyWork.manage (as for the 部署 form); a unit outside it is a row error.
 */
export const importKeyWorkProcedure = procedure
  .meta({ permission: MANAGE, scope: { entity: 'anywhere' }, ownTransaction: true })
  .input(importSheetInput)
  .mutation(({ ctx, input, path, signal }) => {
    const countyId = ctx.authz.target!.countyId;
    return streamSheetImport(ctx, path, signal, input, {
      sheet: KEY_WORK_SHEET,
      entityType: 'keyWork',
      orgUnitId: ctx.authz.target!.orgUnitId,
      check: async (db, rows, progress) => {
        const { units, people } = await loadDirectories(db, countyId);
        const existing = await db.keyWork.findMany({ where: { countyId }, select: { year: true, leadUnitId: true, title: true } });
        return checkKeyWorkRows(rows, {
          units, people, existing: new Set(existing.map(keyWorkIdentity)), today: countyCalendarDate(new Date()),
          mayLead: (unit) => ctx.authz.has(MANAGE, unit.path),
        }, progress);
      },
      summarize: (drafts) => ({ keyWorks: drafts.length, parts: drafts.filter((d) => d.parent !== null).length, targets: drafts.reduce((n, d) => n + d.targets.length, 0) }),
      write: async (db, drafts, progress) => {
        const written = await insertKeyWorks(db, countyId, drafts, progress);
        const summary = { keyWorks: written.keyWorks, parts: written.parts, targets: written.targets };
        return { summary, after: { ...summary, ids: written.ids } };
      },
    });
  });

/** 下载模板: the header row, and an example made of the caller's own units, so it reads true. */
export const keyWorkTemplateProcedure = procedure
  .meta({ permission: MANAGE, scope: { entity: 'anywhere' } })
  .query(async ({ ctx }) => {
    const countyId = ctx.authz.target!.countyId;
    const rootId = ctx.authz.target!.orgUnitId;
    const [root, part] = await Promise.all([
      ctx.db.orgUnit.findUnique({ where: { countyId_id: { countyId, id: rootId } }, select: { name: true } }),
      ctx.db.orgUnit.findFirst({ where: { countyId, parentId: rootId, archivedAt: null, level: { not: 'department' } }, orderBy: { sortOrder: 'asc' }, select: { name: true } }),
    ]);
    const file = await keyWorkTemplate({ leadUnit: root?.name ?? '云峡县', partUnit: part?.name ?? null, year: new Date().getFullYear() });
    return { fileName: '重点工作导入模板.xlsx', fileBase64: file.toString('base64') };
  });

/** 导出重点工作: what the list shows (same filters), with targets, actuals and roll-up, in the import's columns. */
export const exportKeyWorkProcedure = procedure
  .meta({ permission: 'core.keyWork.read', scope: { entity: 'anywhere' } })
  .input(listKeyWorkInput)
  .query(async ({ ctx, input }) => {
    const countyId = ctx.authz.target!.countyId;
    const rows = await listKeyWork(ctx.db, countyId, ctx.authz.roots, input);
    if (rows.length > EXPORT_LIMIT) throw new TRPCError({ code: 'BAD_REQUEST', message: `超过 ${EXPORT_LIMIT} 项,请缩小筛选范围后导出` });
    const { units, people } = await loadDirectories(ctx.db, countyId);
    const items = treeOrder(rows).map(({ row, code, parentCode }): KeyWorkExportItem => {
      const lead = units.get(row.leadUnit.id)!;
      return {
        code, parentCode, title: row.title, description: row.description, source: row.source, documentNo: row.documentNo, year: row.year,
        leadUnit: units.label(lead), assistingUnits: row.assisting.map((a) => units.label(units.get(a.id)!)),
        responsiblePerson: row.responsiblePerson ? people.label(row.responsiblePerson) : null, deadline: row.deadline,
        targets: row.targets, lastProgressAt: row.lastProgressAt, stale: row.stale,
      };
    });
    const file = await exportKeyWork(items);
    return { fileName: `重点工作-${today()}.xlsx`, fileBase64: file.toString('base64'), rows: rows.length };
  });

/**
 * Parents followed by their parts, numbered 1, 1.1, 1.2, 2 … so the sheet reads as a tree and its
 * 编号 / 上级编号 rebuild the same decomposition when imported. A part whose parent is not in the
 * export stands on its own.
 */
function treeOrder(rows: KeyWorkListRow[]) {
  const ids = new Set(rows.map((r) => r.id));
  const childrenOf = new Map<string, KeyWorkListRow[]>();
  for (const r of rows) if (r.parentId && ids.has(r.parentId)) childrenOf.set(r.parentId, [...(childrenOf.get(r.parentId) ?? []), r]);
  const out: { row: KeyWorkListRow; code: string; parentCode: string | null }[] = [];
  const walk = (row: KeyWorkListRow, code: string, parentCode: string | null) => {
    out.push({ row, code, parentCode });
    (childrenOf.get(row.id) ?? []).forEach((child, i) => walk(child, `${code}.${i + 1}`, code));
  };
  rows.filter((r) => !r.parentId || !ids.has(r.parentId)).forEach((r, i) => walk(r, String(i + 1), null));
  return out;
}
