import { TRPCError } from '@trpc/server';
import { ensurePluginTemplate, storedDefinition, type ChecklistTemplate } from '@duban/core';
import type { Prisma } from '@duban/db';
import { effectiveEnablement } from '../../plugins/enablement.ts';
import { installedPlugins } from '../../plugins/installed.ts';

type Tx = Prisma.TransactionClient;

export const PLUGIN_REF = 'plugin:';
export const pluginRef = (pluginId: string, key: string) => `${PLUGIN_REF}${pluginId}:${key}`;

/** Every checklist template the installed plugins contribute. */
export function contributedTemplates(): { pluginId: string; pluginName: { zh: string; en: string }; template: ChecklistTemplate }[] {
  return installedPlugins().flatMap((p) => (p.server.checklists ?? []).map((template) => ({ pluginId: p.id, pluginName: p.manifest.name, template })));
}

/** The plugin templates on offer for a unit: only those of plugins enabled for it. */
export async function templatesEnabledFor(db: Tx, countyId: string, unitPath: string) {
  const out: (ReturnType<typeof contributedTemplates>[number] & { ref: string; definition: ReturnType<typeof storedDefinition> })[] = [];
  const enabled = new Map<string, boolean>();
  for (const c of contributedTemplates()) {
    if (!enabled.has(c.pluginId)) enabled.set(c.pluginId, (await effectiveEnablement(db, countyId, c.pluginId, unitPath)).enabled);
    if (enabled.get(c.pluginId)) out.push({ ...c, ref: pluginRef(c.pluginId, c.template.key), definition: storedDefinition(c.template) });
  }
  return out;
}

/**
 * Turns the templates chosen for a visit into county template ids. A plugin template is accepted
 * only when its plugin is enabled for the inspected unit, and is copied into the county (as a new
 * version if the plugin changed it) so records can name the version they were filled with.
 */
export async function resolveTemplateRefs(db: Tx, countyId: string, refs: string[], unit: { path: string }, ownerUnitId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    if (!ref.startsWith(PLUGIN_REF)) {
      // A plugin template already copied into the county is still bound to its plugin's enablement.
      const row = await db.inspectionTemplate.findFirst({ where: { countyId, id: ref }, select: { pluginId: true } });
      if (row?.pluginId && !(await effectiveEnablement(db, countyId, row.pluginId, unit.path)).enabled) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '该业务模块未对被督查单位启用,不能使用其检查表' });
      }
      ids.push(ref);
      continue;
    }
    const offered = (await templatesEnabledFor(db, countyId, unit.path)).find((t) => t.ref === ref);
    if (!offered) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: '该业务模块未对被督查单位启用,不能使用其检查表' });
    }
    ids.push((await ensurePluginTemplate(db, countyId, offered.pluginId, offered.template, ownerUnitId)).id);
  }
  return ids;
}
