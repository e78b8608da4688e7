import type { TRPCRouterRecord } from '@trpc/server';
import { archiveTemplate, badRequest, createTemplate, getOrgUnit, storedDefinition, updateTemplate } from '@duban/core';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { availableTemplatesInput, createTemplateInput, templateIdInput, updateTemplateInput } from '../../schemas/index.ts';
import { nowOf } from './guard.ts';
import { contributedTemplates, templatesEnabledFor } from './plugin-templates.ts';

/** 检查表模板: made by administrators (versioned) or contributed by the enabled plugins. */
export const templatesRouter = {
  listTemplates: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => {
      const county = await ctx.db.inspectionTemplate.findMany({
        where: { countyId: ctx.actor!.countyId, ...(input.includeArchived ? {} : { archivedAt: null }) },
        include: { ownerUnit: { select: { id: true, name: true } }, _count: { select: { versions: true } } },
        orderBy: [{ pluginId: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
      });
      const plugins = contributedTemplates().map((c) => ({ pluginId: c.pluginId, pluginName: c.pluginName, key: c.template.key, name: c.template.name, definition: storedDefinition(c.template) }));
      return { county, plugins };
    }),

  /** A template with one version's definition (the current one unless `version` is given). */
  getTemplate: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionTemplate', field: 'templateId' } })
    .input(templateIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const template = await ctx.db.inspectionTemplate.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.templateId } },
        include: { versions: { orderBy: { version: 'desc' }, select: { id: true, version: true, createdAt: true } }, ownerUnit: { select: { id: true, name: true } } },
      });
      const wanted = input.version ?? template.currentVersion;
      const version = await ctx.db.inspectionTemplateVersion.findUnique({ where: { countyId_templateId_version: { countyId, templateId: template.id, version: wanted } } });
      if (!version) throw badRequest('inspections.errors.noSuchVersion', `该检查表没有第 ${wanted} 版`, { version: wanted });
      return { ...template, version: version.version, versionId: version.id, definition: version.definition };
    }),

  /** What a visit to this unit may use: the county's templates and those of plugins enabled here. */
  availableTemplates: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(availableTemplatesInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const unit = await getOrgUnit(ctx.db, countyId, input.orgUnitId);
      const county = await ctx.db.inspectionTemplate.findMany({ where: { countyId, archivedAt: null, pluginId: null }, orderBy: { name: 'asc' } });
      const plugins = await templatesEnabledFor(ctx.db, countyId, unit.path);
      return [
        ...county.map((t) => ({ ref: t.id, name: t.name, pluginId: null as string | null, version: t.currentVersion })),
        ...plugins.map((p) => ({ ref: p.ref, name: p.template.name.zh, pluginId: p.pluginId, version: null as number | null })),
      ];
    }),

  createTemplate: procedure
    .meta({ permission: 'core.inspection.templates', scope: { entity: 'orgUnit', field: 'ownerUnitId' } })
    .input(createTemplateInput)
    .mutation(async ({ ctx, input }) => {
      const template = await createTemplate(ctx.db, ctx.authz.target!.countyId, input.ownerUnitId, input.definition, ctx.actor!.userId);
      await ctx.audit({ entityType: 'inspectionTemplate', entityId: template.id, orgUnitId: input.ownerUnitId, after: template });
      return template;
    }),

  /** Saves a new version; records filled with earlier versions keep theirs. */
  updateTemplate: procedure
    .meta({ permission: 'core.inspection.templates', scope: { entity: 'inspectionTemplate', field: 'templateId' } })
    .input(updateTemplateInput)
    .mutation(async ({ ctx, input }) => {
      const template = await updateTemplate(ctx.db, ctx.authz.target!.countyId, input.templateId, input.definition, ctx.actor!.userId);
      await ctx.audit({ entityType: 'inspectionTemplate', entityId: template.id, orgUnitId: template.ownerUnitId, after: { version: template.currentVersion, definition: input.definition } });
      return template;
    }),

  archiveTemplate: procedure
    .meta({ permission: 'core.inspection.templates', scope: { entity: 'inspectionTemplate', field: 'templateId' } })
    .input(templateIdInput.pick({ templateId: true }))
    .mutation(async ({ ctx, input }) => {
      const template = await archiveTemplate(ctx.db, ctx.authz.target!.countyId, input.templateId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionTemplate', entityId: template.id, orgUnitId: template.ownerUnitId, after: { archivedAt: template.archivedAt } });
      return template;
    }),
} satisfies TRPCRouterRecord;
