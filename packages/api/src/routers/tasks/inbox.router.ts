import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { id } from '../../schemas/index.ts';

/** Notices addressed to the units where the user holds a role, and to the user's own unit. */
function inboxUnits(ctx: { actor: { orgUnitId: string; grants: { capturePath: string }[] } | null }) {
  const actor = ctx.actor!;
  return [...new Set([actor.orgUnitId, ...actor.grants.map((g) => g.capturePath.split('/').filter(Boolean).pop()!)])];
}

export const inboxRouter = {
  list: procedure
    .meta({ permission: 'authenticated' })
    .input(z.object({ unreadOnly: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => {
      const where = { countyId: ctx.actor!.countyId, orgUnitId: { in: inboxUnits(ctx) }, ...(input.unreadOnly ? { readAt: null } : {}) };
      const [unread, items] = await Promise.all([
        ctx.db.notification.count({ where: { ...where, readAt: null } }),
        ctx.db.notification.findMany({ where, orderBy: { createdAt: 'desc' }, take: 100, include: { orgUnit: { select: { name: true } } } }),
      ]);
      return { unread, items };
    }),

  markRead: procedure
    .meta({ permission: 'authenticated' })
    .input(z.object({ ids: z.array(id).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const r = await ctx.db.notification.updateMany({
        where: { countyId: ctx.actor!.countyId, id: { in: input.ids }, orgUnitId: { in: inboxUnits(ctx) }, readAt: null },
        data: { readAt: new Date() },
      });
      await ctx.audit({ entityType: 'notification', orgUnitId: ctx.actor!.orgUnitId, detail: `${r.count} notice(s) read` });
      return { read: r.count };
    }),
} satisfies TRPCRouterRecord;
