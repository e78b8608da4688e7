// The build-time checks of a plugin's server part: every name it adds to a core registry carries
// its id, so no plugin can replace a core entry (a scope resolver named `task` would take over
// core's authorisation lookup) or another plugin's. Pure: imported by the generated registry
// (packages/api/src/generated/plugins.ts), which fails the server start and every api test.
import { checkSchedule } from '@duban/api/jobs';
import { reservedIdProblem } from './reserved-ids.ts';

interface Keyed { key: string }
/** The parts of a plugin server these checks read (structural, so the checks need no api import). */
export interface CheckedPluginServer {
  manifest: { id: string };
  scopeResolvers?: Record<string, unknown>;
  sampleRecords?: Record<string, unknown>;
  metrics?: readonly Keyed[];
  vetoes?: readonly Keyed[];
  checklists?: readonly Keyed[];
  taskTypes?: readonly Keyed[];
  taskChannels?: readonly Keyed[];
  subscribers?: readonly Keyed[];
  jobs?: readonly (Keyed & { schedule?: string })[];
  assessmentTemplates?: readonly Keyed[];
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const contributionKinds = ['metrics', 'vetoes', 'checklists', 'taskTypes', 'taskChannels', 'subscribers', 'jobs', 'assessmentTemplates'] as const;

/** What is wrong with one plugin's server part (empty when nothing). */
export function serverPartProblems(server: CheckedPluginServer): string[] {
  const { id } = server.manifest;
  const problems: string[] = [];
  const reserved = reservedIdProblem(id);
  if (reserved) problems.push(reserved);
  // Scope entities are camelCase (they name models): `foodSafetyIncident` for plugin food-safety.
  const entityPrefix = new RegExp(`^${camel(id)}[A-Z]`);
  for (const entity of Object.keys(server.scopeResolvers ?? {})) {
    if (!entityPrefix.test(entity)) problems.push(`scopeResolvers.${entity}: scope entities must start with "${camel(id)}" (e.g. "${camel(id)}Record"), so no plugin replaces a core entity's or another plugin's`);
  }
  for (const entity of Object.keys(server.sampleRecords ?? {})) {
    if (!(entity in (server.scopeResolvers ?? {}))) problems.push(`sampleRecords.${entity}: no scope resolver of that name`);
  }
  for (const kind of contributionKinds) {
    const seen = new Set<string>();
    for (const { key } of server[kind] ?? []) {
      if (!key.startsWith(`${id}.`)) problems.push(`${kind}: key "${key}" must start with "${id}." (e.g. "${id}.${key}")`);
      if (seen.has(key)) problems.push(`${kind}: key "${key}" is declared twice`);
      seen.add(key);
    }
  }
  // A calendar schedule croner cannot read would never fire: the build refuses it.
  for (const job of server.jobs ?? []) {
    if (job.schedule === undefined) continue;
    try {
      checkSchedule(job.schedule);
    } catch (error) {
      problems.push(`jobs: "${job.key}": ${(error as Error).message}`);
    }
  }
  return problems;
}

export class PluginContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginContractError';
  }
}

/**
 * Checks the installed plugins' server parts together; throws naming
 * each offending plugin's path. Two plugins cannot share an id (it is their folder name) but the
 * registry is also built in tests from hand-made lists, so duplicates are checked too.
 */
export function checkPluginServers(entries: readonly { where: string; server: CheckedPluginServer }[]): void {
  const messages: string[] = [];
  const ids = new Map<string, string>();
  for (const { where, server } of entries) {
    const other = ids.get(server.manifest.id);
    if (other) messages.push(`${where}: plugin id "${server.manifest.id}" is already taken by ${other}`);
    ids.set(server.manifest.id, where);
    const problems = serverPartProblems(server);
    if (problems.length) messages.push(`${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  if (messages.length) throw new PluginContractError(`plugin contract violated:\n${messages.join('\n')}`);
}
