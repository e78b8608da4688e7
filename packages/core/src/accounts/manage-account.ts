import { DomainError } from '../errors/index.ts';
import { permissionDefinition } from '../permissions/catalog.ts';
import { isWithin, type ScopedGrant } from '../permissions/scope.ts';

/** One permission an account holds at a unit that its would-be manager does not hold there. */
export interface UngrantedPermission {
  permission: string;
  path: string;
}

/**
 * What the target account's role assignments grant that the manager lacks: every permission of
 * every assignment, at the unit where it applies (the capture unit for writes, the view unit for
 * reads). A permission the catalogue no longer knows is compared at both units, so nothing the
 * target holds escapes the comparison.
 */
export function ungrantedPermissions(manager: readonly ScopedGrant[], target: readonly ScopedGrant[]): UngrantedPermission[] {
  const missing: UngrantedPermission[] = [];
  for (const grant of target) {
    for (const permission of grant.permissions) {
      const access = permissionDefinition(permission)?.access;
      const paths = access === 'write' ? [grant.capturePath] : access === 'read' ? [grant.viewPath] : [grant.capturePath, grant.viewPath];
      for (const path of paths) {
        const held = manager.some(
          (m) => m.countyId === grant.countyId && m.permissions.includes(permission) && isWithin(path, access === 'read' ? m.viewPath : m.capturePath),
        );
        if (!held && !missing.some((x) => x.permission === permission && x.path === path)) missing.push({ permission, path });
      }
    }
  }
  return missing;
}

/**
 * The account-management policy (issue 12, F1): resetting a password, disabling, enabling, and
 * granting or revoking roles all need the manager to hold, at each unit, every permission the
 * target's role assignments grant. Otherwise a department administrator could reset the county
 * administrator's password (the target's person record sits in the department) and sign in as
 * them — a way around "nobody hands out more than they hold".
 */
export function assertMayManageAccount(manager: readonly ScopedGrant[], target: { username: string; grants: readonly ScopedGrant[] }) {
  const missing = ungrantedPermissions(manager, target.grants);
  if (missing.length === 0) return;
  throw new DomainError(
    'FORBIDDEN',
    'errors.user.exceedsManager',
    `账号「${target.username}」拥有超出您权限的角色（如 ${missing.slice(0, 3).map((m) => m.permission).join('、')}），不能管理该账号`,
    { username: target.username, permissions: missing.slice(0, 3).map((m) => m.permission).join(', ') },
  );
}
