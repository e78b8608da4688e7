import { assertMayManageAccount, notFound } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { Actor } from '../../context.ts';
import { grantsOfUser } from '../../authz/grants.ts';

/**
 * Applies core's account-management policy (assertMayManageAccount) to a stored account: the
 * signed-in manager must hold every permission the account's role assignments grant, where they
 * grant it. Called by every procedure that resets, disables, enables or re-roles an account.
 */
export async function assertMayManageUser(ctx: { db: Prisma.TransactionClient; actor: Actor | null }, countyId: string, userId: string) {
  const user = await ctx.db.user.findUnique({ where: { countyId_id: { countyId, id: userId } }, select: { username: true } });
  if (!user) throw notFound('账号', userId);
  assertMayManageAccount(ctx.actor?.grants ?? [], { username: user.username, grants: await grantsOfUser(ctx.db, countyId, userId) });
}
