import type { ScopedGrant, SessionAssignment } from '@duban/core';
import type { Prisma } from '@duban/db';
import { pluginGrantsForRole } from '../plugins/installed.ts';

type AssignmentFacts = Pick<SessionAssignment, 'roleKey' | 'builtIn' | 'permissions'> & {
  captureUnit: Pick<SessionAssignment['captureUnit'], 'path' | 'archived'>;
  viewUnit: Pick<SessionAssignment['viewUnit'], 'path' | 'archived'>;
};

/**
 * What role assignments grant: the role's permissions plus, for built-in roles, what plugins grant
 * them (manifest roleGrants). Archived units grant nothing: a role held at a dissolved township
 * lapses with it. Shared by the request context (assignments read with the session) and account
 * management (grantsOfUser).
 */
export function grantsFromAssignments(countyId: string, assignments: readonly AssignmentFacts[]): ScopedGrant[] {
  return assignments
    .filter((a) => !a.captureUnit.archived && !a.viewUnit.archived)
    .map((a) => ({
      countyId,
      permissions: [...a.permissions, ...pluginGrantsForRole(a.builtIn ? a.roleKey : null)],
      capturePath: a.captureUnit.path,
      viewPath: a.viewUnit.path,
    }));
}

/** The grants of any user of the county (account management checks the target's). */
export async function grantsOfUser(db: Prisma.TransactionClient, countyId: string, userId: string): Promise<ScopedGrant[]> {
  const assignments = await db.roleAssignment.findMany({
    where: { countyId, userId },
    include: { role: true, captureUnit: true, viewUnit: true },
  });
  return grantsFromAssignments(countyId, assignments.map((a) => ({
    roleKey: a.role.key,
    builtIn: a.role.builtIn,
    permissions: a.role.permissions,
    captureUnit: { path: a.captureUnit.path, archived: !!a.captureUnit.archivedAt },
    viewUnit: { path: a.viewUnit.path, archived: !!a.viewUnit.archivedAt },
  })));
}
