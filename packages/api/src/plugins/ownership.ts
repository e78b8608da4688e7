import { allows, DomainError } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { Actor } from '../context.ts';
import type { LoadedPlugin } from './installed.ts';

type Tx = Prisma.TransactionClient;

/**
 * How the caller stands to a module (C1): a member of a department that owns it (the manifest's
 * `owners`, matched against the department unit's code), a county administrator (who may manage
 * every module, and whose changes say so in the audit log), or neither — then the module is not
 * theirs to see in 模块管理, switch, configure or grant.
 */
export type ModuleStanding = 'owner' | 'county-admin' | null;

/** The caller's own department, if their person record sits in one. */
export async function departmentOf(db: Tx, actor: Actor) {
  const unit = await db.orgUnit.findFirst({ where: { countyId: actor.countyId, id: actor.orgUnitId }, select: { id: true, name: true, level: true, code: true } });
  return unit?.level === 'department' ? unit : null;
}

export function standing(actor: Actor, department: { code: string | null } | null, plugin: LoadedPlugin, unitPath = `/${actor.countyId}/`): ModuleStanding {
  if (department?.code && (plugin.manifest.owners ?? []).includes(department.code)) return 'owner';
  if (allows(actor.grants, 'core.plugin.manageAll', actor.countyId, unitPath)) return 'county-admin';
  return null;
}

/** The owning departments' names in the county, for a refusal that says whom to ask. */
export async function ownerNames(db: Tx, countyId: string, plugin: LoadedPlugin) {
  const owners = [...(plugin.manifest.owners ?? [])];
  const units = await db.orgUnit.findMany({ where: { countyId, level: 'department', code: { in: owners }, archivedAt: null }, select: { name: true } });
  return units.length ? units.map((u) => u.name).join('、') : '县级管理员';
}

/** Refuses a caller who neither belongs to an owning department nor administers the county. */
export async function assertModuleControl(db: Tx, actor: Actor, plugin: LoadedPlugin, unitPath: string): Promise<Exclude<ModuleStanding, null>> {
  const found = standing(actor, await departmentOf(db, actor), plugin, unitPath);
  if (found) return found;
  const owners = await ownerNames(db, actor.countyId, plugin);
  throw new DomainError('FORBIDDEN', 'errors.access.notOwner', `「${plugin.manifest.name.zh}」由${owners}主管，只有其管理员和县级管理员可以启用、停用、配置或授权`, { owners });
}
