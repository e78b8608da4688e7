// The installed plugins. The generated registry installs the discovered ones (load-generated.ts,
// imported by the app router); authorisation asks this module about them. It must not import the
// generated registry itself: plugins import the core's `procedure`, which depends on this module.
import { eventBus, registerPermissions, taskKinds, type ChecklistTemplate, type EventSubscriber, type PermissionDefinition } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { z } from 'zod';
import { registerScopeResolver, type ScopeResolver } from '../authz/scope-resolvers.ts';
import type { Job } from '../jobs/job-types.ts';

/**
 * What the core needs of a plugin's server part. @duban/plugin-sdk's definePluginServer produces
 * it; it is restated here because the SDK builds on this package, not the other way round.
 */
export interface PluginServerShape {
  manifest: {
    id: string;
    name: { zh: string; en: string };
    description?: { zh: string; en: string };
    version: string;
    core: string;
    permissions: readonly PermissionDefinition[];
    roleGrants?: Partial<Record<string, readonly string[]>>;
    /** Department kinds (department units' codes) that own the module. */
    owners?: readonly string[];
    settings: z.ZodObject;
  };
  scopeResolvers?: Record<string, ScopeResolver>;
  sampleRecords?: Record<string, (db: Prisma.TransactionClient, unit: { countyId: string; id: string }) => Promise<string>>;
  /** A valid example input per procedure path, for the access matrix (authz/examples.ts). */
  examples?: import('../authz/examples.ts').ProcedureExamples;
  seed?: (db: Prisma.TransactionClient, args: { countyId: string; townshipIds: string[] }) => Promise<void>;
  /** Checklist templates offered to inspections of units where the plugin is enabled. */
  checklists?: readonly ChecklistTemplate[];
  /** For the scoring engine (考核): metric sources, veto conditions, plan templates. */
  metrics?: readonly import('@duban/core').MetricSource[];
  vetoes?: readonly import('@duban/core').VetoCondition[];
  assessmentTemplates?: readonly import('@duban/core').AssessmentTemplate[];
  /** Kinds of supervision item and complaint channels, registered into core's task kinds. */
  taskTypes?: readonly { key: string; name: { zh: string; en: string }; defaultDeadlineDays?: number }[];
  taskChannels?: readonly { key: string; name: { zh: string; en: string } }[];
  /** Event subscribers (core's event bus). */
  subscribers?: readonly EventSubscriber[];
  /** Interval and calendar jobs (jobs/scheduler.ts); keys lead with the plugin id. */
  jobs?: readonly Job[];
}

export interface LoadedPlugin {
  id: string;
  manifest: PluginServerShape['manifest'];
  server: PluginServerShape;
}

const plugins = new Map<string, LoadedPlugin>();

export function installPlugin(server: LoadedPlugin['server']) {
  const { manifest } = server;
  // The generated registry and the plugin test kit may both install the same plugin: once is enough.
  if (plugins.get(manifest.id)?.server === server) return;
  registerPermissions(manifest.permissions);
  for (const [entity, resolve] of Object.entries(server.scopeResolvers ?? {})) registerScopeResolver(entity, resolve);
  // Task kinds, channels and subscribers are the plugin's own: their keys lead with its id, so
  // none can replace core's or another plugin's.
  const own = (what: string, key: string) => {
    if (!key.startsWith(`${manifest.id}.`)) throw new Error(`plugin ${manifest.id}: ${what} "${key}" must start with "${manifest.id}."`);
  };
  for (const k of server.taskTypes ?? []) {
    own('task type', k.key);
    taskKinds.registerKind({ ...k, origin: manifest.id });
  }
  for (const c of server.taskChannels ?? []) {
    own('task channel', c.key);
    taskKinds.registerChannel({ ...c, origin: manifest.id });
  }
  for (const s of server.subscribers ?? []) {
    own('event subscriber', s.key);
    eventBus.subscribe(s);
  }

  plugins.set(manifest.id, { id: manifest.id, manifest, server });
}

export const installedPlugins = () => [...plugins.values()];
export const installedPlugin = (id: string) => plugins.get(id);

/** The plugin a permission belongs to (`flood-control.reservoir.read` → flood-control), if any. */
export function pluginOfPermission(permission: string): LoadedPlugin | undefined {
  const dot = permission.indexOf('.');
  return dot > 0 ? plugins.get(permission.slice(0, dot)) : undefined;
}

/**
 * Permissions a built-in role receives from plugins' manifests (roleGrants), on top of its own.
 * The county administrator holds every module's permissions, as it holds every core one; the
 * roles all departments share get nothing (their modules come through module roles).
 */
export function pluginGrantsForRole(roleKey: string | null): string[] {
  if (!roleKey) return [];
  if (roleKey === 'county-admin') return installedPlugins().flatMap((p) => p.manifest.permissions.map((d) => d.key));
  if (roleKey === 'department-admin' || roleKey === 'module-admin') return [];
  return installedPlugins().flatMap((p) => [...(p.manifest.roleGrants?.[roleKey] ?? [])]);
}
