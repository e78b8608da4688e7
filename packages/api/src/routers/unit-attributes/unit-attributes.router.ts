// 单位属性 (issue 14 item 3, C11): households, population, area … per unit and year — read with
// the org tree, edited by those who maintain it, imported from Excel through the core pipeline.
import type { TRPCRouterRecord } from '@trpc/server';
import { checkUnitAttributeRows, setUnitAttributes, UNIT_ATTRIBUTE_SHEET, unitAttributeKinds, unitAttributes, unitAttributeTemplate, writeUnitAttributes } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { importSheetInput, setUnitAttributesInput, unitAttributesInput } from '../../schemas/index.ts';
import { streamSheetImport } from '../tasks/sheet-import.ts';

const EDIT = 'core.orgUnit.update';

export const unitAttributesRouter = {
  /** The kinds on offer (names, units, ranges): the form and the template are built from them. */
  kinds: procedure
    .meta({ permission: 'core.orgUnit.read', scope: { entity: 'anywhere' } })
    .query(() => unitAttributeKinds.map((k) => ({ ...k }))),

  /** The unit's and its children's values in a year. */
  list: procedure
    .meta({ permission: 'core.orgUnit.read', scope: { entity: 'orgUnit', field: 'unitId' } })
    .input(unitAttributesInput)
    .query(({ ctx, input }) => unitAttributes(ctx.db, ctx.authz.target!.countyId, input.unitId, input.year)),

  /** 修改: one unit's values for a year (null clears a value). */
  set: procedure
    .meta({ permission: EDIT, scope: { entity: 'orgUnit', field: 'unitId' } })
    .input(setUnitAttributesInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = (await unitAttributes(ctx.db, countyId, input.unitId, input.year)).unit.values;
      await setUnitAttributes(ctx.db, { countyId, orgUnitId: input.unitId, year: input.year, values: input.values, byName: ctx.actor?.name ?? null });
      await ctx.audit({ entityType: 'unitAttribute', entityId: `${input.unitId}/${input.year}`, orgUnitId: input.unitId, before, after: Object.fromEntries(input.values.map((v) => [v.kind, v.value])) });
      return { saved: input.values.length };
    }),

  /** 导入: a dry run, then the same file all or nothing; units must lie where the caller may edit. */
  import: procedure
    .meta({ permission: EDIT, scope: { entity: 'anywhere' }, ownTransaction: true })
    .input(importSheetInput)
    .mutation(({ ctx, input, path, signal }) => {
      const countyId = ctx.authz.target!.countyId;
      return streamSheetImport(ctx, path, signal, input, {
        sheet: UNIT_ATTRIBUTE_SHEET,
        entityType: 'unitAttribute',
        orgUnitId: ctx.authz.target!.orgUnitId,
        check: (db, rows, progress) => checkUnitAttributeRows(db, countyId, rows, (p) => ctx.authz.has(EDIT, p), progress),
        summarize: (drafts) => ({ units: drafts.length, values: drafts.reduce((n, d) => n + d.values.length, 0) }),
        write: async (db, drafts, progress) => {
          const summary = await writeUnitAttributes(db, countyId, drafts, ctx.actor?.name ?? null, progress);
          return { summary, after: summary };
        },
      });
    }),

  /** 下载模板, with the caller's unit and its first children as example rows. */
  importTemplate: procedure
    .meta({ permission: EDIT, scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const rootId = ctx.authz.target!.orgUnitId;
      const units = await ctx.db.orgUnit.findMany({
        where: { countyId, OR: [{ id: rootId }, { parentId: rootId }], archivedAt: null, level: { not: 'department' } },
        orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }], take: 3, select: { code: true, name: true },
      });
      const file = await unitAttributeTemplate(units, new Date().getFullYear());
      return { fileName: '单位属性导入模板.xlsx', fileBase64: file.toString('base64') };
    }),
} satisfies TRPCRouterRecord;
