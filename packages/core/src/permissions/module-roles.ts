import { newId, type Prisma } from '@duban/db';
import { appendAudit } from '../audit/append-audit.ts';

type Tx = Prisma.TransactionClient;

/**
 * A work-domain module's role: every permission the module declares, held by the owning
 * department's staff for the units their assignment covers. One per module and county, kept
 * like a built-in role (nobody edits it), so a module's permissions go to the department that
 * owns it and not to roles every department shares (module-admin, department-admin).
 */
export interface ModuleRoleDefinition {
  pluginId: string;
  name: { zh: string; en: string };
  /** Department kinds (department units' codes) that own the module. */
  owners: readonly string[];
  permissions: readonly string[];
}

export const moduleRoleKey = (pluginId: string) => `module:${pluginId}`;
/** The module a role belongs to (`module:flood-control` → flood-control), if it is a module role. */
export const moduleOfRole = (key: string | null | undefined) => (key?.startsWith('module:') ? key.slice('module:'.length) : null);

const wantedRole = (m: ModuleRoleDefinition) => ({
  name: `${m.name.zh}业务人员`,
  nameEn: `${m.name.en} staff`,
  description: `主管部门使用「${m.name.zh}」模块的全部功能,在授予的单位范围内`,
  permissions: [...m.permissions],
});

const sameRole = (r: { name: string; nameEn: string; description: string | null; permissions: string[] }, w: ReturnType<typeof wantedRole>) =>
  r.name === w.name && r.nameEn === w.nameEn && r.description === w.description && [...r.permissions].sort().join() === [...w.permissions].sort().join();

/**
 * Brings every county's module roles up to the installed modules, audited as `procedure`.
 * Where a county first gets a module's role (a county seeded by an earlier release, whose
 * module administrators held the module's permissions through the shared module-admin role),
 * the owning departments' module administrators receive it at the units their module-admin
 * assignment covers — and nobody else: another department's module administrator loses a
 * module it never owned. Runs at every start; a second run changes nothing.
 */
export async function syncModuleRoles(db: Tx, modules: readonly ModuleRoleDefinition[], procedure = 'system.syncModuleRoles') {
  const counties = await db.orgUnit.findMany({ where: { level: 'county', archivedAt: null }, select: { countyId: true } });
  const existing = await db.role.findMany({ where: { key: { in: modules.map((m) => moduleRoleKey(m.pluginId)) } } });
  let roles = 0;
  let assignments = 0;
  for (const { countyId } of counties) {
    for (const m of modules) {
      const key = moduleRoleKey(m.pluginId);
      const wanted = wantedRole(m);
      const role = existing.find((r) => r.countyId === countyId && r.key === key);
      if (role) {
        if (sameRole(role, wanted)) continue;
        await db.role.update({ where: { countyId_id: { countyId, id: role.id } }, data: { ...wanted, name: role.name } });
        await appendAudit(db, { countyId, procedure, entityType: 'role', entityId: role.id, before: { permissions: role.permissions }, after: { permissions: wanted.permissions }, detail: `module role ${key} updated to the module's permissions` });
        roles++;
        continue;
      }
      // A county's own role may already carry the name: keep both apart by the module's id.
      const taken = await db.role.findFirst({ where: { countyId, name: wanted.name }, select: { id: true } });
      const id = newId();
      await db.role.create({ data: { countyId, id, key, builtIn: true, ...wanted, name: taken ? `${wanted.name}(${m.pluginId})` : wanted.name } });
      await appendAudit(db, { countyId, procedure, entityType: 'role', entityId: id, after: wanted, detail: `module role ${key} added` });
      roles++;
      assignments += await giveOwnersTheirModule(db, countyId, id, m, procedure);
    }
  }
  return { roles, assignments };
}

/** The owning departments' module administrators get the new module role where they administer modules. */
async function giveOwnersTheirModule(db: Tx, countyId: string, roleId: string, m: ModuleRoleDefinition, procedure: string) {
  if (m.owners.length === 0) return 0;
  const held = await db.roleAssignment.findMany({
    where: { countyId, role: { key: 'module-admin' }, user: { person: { orgUnit: { level: 'department', code: { in: [...m.owners] }, archivedAt: null } } } },
    include: { user: { select: { username: true, person: { select: { orgUnit: { select: { name: true } } } } } } },
  });
  for (const a of held) {
    const id = newId();
    const row = { countyId, id, userId: a.userId, roleId, captureUnitId: a.captureUnitId, viewUnitId: a.viewUnitId };
    await db.roleAssignment.create({ data: row });
    await appendAudit(db, {
      countyId, procedure, entityType: 'roleAssignment', entityId: id, orgUnitId: a.captureUnitId, after: { ...row, role: moduleRoleKey(m.pluginId) },
      detail: `module role ${moduleRoleKey(m.pluginId)} given to ${a.user.username}, module administrator of ${a.user.person.orgUnit.name}`,
    });
  }
  return held.length;
}
