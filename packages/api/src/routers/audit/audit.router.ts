import type { TRPCRouterRecord } from '@trpc/server';
import { verifyAudit } from '@duban/core';
import type { Prisma } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { auditListInput } from '../../schemas/index.ts';

export const auditRouter = {
  list: procedure
    .meta({ permission: 'core.audit.read', scope: { entity: 'county' } })
    .input(auditListInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const where: Prisma.AuditLogWhereInput = {
        countyId,
        ...(input.procedure ? { procedure: { startsWith: input.procedure } } : {}),
        ...(input.outcome ? { outcome: input.outcome } : {}),
        ...(input.actor ? { actorName: { contains: input.actor } } : {}),
        ...(input.from || input.to ? { at: { ...(input.from ? { gte: new Date(input.from) } : {}), ...(input.to ? { lte: new Date(input.to) } : {}) } } : {}),
      };
      const [total, items] = await Promise.all([
        ctx.db.auditLog.count({ where }),
        ctx.db.auditLog.findMany({ where, orderBy: { seq: 'desc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, items };
    }),

  /** Verifies the caller's county chain (the CLI's verify-audit checks every county). */
  verify: procedure
    .meta({ permission: 'core.audit.read', scope: { entity: 'county' } })
    .input(z.object({}).optional())
    .query(async ({ ctx }) => {
      const result = await verifyAudit(ctx.prisma, { countyId: ctx.authz.target!.countyId, checkpoints: await ctx.auditCheckpoints?.() });
      return { rows: result.rows, problems: result.problems, ok: result.problems.length === 0 };
    }),
} satisfies TRPCRouterRecord;
