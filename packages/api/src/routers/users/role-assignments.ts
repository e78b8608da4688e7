import { TRPCError } from '@trpc/server';
import { conflict, notFound, permissionDefinition } from '@duban/core';
import { newId, type OrgUnit, type Prisma } from '@duban/db';
import type { Authorization } from '../../authz/authorize.ts';
import type { AuditInput } from '../../procedures.ts';
import type { Actor } from '../../context.ts';
import { assertMayManageUser } from './account-policy.ts';

interface AssignContext {
  db: Prisma.TransactionClient;
  authz: Authorization;
  audit: (entry: AuditInput) => Promise<void>;
}

/**
 * Grants a role at a unit. Nobody hands out more than they hold: every permission of the role must
 * be the assigner's at the unit where it would apply (capture unit for writes, view unit for reads).
 */
export async function assignRole(
  ctx: AssignContext,
  input: { userId: string; roleId: string; captureUnit: OrgUnit; viewUnit: OrgUnit },
) {
  const { captureUnit, viewUnit } = input;
  const countyId = captureUnit.countyId;
  ctx.authz.assertAllowed(captureUnit.path, countyId);
  const role = await ctx.db.role.findUnique({ where: { countyId_id: { countyId, id: input.roleId } } });
  if (!role) throw notFound('角色', input.roleId);
  const missing = role.permissions.filter((p) => {
    const def = permissionDefinition(p);
    return !def || !ctx.authz.has(p, def.access === 'write' ? captureUnit.path : viewUnit.path);
  });
  if (missing.length > 0) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `不能授予超出自身权限的角色「${role.name}」(缺少 ${missing.slice(0, 3).join('、')} 等权限)` });
  }
  const exists = await ctx.db.roleAssignment.findFirst({ where: { countyId, userId: input.userId, roleId: role.id, captureUnitId: captureUnit.id } });
  if (exists) throw conflict('errors.role.alreadyAssigned', `已在「${captureUnit.name}」授予该角色`, { unit: captureUnit.name });
  const assignment = await ctx.db.roleAssignment.create({
    data: { countyId, id: newId(), userId: input.userId, roleId: role.id, captureUnitId: captureUnit.id, viewUnitId: viewUnit.id },
  });
  await ctx.audit({ entityType: 'roleAssignment', entityId: assignment.id, orgUnitId: captureUnit.id, after: { ...assignment, role: role.key ?? role.name } });
  return assignment;
}

export async function revokeRole(ctx: AssignContext & { actor: Actor | null }, assignmentId: string) {
  const target = ctx.authz.target!;
  const assignment = await ctx.db.roleAssignment.findUnique({ where: { countyId_id: { countyId: target.countyId, id: assignmentId } } });
  if (!assignment) throw notFound('角色授权', assignmentId);
  await assertMayManageUser(ctx, assignment.countyId, assignment.userId);
  await ctx.db.roleAssignment.delete({ where: { countyId_id: { countyId: assignment.countyId, id: assignment.id } } });
  await ctx.audit({ entityType: 'roleAssignment', entityId: assignment.id, orgUnitId: assignment.captureUnitId, before: assignment });
  return { ok: true };
}
