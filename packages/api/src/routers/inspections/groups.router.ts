import type { TRPCRouterRecord } from '@trpc/server';
import { archiveGroup, conflictsWithUnit, createGroup, getOrgUnit, groupMembers, updateGroup } from '@duban/core';
import { compareGroupNames } from './group-order.ts';
import { procedure } from '../../procedures.ts';
import { createGroupInput, groupIdInput, listGroupsInput, updateGroupInput } from '../../schemas/index.ts';
import { nowOf } from './guard.ts';

const memberInclude = {
  members: { orderBy: { role: 'asc' }, include: { person: { select: { id: true, name: true, position: true, orgUnit: { select: { id: true, name: true, path: true, level: true } } } } } },
} as const;

/** 督查组: formed by the planning unit (督查室) from people of several units. */
export const groupsRouter = {
  listGroups: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(listGroupsInput)
    .query(async ({ ctx, input }) => {
      const roots = ctx.authz.roots;
      const groups = await ctx.db.inspectionGroup.findMany({
        where: {
          countyId: ctx.actor!.countyId,
          OR: roots.length ? roots.map((r) => ({ planningUnit: { path: { startsWith: r } } })) : [{ id: '' }],
          ...(input.year ? { year: input.year } : {}),
          ...(input.includeArchived ? {} : { archivedAt: null }),
        },
        include: { ...memberInclude, planningUnit: { select: { id: true, name: true, path: true } } },
        orderBy: [{ year: 'desc' }, { name: 'asc' }],
      });
      return groups.sort((a, b) => b.year - a.year || compareGroupNames(a.name, b.name));
    }),

  getGroup: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionGroup', field: 'groupId' } })
    .input(groupIdInput)
    .query(async ({ ctx, input }) =>
      ctx.db.inspectionGroup.findUniqueOrThrow({
        where: { countyId_id: { countyId: ctx.authz.target!.countyId, id: input.groupId } },
        include: { ...memberInclude, planningUnit: { select: { id: true, name: true, path: true } } },
      }),
    ),

  createGroup: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'orgUnit', field: 'planningUnitId' } })
    .input(createGroupInput)
    .mutation(async ({ ctx, input }) => {
      const { planningUnitId, ...rest } = input;
      const group = await createGroup(ctx.db, ctx.authz.target!.countyId, planningUnitId, rest);
      await ctx.audit({ entityType: 'inspectionGroup', entityId: group.id, orgUnitId: planningUnitId, after: group });
      return group;
    }),

  /** Members change: refused if a new member would conflict with the group's planned work. */
  updateGroup: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionGroup', field: 'groupId' } })
    .input(updateGroupInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.inspectionGroup.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.groupId } }, include: { members: true } });
      const { groupId, ...rest } = input;
      const group = await updateGroup(ctx.db, countyId, groupId, rest);
      await ctx.audit({ entityType: 'inspectionGroup', entityId: group.id, orgUnitId: group.planningUnitId, before, after: group });
      return group;
    }),

  archiveGroup: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionGroup', field: 'groupId' } })
    .input(groupIdInput)
    .mutation(async ({ ctx, input }) => {
      const group = await archiveGroup(ctx.db, ctx.authz.target!.countyId, input.groupId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionGroup', entityId: group.id, orgUnitId: group.planningUnitId, after: { archivedAt: group.archivedAt } });
      return group;
    }),

  /** Which members would have to stand aside at a unit (the planner sees it before choosing). */
  groupConflicts: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionGroup', field: 'groupId' } })
    .input(groupIdInput.extend({ orgUnitId: groupIdInput.shape.groupId }))
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const unit = await getOrgUnit(ctx.db, countyId, input.orgUnitId);
      return conflictsWithUnit(await groupMembers(ctx.db, countyId, input.groupId), unit);
    }),
} satisfies TRPCRouterRecord;
