import { syncModuleRoles, type ModuleRoleDefinition } from '@duban/core';
import type { Prisma } from '@duban/db';
import { installedPlugins } from './installed.ts';

/** Each installed module's role, as core keeps it per county (core never imports a plugin). */
export const moduleRoleDefinitions = (): ModuleRoleDefinition[] =>
  installedPlugins().map((p) => ({ pluginId: p.id, name: p.manifest.name, owners: p.manifest.owners ?? [], permissions: p.manifest.permissions.map((d) => d.key) }));

/** At start and after seeding a county: every county has the installed modules' roles (audited). */
export const syncInstalledModuleRoles = (db: Prisma.TransactionClient, procedure?: string) => syncModuleRoles(db, moduleRoleDefinitions(), procedure);
