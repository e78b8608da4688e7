// The procedures every register gets (issue 14 item 1): 下载模板, 导入 (checked, streamed, all or
// nothing) and 导出 with the list's filters. A plugin spreads them into its router:
// `reservoir: { ...registerProcedures(register, { read, write }), list, … }`.
import {
  bi, checkRegisterRows, existingByIdentity, getOrgUnit, loadDirectories, loadRegisterRows, registerExport, registerSheet, registerTemplate, writeRegisterRows,
  draftCounts, type Bilingual, type DirectoryUnit, type RegisterDraft, type RegisterSpec,
} from '@duban/core';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { procedure } from '../procedures.ts';
import { effectiveEnablementOf } from './unit-enablement.ts';
import { pluginOfPermission } from '../plugins/installed.ts';
import { streamSheetImport } from '../routers/tasks/sheet-import.ts';
import { id } from '../schemas/common.ts';
import { importSheetInput } from '../schemas/tasks.ts';

export interface RegisterPermissions {
  /** Reads the register (template, export). */
  read: string;
  /** Writes it (import); checked at the unit imported into and at every row's unit. */
  write: string;
}

/** What a register import did (or, checked, would do). */
export interface RegisterImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

const fileName = (spec: RegisterSpec, what: string) => `${spec.name.zh}${what}.xlsx`;

export function registerInputs(spec: RegisterSpec) {
  const filterShape = Object.fromEntries((spec.filters ?? []).map((k) => [k, (spec.row.shape[k] as z.ZodType).optional()]));
  return {
    template: z.object({ orgUnitId: id }),
    import: importSheetInput.extend({ orgUnitId: id }),
    export: z.object({ orgUnitId: id, filters: z.object(filterShape).strict().optional() }),
  };
}

export function registerProcedures(spec: RegisterSpec, permissions: RegisterPermissions) {
  const atUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
  const inputs = registerInputs(spec);
  return {
    /** 下载模板: the header, an example at the caller's unit, and the help sheet. */
    template: procedure
      .meta({ permission: permissions.read, scope: atUnit })
      .input(inputs.template)
      .query(async ({ ctx, input }) => {
        const countyId = ctx.authz.target!.countyId;
        const { units } = await loadDirectories(ctx.db, countyId);
        const unit = units.get(input.orgUnitId)!;
        const below = [...(await ctx.db.orgUnit.findMany({ where: { countyId, parentId: unit.id, archivedAt: null, ...(spec.unitLevels ? { level: { in: [...spec.unitLevels] as never[] } } : {}) }, take: 1, orderBy: { sortOrder: 'asc' } }))];
        const example = below[0] ? units.get(below[0].id)! : unit;
        return { fileName: fileName(spec, '导入模板'), fileBase64: (await registerTemplate(spec, units.label(example))).toString('base64') };
      }),

    /**
     * 导入: rows at the unit or below it. A dry run checks; the import writes every row or, on any
     * error, none. Rows matching a live row by the register's identity update it.
     */
    import: procedure
      .meta({ permission: permissions.write, scope: atUnit, ownTransaction: true })
      .input(inputs.import)
      .mutation(({ ctx, input, path, signal }) => {
        const countyId = ctx.authz.target!.countyId;
        return streamSheetImport<string, RegisterDraft, RegisterImportSummary>(ctx, path, signal, input, {
          sheet: registerSheet(spec),
          entityType: spec.key,
          orgUnitId: input.orgUnitId,
          check: async (db, rows, progress) => {
            const root = await getOrgUnit(db, countyId, input.orgUnitId);
            const [{ units, people }, existing, enabledAt] = await Promise.all([
              loadDirectories(db, countyId),
              existingByIdentity(db, spec, { countyId, path: root.path }),
              enablementOf(db, countyId, permissions.write),
            ]);
            const refuseAt = (unit: DirectoryUnit): Bilingual | null => {
              if (!ctx.authz.has(permissions.write, unit.path)) return bi(`您在「${unit.name}」没有维护${spec.name.zh}的权限`, `you may not maintain the ${spec.name.en} at "${unit.name}"`);
              if (!enabledAt(unit.path)) return bi(`「${unit.name}」未启用本模块`, `the module is not enabled at "${unit.name}"`);
              return null;
            };
            const checked = await checkRegisterRows(spec, rows, { units, people, root, refuseAt, existing }, progress);
            return checked;
          },
          summarize: draftCounts,
          write: async (db, drafts, progress) => {
            const written = await writeRegisterRows(db, spec, countyId, drafts, progress);
            const summary = draftCounts(drafts);
            // The audit row names what changed; ids beyond a thousand are left to the table itself.
            return { summary, after: { ...summary, createdIds: written.createdIds.slice(0, 1000), updatedIds: written.updatedIds.slice(0, 1000) } };
          },
        });
      }),

    /** 导出: the rows the list shows (unit subtree, the list's filters), in the import's layout. */
    export: procedure
      .meta({ permission: permissions.read, scope: atUnit })
      .input(inputs.export)
      .query(async ({ ctx, input }) => exportRegister(ctx.db, ctx.authz.target!.countyId, spec, input)),
  };
}

/** The plugin of the permission is looked up per call: routers are built before plugins install. */
function enablementOf(db: Parameters<typeof effectiveEnablementOf>[0], countyId: string, permission: string) {
  const plugin = pluginOfPermission(permission);
  return plugin ? effectiveEnablementOf(db, countyId, plugin.id) : Promise.resolve(() => true);
}

async function exportRegister(db: Context['db'], countyId: string, spec: RegisterSpec, input: { orgUnitId: string; filters?: Record<string, unknown> }) {
  const unit = await getOrgUnit(db, countyId, input.orgUnitId);
  const [rows, { units, people }, persons] = await Promise.all([
    loadRegisterRows(db, spec, { countyId, path: unit.path, filters: input.filters }),
    loadDirectories(db, countyId),
    db.person.findMany({ where: { countyId }, select: { id: true, name: true, phone: true, orgUnitId: true } }),
  ]);
  const file = await registerExport(spec, rows, { units, people, personById: new Map(persons.map((p) => [p.id, p])) });
  return { fileName: fileName(spec, ''), rows: rows.length, fileBase64: file.toString('base64') };
}
