// The server side of a plugin: its tRPC router (built from the core's `procedure`, mounted under
// the plugin's id) and its contributions to core features.
import type { TRPCRouterRecord } from '@trpc/server';
import type { ProcedureMeta, ScopeResolver } from '@duban/api';
import type { Prisma } from '@duban/db';
import type { PermissionKey, PluginManifest } from './manifest.ts';
import type { ChecklistTemplate, DemoSeed, MetricSource, ScheduledJob, TaskChannel, TaskType, VetoCondition } from './contributions.ts';
import type { EventSubscriber } from './server-events.ts';

// From the procedures module, not the API's index: the index mounts the plugins themselves.
export { procedure, type AuditInput } from '@duban/api/procedures';
export { TRPCError, type TRPCRouterRecord } from '@trpc/server';
export * from './contributions.ts';
export * from './server-settings.ts';
export * from './server-tasks.ts';
export * from './server-events.ts';
export { pluginError } from './server-errors.ts';
export * from './server-registers.ts';
export * from './server-core.ts';
export { checkPluginServers, serverPartProblems, PluginContractError } from './server-checks.ts';
export type { ScopeResolver } from '@duban/api';
import type { ProcedureExamples } from '@duban/api/examples';
export { defineExamples, type ExampleWorld, type ProcedureExample, type ProcedureExamples } from '@duban/api/examples';
// 考核 plan templates: the contract and the config they carry (core: assessments/template.ts).
export type {
  AssessmentTemplate, AssessmentPlanConfig, ComponentConfig, CategoryConfig, IndicatorConfig, GradeBand, VetoRuleConfig,
  LinearMapping, ThresholdMapping, MissingScoreRule,
} from '@duban/core';
export { defaultGradeBands } from '@duban/core';

export interface PluginServerParts<R extends TRPCRouterRecord = TRPCRouterRecord> {
  router: R;
  /** How the plugin's records map to org units, for `scope: { entity, field }` in its procedures' meta. */
  scopeResolvers?: Record<string, ScopeResolver>;
  /**
   * For each entity in scopeResolvers: makes one record of it at a unit. The access matrix test
   * (generated from the router) uses it to call your procedures as every role at every unit.
   */
  sampleRecords?: Record<string, (db: Prisma.TransactionClient, unit: { countyId: string; id: string }) => Promise<string>>;
  /**
   * A valid example input for every procedure, keyed by its path (`<id>.<router>.<procedure>`),
   * built from the seeded world's ids (src/server/examples.ts). The access matrix calls each
   * procedure with it as every role at every kind of unit; `runAccessMatrix` fails without one.
   */
  examples?: ProcedureExamples;
  metrics?: MetricSource[];
  checklists?: ChecklistTemplate[];
  /** Kinds of supervision item the plugin hands over (registered into core's task kinds). */
  taskTypes?: TaskType[];
  /** Complaint channels the plugin adds (registered into core's task channels). */
  taskChannels?: TaskChannel[];
  /** Subscribers to core's events and other plugins'; keys lead with the plugin id. */
  subscribers?: EventSubscriber[];
  vetoes?: VetoCondition[];
  jobs?: ScheduledJob[];
  seed?: DemoSeed;
  /** 考核 plan templates (e.g. the domain's 考核办法); keys start with the plugin id (`food-safety.annual`). */
  assessmentTemplates?: import('@duban/core').AssessmentTemplate[];
}

export interface PluginServer<Id extends string = string, R extends TRPCRouterRecord = TRPCRouterRecord> extends PluginServerParts<R> {
  manifest: PluginManifest<Id>;
}

export function definePluginServer<const Id extends string, R extends TRPCRouterRecord>(
  manifest: PluginManifest<Id>,
  parts: PluginServerParts<R>,
): PluginServer<Id, R> {
  return { manifest, ...parts };
}
export type { PluginClientRouter } from './client-router.ts';

/** A plugin procedure's meta: as the core's, but the permission must be one its manifest declares. */
export type PluginProcedureMeta<P extends string> = Omit<ProcedureMeta, 'permission'> & { permission: P };

/**
 * The meta helper of a plugin: `const meta = pluginMeta(manifest)` once, then
 * `procedure.meta(meta({ permission: 'food-safety.incident.read', scope }))` — a key the manifest
 * does not declare fails to typecheck (authorisation would otherwise refuse it only at run time).
 */
export function pluginMeta<M extends PluginManifest>(_manifest: M) {
  return (meta: PluginProcedureMeta<PermissionKey<M>>): ProcedureMeta => meta;
}
