import type { TRPCRouterRecord } from '@trpc/server';
import { createPerson, getOrgUnit, getPerson, updatePerson } from '@duban/core';
import type { Prisma } from '@duban/db';
import { procedure } from '../../procedures.ts';
import { assertMayManageUser } from '../users/account-policy.ts';
import { archivePersonInput, createPersonInput, listPeopleInput, updatePersonInput } from '../../schemas/index.ts';

const byPerson = { entity: 'person', field: 'personId' } as const;

export const peopleRouter = {
  list: procedure
    .meta({ permission: 'core.person.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(listPeopleInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const where: Prisma.PersonWhereInput = {
        countyId: unit.countyId,
        ...(input.includeDescendants ? { orgUnit: { path: { startsWith: unit.path } } } : { orgUnitId: unit.id }),
        ...(input.includeArchived ? {} : { archivedAt: null }),
        ...(input.search ? { OR: [{ name: { contains: input.search } }, { phone: { contains: input.search } }, { position: { contains: input.search } }] } : {}),
      };
      const [total, items] = await Promise.all([
        ctx.db.person.count({ where }),
        ctx.db.person.findMany({
          where,
          include: { orgUnit: { select: { id: true, name: true, level: true, path: true } }, user: { select: { id: true, username: true, disabledAt: true } } },
          orderBy: [{ orgUnit: { path: 'asc' } }, { name: 'asc' }],
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
        }),
      ]);
      return { total, items };
    }),

  create: procedure
    .meta({ permission: 'core.person.create', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(createPersonInput)
    .mutation(async ({ ctx, input }) => {
      const person = await createPerson(ctx.db, ctx.authz.target!.countyId, input.orgUnitId, input);
      await ctx.audit({ entityType: 'person', entityId: person.id, orgUnitId: person.orgUnitId, after: person });
      return person;
    }),

  update: procedure
    .meta({ permission: 'core.person.update', scope: byPerson })
    .input(updatePersonInput)
    .mutation(async ({ ctx, input }) => {
      const before = await getPerson(ctx.db, ctx.authz.target!.countyId, input.personId);
      if (input.orgUnitId && input.orgUnitId !== before.orgUnitId) {
        const unit = await getOrgUnit(ctx.db, before.countyId, input.orgUnitId);
        ctx.authz.assertAllowed(unit.path, unit.countyId);
      }
      const { personId: _personId, ...fields } = input;
      const after = await updatePerson(ctx.db, before, fields);
      await ctx.audit({ entityType: 'person', entityId: after.id, orgUnitId: after.orgUnitId, before, after });
      return after;
    }),

  archive: procedure
    .meta({ permission: 'core.person.archive', scope: byPerson })
    .input(archivePersonInput)
    .mutation(async ({ ctx, input }) => {
      const before = await getPerson(ctx.db, ctx.authz.target!.countyId, input.personId);
      const after = await ctx.db.person.update({ where: { countyId_id: { countyId: before.countyId, id: before.id } }, data: { archivedAt: new Date() } });
      // A person who leaves cannot keep signing in.
      const user = await ctx.db.user.findFirst({ where: { countyId: before.countyId, personId: before.id, disabledAt: null } });
      if (user) {
        // Archiving disables the account, so it is account management too (F1).
        await assertMayManageUser(ctx, user.countyId, user.id);
        await ctx.db.user.update({ where: { countyId_id: { countyId: user.countyId, id: user.id } }, data: { disabledAt: new Date() } });
        await ctx.db.session.deleteMany({ where: { countyId: user.countyId, userId: user.id } });
      }
      await ctx.audit({ entityType: 'person', entityId: after.id, orgUnitId: after.orgUnitId, before, after, detail: user ? 'account disabled with the person' : null });
      return after;
    }),
} satisfies TRPCRouterRecord;
