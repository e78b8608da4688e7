import type { ScopedGrant } from '@duban/core';
import type { Prisma } from '@duban/db';
import { pluginGrantsForRole } from '../plugins/installed.ts';

/**
 * What a user's role assignments grant: the role's permissions plus, for built-in roles, what
 * plugins grant them (manifest roleGrants). Archived units grant nothing: a role held at a
 * dissolved township lapses with it. Shared by the request context and account management.
 */
export async function grantsOfUser(db: Prisma.TransactionClient, countyId: string, userId: string): Promise<ScopedGrant[]> {
  const assignments = await db.roleAssignment.findMany({
    where: { countyId, userId },
    include: { role: true, captureUnit: true, viewUnit: true },
  });
  return assignments
    .filter((a) => !a.captureUnit.archivedAt && !a.viewUnit.archivedAt)
    .map((a) => ({
      countyId: a.countyId,
      permissions: [...a.role.permissions, ...pluginGrantsForRole(a.role.builtIn ? a.role.key : null)],
      capturePath: a.captureUnit.path,
      viewPath: a.viewUnit.path,
    }));
}
