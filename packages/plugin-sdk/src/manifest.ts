// The plugin manifest: who a plugin is, what it may do (permissions), what a unit may configure
// (settings). Shared by server and web; validated at build time by the registry generator, so a
// mistake fails the build naming the plugin's path.
import { z } from 'zod';
import { reservedIdProblem } from './reserved-ids.ts';

export const builtInRoleKeys = ['county-admin', 'supervision-office', 'department-admin', 'module-admin', 'township-official', 'village-official', 'inspector', 'assessor'] as const;
export type BuiltInRoleKey = (typeof builtInRoleKeys)[number];
/** Built-in roles every department holds alike: plugins grant them nothing (see `owners`). */
export const departmentRoleKeys = ['department-admin', 'module-admin'] as const;

const text = (what: string) => z.string({ error: `${what} must be a string` }).trim().min(1, `${what} must not be empty`).max(60, `${what} must be at most 60 characters`);
const bilingual = (what: string) => z.object({ zh: text(`${what}.zh`), en: text(`${what}.en`) }, { error: `${what} must be { zh, en }` });

export const pluginIdSchema = z
  .string({ error: 'id must be a string' })
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'id must be kebab-case, e.g. "flood-control"')
  .max(40);

const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

export function manifestSchema() {
  return z
    .object({
      id: pluginIdSchema,
      name: bilingual('name'),
      description: bilingual('description').optional(),
      version: z.string().regex(semver, 'version must be semver, e.g. "0.1.0"'),
      /** The core versions this plugin works with, as a caret or exact range: "^0.1.0". */
      core: z.string().regex(/^[\^~]?\d+\.\d+\.\d+$/, 'core must be a version range such as "^0.1.0"'),
      permissions: z
        .array(
          z.object({
            key: z.string(),
            access: z.enum(['read', 'write'], { error: 'access must be "read" or "write"' }),
            zh: text('permission zh'),
            en: text('permission en'),
          }),
        )
        .default([]),
      /** Department kinds (the department unit's code, e.g. "water-resources" for 水利局) that own the module. */
      owners: z
        .array(z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'owners must be department kinds in kebab-case, e.g. "water-resources"'))
        .min(1, 'owners must name at least one department kind')
        .refine((o) => new Set(o).size === o.length, 'owners must not repeat a department kind')
        .optional(),
      roleGrants: z.record(z.string(), z.array(z.string())).default({}),
      settings: z.custom<z.ZodObject>((v) => v instanceof z.ZodObject, 'settings must be a zod object schema (z.object({...}))'),
    })
    .superRefine((m, ctx) => {
      const reserved = reservedIdProblem(m.id);
      if (reserved) ctx.addIssue({ code: 'custom', path: ['id'], message: reserved });
      const seen = new Set<string>();
      for (const [i, p] of m.permissions.entries()) {
        if (seen.has(p.key)) ctx.addIssue({ code: 'custom', path: ['permissions', i, 'key'], message: `permission "${p.key}" is declared twice` });
        seen.add(p.key);
        if (!new RegExp(`^${m.id}\\.[a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*$`).test(p.key)) {
          ctx.addIssue({ code: 'custom', path: ['permissions', i, 'key'], message: `permission "${p.key}" must be named "${m.id}.<resource>.<action>"` });
        }
      }
      const declared = new Set(m.permissions.map((p) => p.key));
      for (const [role, keys] of Object.entries(m.roleGrants)) {
        if (!(builtInRoleKeys as readonly string[]).includes(role)) {
          ctx.addIssue({ code: 'custom', path: ['roleGrants', role], message: `roleGrants keys must be built-in roles (${builtInRoleKeys.join(', ')}), not "${role}"` });
        } else if ((departmentRoleKeys as readonly string[]).includes(role)) {
          // Shared by every department: a grant here would reach other departments' staff.
          ctx.addIssue({ code: 'custom', path: ['roleGrants', role], message: `roleGrants.${role} is shared by every department; the owning departments get the module through its module role (owners)` });
        }
        for (const k of keys ?? []) {
          if (!declared.has(k)) ctx.addIssue({ code: 'custom', path: ['roleGrants', role], message: `roleGrants.${role} names undeclared permission "${k}"` });
        }
      }
      const defaults = m.settings.safeParse({});
      if (!defaults.success) {
        ctx.addIssue({ code: 'custom', path: ['settings'], message: 'settings must parse {} (give every field a default or make it optional), so a unit can be enabled before it is configured' });
      }
    });
}

export interface PluginPermission {
  key: string;
  access: 'read' | 'write';
  zh: string;
  en: string;
}

export interface PluginManifest<Id extends string = string, Settings extends z.ZodObject = z.ZodObject, Permissions extends readonly PluginPermission[] = readonly PluginPermission[]> {
  id: Id;
  name: { zh: string; en: string };
  description?: { zh: string; en: string };
  version: string;
  core: string;
  permissions: Permissions;
  /**
   * The department kinds that own the module (a department unit's code: "water-resources" 水利局,
   * "market-regulation" 市场监督管理局). Their administrators enable, configure and grant it for
   * the units they cover, and their staff work in it through its module role; without owners only
   * county administrators manage it.
   */
  owners?: readonly string[];
  roleGrants?: Partial<Record<Exclude<BuiltInRoleKey, (typeof departmentRoleKeys)[number]>, readonly string[]>>;
  /** Per-unit settings; every field needs a default or must be optional. */
  settings: Settings;
}

/**
 * Declares a plugin. Returns the manifest unchanged, typed with its id and its permission keys as
 * literals (see PermissionKey); validation runs at build and load.
 */
export function definePlugin<const Id extends string, Settings extends z.ZodObject, const Permissions extends readonly PluginPermission[]>(
  manifest: PluginManifest<Id, Settings, Permissions>,
): PluginManifest<Id, Settings, Permissions> {
  return manifest;
}

/** The permission keys a manifest declares, as a union of literals: `'food-safety.incident.read' | …`. */
export type PermissionKey<M extends { permissions: readonly PluginPermission[] }> = M['permissions'][number]['key'];

export class ManifestError extends Error {
  constructor(where: string, issues: string[]) {
    super(`invalid plugin manifest in ${where}:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

/** Validates a manifest; throws ManifestError naming `where` (the plugin's path) and every problem. */
export function validateManifest(manifest: unknown, where: string): PluginManifest {
  const result = manifestSchema().safeParse(manifest);
  if (!result.success) {
    throw new ManifestError(where, result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)));
  }
  return manifest as PluginManifest;
}

/** Settings every plugin's schema may extend (STYLE.md §10): a contact for the unit's module. */
export const baseSettings = z.object({
  contactPerson: z.string().trim().max(30).optional().describe('联系人 / Contact person'),
  contactPhone: z.string().trim().max(20).optional().describe('联系电话 / Contact phone'),
});
