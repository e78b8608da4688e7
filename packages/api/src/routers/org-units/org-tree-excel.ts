import { TRPCError } from '@trpc/server';

import { buildErrorReport, canParent, exportOrgTree, getOrgUnit, listSubtree, parseOrgTree, type OrgTreeRow, type RowError } from '@duban/core';
import { newId, type OrgLevel, type OrgUnit, type Prisma } from '@duban/db';
import { auditedTransaction } from '../../audited-transaction.ts';
import type { Authorization } from '../../authz/authorize.ts';
import { procedure, type AuditInput } from '../../procedures.ts';
import { exportOrgTreeInput, importOrgTreeInput } from '../../schemas/index.ts';

export const exportOrgTreeProcedure = procedure
  .meta({ permission: 'core.orgUnit.export', scope: { entity: 'orgUnit', field: 'rootId' } })
  .input(exportOrgTreeInput)
  .query(async ({ ctx, input }) => {
    const root = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.rootId);
    const units = await listSubtree(ctx.db, root);
    const districts = await ctx.db.district.findMany({ where: { countyId: root.countyId } });
    const byId = new Map(units.map((u) => [u.id, u]));
    const codeOf = (u: OrgUnit) => u.code ?? u.id;
    const rows: OrgTreeRow[] = orderForExport(units).map((u) => ({
      code: codeOf(u),
      name: u.name,
      level: u.level,
      parentCode: u.parentId ? (byId.get(u.parentId) ? codeOf(byId.get(u.parentId)!) : null) : null,
      district: districts.find((d) => d.id === u.districtId)?.name ?? null,
    }));
    // The root's parent lies outside the export; its code lets the same file be imported again.
    const parent = root.parentId ? await ctx.db.orgUnit.findUnique({ where: { countyId_id: { countyId: root.countyId, id: root.parentId } } }) : null;
    if (rows[0]) rows[0].parentCode = parent ? codeOf(parent) : null;
    const buffer = await exportOrgTree(rows);
    return { fileName: `${root.name}-组织机构.xlsx`, fileBase64: buffer.toString('base64'), rows: rows.length };
  });

/** Depth-first order (each unit followed by its subtree), as people read a tree. */
function orderForExport(units: OrgUnit[]): OrgUnit[] {
  return [...units].sort((a, b) => a.path.localeCompare(b.path) || a.sortOrder - b.sortOrder);
}

/**
 * Imports an org tree from Excel under `rootId`. Rows are matched by code: a new code creates a
 * unit, a known code renames it. Any error rejects the whole file (nothing is half written) and
 * returns the workbook with an error column; dryRun validates without writing.
 */
export const importOrgTreeProcedure = procedure
  .meta({ permission: 'core.orgUnit.import', scope: { entity: 'orgUnit', field: 'rootId' }, ownTransaction: true })
  .input(importOrgTreeInput)
  .mutation(async ({ ctx, input, path }) => {
    const countyId = ctx.authz.target!.countyId;
    const data = Buffer.from(input.fileBase64, 'base64');
    // Parsed (in the Excel worker) before the transaction opens: seconds of parsing must not hold
    // a connection and the county's writes. The codes' levels it checks against are read again
    // inside the transaction, where the plan is made from what is current.
    const codes = await ctx.prisma.orgUnit.findMany({ where: { countyId, archivedAt: null, code: { not: null } }, select: { code: true, level: true } });
    const parsed = await parseOrgTree(data, new Map(codes.map((u) => [u.code!, u.level as OrgTreeRow['level']])));
    const outcome = await auditedTransaction(ctx, path, (db, audit) => importParsed(ctx.authz, db, audit, input, parsed));
    if (outcome.ok) return { ...outcome, errorReportBase64: null };
    // A file that is not a workbook at all gets its errors listed, without a report to download.
    const report = await buildErrorReport(data, outcome.allErrors).catch(() => null);
    const { allErrors: _all, ...rest } = outcome;
    return { ...rest, errorReportBase64: report?.toString('base64') ?? null };
  });

