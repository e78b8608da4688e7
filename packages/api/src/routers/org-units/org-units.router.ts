import type { TRPCRouterRecord } from '@trpc/server';
import {
  ancestorsOf, archiveOrgUnit, assertMayEditSupervisionAttributes, changedSupervisionAttributes, createOrgUnit, getOrgUnit, listSubtree,
  moveOrgUnit, updateOrgUnit,
} from '@duban/core';
import { procedure } from '../../procedures.ts';
import {
  archiveOrgUnitInput, createOrgUnitInput, getOrgUnitInput, moveOrgUnitInput, renameOrgUnitInput, subtreeInput,
} from '../../schemas/index.ts';
import { exportOrgTreeProcedure, importOrgTreeProcedure } from './org-tree-excel.ts';

const byId = { entity: 'orgUnit', field: 'id' } as const;

export const orgUnitsRouter = {
  subtree: procedure
    .meta({ permission: 'core.orgUnit.read', scope: { entity: 'orgUnit', field: 'rootId' } })
    .input(subtreeInput)
    .query(async ({ ctx, input }) => {
      const root = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.rootId);
      return listSubtree(ctx.db, root, { maxDepth: input.maxDepth, includeArchived: input.includeArchived });
    }),

  get: procedure
    .meta({ permission: 'core.orgUnit.read', scope: byId })
    .input(getOrgUnitInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.id);
      const [ancestors, childCount, personCount, district] = await Promise.all([
        ancestorsOf(ctx.db, unit),
        ctx.db.orgUnit.count({ where: { countyId: unit.countyId, parentId: unit.id, archivedAt: null } }),
        ctx.db.person.count({ where: { countyId: unit.countyId, orgUnitId: unit.id, archivedAt: null } }),
        unit.districtId ? ctx.db.district.findUnique({ where: { countyId_id: { countyId: unit.countyId, id: unit.districtId } } }) : null,
      ]);
      // Ancestors above the caller's view scope are shown by name only (breadcrumbs), not opened.
      return { unit, ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, level: a.level, path: a.path })), childCount, personCount, district };
    }),

  create: procedure
    .meta({ permission: 'core.orgUnit.create', scope: { entity: 'orgUnit', field: 'parentId' } })
    .input(createOrgUnitInput)
    .mutation(async ({ ctx, input }) => {
      const parent = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.parentId);
      const unit = await createOrgUnit(ctx.db, parent, input);
      await ctx.audit({ entityType: 'orgUnit', entityId: unit.id, orgUnitId: unit.id, after: unit });
      return unit;
    }),

  update: procedure
    .meta({ permission: 'core.orgUnit.update', scope: byId })
    .input(renameOrgUnitInput)
    .mutation(async ({ ctx, input }) => {
      const before = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.id);
      const changed = changedSupervisionAttributes(before, { code: input.code, districtId: input.districtId });
      assertMayEditSupervisionAttributes(ctx.actor!.grants, 'core.orgUnit.update', before, changed);
      const after = await updateOrgUnit(ctx.db, before, { name: input.name, code: input.code, districtId: input.districtId });
      await ctx.audit({ entityType: 'orgUnit', entityId: after.id, orgUnitId: after.id, before, after });
      return after;
    }),

  move: procedure
    .meta({ permission: 'core.orgUnit.update', scope: byId })
    .input(moveOrgUnitInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await getOrgUnit(ctx.db, countyId, input.id);
      const newParent = await getOrgUnit(ctx.db, countyId, input.newParentId);
      assertMayEditSupervisionAttributes(ctx.actor!.grants, 'core.orgUnit.update', before, changedSupervisionAttributes(before, { parentId: newParent.id }));
      // Moving needs the permission at both ends: where the unit leaves and where it lands.
      ctx.authz.assertAllowed(newParent.path, newParent.countyId);
      const after = await moveOrgUnit(ctx.db, before, newParent);
      await ctx.audit({ entityType: 'orgUnit', entityId: after.id, orgUnitId: after.id, before, after: { ...after, path: `${newParent.path}${after.id}/` } });
      return getOrgUnit(ctx.db, countyId, input.id);
    }),

  archive: procedure
    .meta({ permission: 'core.orgUnit.archive', scope: byId })
    .input(archiveOrgUnitInput)
    .mutation(async ({ ctx, input }) => {
      const before = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.id);
      const { archived } = await archiveOrgUnit(ctx.db, before);
      await ctx.audit({ entityType: 'orgUnit', entityId: before.id, orgUnitId: before.id, before, detail: `archived ${archived} unit(s) with the subtree` });
      return { archived };
    }),

  import: importOrgTreeProcedure,
  export: exportOrgTreeProcedure,
} satisfies TRPCRouterRecord;