async function importParsed(
  authz: Authorization, db: Prisma.TransactionClient, audit: (entry: AuditInput) => Promise<void>,
  input: { rootId: string; dryRun?: boolean }, parsed: Awaited<ReturnType<typeof parseOrgTree>>,
) {
  const root = await getOrgUnit(db, authz.target!.countyId, input.rootId);
  const countyUnits = await db.orgUnit.findMany({ where: { countyId: root.countyId, archivedAt: null } });
  const byCode = new Map(countyUnits.filter((u) => u.code).map((u) => [u.code!, u]));
  const districts = await db.district.findMany({ where: { countyId: root.countyId } });
  const errors: RowError[] = [...parsed.errors];

  type Planned = { id: string; path: string; depth: number; level: OrgLevel };
  const planned = new Map<string, Planned>(); // code → unit (existing or to be created)
  for (const u of byCode.values()) planned.set(u.code!, { id: u.id, path: u.path, depth: u.depth, level: u.level });
  const creates: OrgUnit[] = [];
  const renames: { unit: OrgUnit; name: string; districtId: string | null }[] = [];
  for (const row of parsed.rows) {
    const err = (message: string, column?: string) => errors.push({ row: row.row, column, message });
    const districtId = row.district ? districts.find((d) => d.name === row.district)?.id : null;
    if (row.district && !districtId) { err(`片区「${row.district}」不存在,请先在片区管理中建立`, '片区'); continue; }
    const existing = byCode.get(row.code);
    if (existing) {
      if (!existing.path.startsWith(root.path)) { err(`编码「${row.code}」属于「${existing.name}」,不在导入范围内`, '编码'); continue; }
      const parent = existing.parentId ? countyUnits.find((u) => u.id === existing.parentId) : null;
      if (row.level !== existing.level || (row.parentCode && parent?.code !== row.parentCode)) {
        err(`编码「${row.code}」已存在,层级或上级与系统中不同;调整上级请在页面上操作`, '上级编码');
        continue;
      }
      // A blank 片区 keeps the township's district: a partial sheet must not erase data.
      const newDistrict = row.district ? districtId! : existing.districtId;
      if (existing.name !== row.name || existing.districtId !== newDistrict) renames.push({ unit: existing, name: row.name, districtId: newDistrict });
      continue;
    }
    const parent = row.parentCode ? planned.get(row.parentCode) : undefined;
    if (!parent) { err(`上级编码「${row.parentCode ?? ''}」不存在`, '上级编码'); continue; }
    if (!parent.path.startsWith(root.path)) { err('上级单位不在导入范围内', '上级编码'); continue; }
    if (!canParent(parent.level, row.level)) { err('层级与上级不匹配', '层级'); continue; }
    if (!authz.has('core.orgUnit.import', parent.path)) { err('无权在该上级下新建单位', '上级编码'); continue; }
    const id = newId();
    const unit = {
      countyId: root.countyId, id, level: row.level, name: row.name, code: row.code, parentId: parent.id,
      path: `${parent.path}${id}/`, depth: parent.depth + 1, regionId: null, districtId: districtId ?? null,
      sortOrder: creates.length, archivedAt: null, createdAt: new Date(), updatedAt: new Date(),
    } satisfies OrgUnit;
    planned.set(row.code, unit);
    creates.push(unit);
  }

  if (errors.length > 0) {
    // A rejected import changes nothing, but the attempt is on record.
    await audit({ entityType: 'orgUnit', entityId: root.id, orgUnitId: root.id, outcome: 'failed', detail: `import rejected: ${errors.length} error(s)` });
    return { ok: false as const, created: 0, updated: 0, errors: errors.slice(0, 200), errorCount: errors.length, allErrors: errors };
  }
  if (input.dryRun) {
    await audit({ entityType: 'orgUnit', entityId: root.id, orgUnitId: root.id, detail: `import checked (dry run): ${creates.length} new, ${renames.length} renamed` });
    return { ok: true as const, created: creates.length, updated: renames.length, errors: [], errorCount: 0, dryRun: true };
  }
  if (parsed.rows.length === 0) throw new TRPCError({ code: 'BAD_REQUEST', message: '文件中没有可导入的数据行' });
  if (creates.length > 0) await db.orgUnit.createMany({ data: creates });
  for (const r of renames) {
    await db.orgUnit.update({ where: { countyId_id: { countyId: r.unit.countyId, id: r.unit.id } }, data: { name: r.name, districtId: r.districtId } });
  }
  await audit({
    entityType: 'orgUnit', entityId: root.id, orgUnitId: root.id,
    after: { created: creates.map((c) => ({ id: c.id, code: c.code, name: c.name })), renamed: renames.map((r) => ({ id: r.unit.id, from: r.unit.name, to: r.name })) },
    detail: `imported ${creates.length} new, ${renames.length} renamed`,
  });
  return { ok: true as const, created: creates.length, updated: renames.length, errors: [], errorCount: 0 };
}

export type { RowError };
