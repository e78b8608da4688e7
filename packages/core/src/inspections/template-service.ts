import { createHash } from 'node:crypto';
import { newId, type Prisma } from '@duban/db';
import { canonicalJson } from '../audit/canonical-json.ts';
import { badRequest, conflict, notFound } from '../errors/index.ts';
import { checklistTemplateSchema, parseChecklistTemplate, type ChecklistTemplate, type NormalizedTemplate } from './checklist-template.ts';

type Tx = Prisma.TransactionClient;

/**
 * The form a version is stored in: validated, defaults filled, always in sections (a flat plugin
 * template becomes one section). It parses again unchanged, so the editor can load and save it.
 */
export function storedDefinition(input: ChecklistTemplate) {
  const t = checklistTemplateSchema.parse(input);
  const { items, sections, ...rest } = t;
  return { ...rest, sections: [...(items?.length ? [{ key: 'main', items }] : []), ...(sections ?? [])] };
}
export type StoredDefinition = ReturnType<typeof storedDefinition>;

const digestOf = (definition: StoredDefinition) => createHash('sha256').update(canonicalJson(definition)).digest('hex');

/** The template a stored version describes, ready for evaluation. */
export const versionTemplate = (definition: Prisma.JsonValue): NormalizedTemplate => parseChecklistTemplate(definition);

export async function createTemplate(db: Tx, countyId: string, ownerUnitId: string, input: ChecklistTemplate, actorUserId: string | null) {
  const definition = storedDefinition(input);
  const taken = await db.inspectionTemplate.findUnique({ where: { countyId_key: { countyId, key: definition.key } } });
  if (taken) throw conflict('inspections.errors.templateKeyTaken', `编码「${definition.key}」已被检查表「${taken.name}」使用`, { key: definition.key, name: taken.name });
  const id = newId();
  return db.inspectionTemplate.create({
    data: {
      countyId, id, key: definition.key, name: definition.name.zh, ownerUnitId,
      versions: { create: { id: newId(), version: 1, definition, digest: digestOf(definition), createdById: actorUserId } },
    },
    include: { versions: true },
  });
}

/** Saving a changed template makes a new version; records keep the version they were filled with. */
export async function updateTemplate(db: Tx, countyId: string, templateId: string, input: ChecklistTemplate, actorUserId: string | null) {
  const template = await db.inspectionTemplate.findUnique({ where: { countyId_id: { countyId, id: templateId } }, include: { versions: { orderBy: { version: 'desc' }, take: 1 } } });
  if (!template) throw notFound('检查表模板', templateId);
  if (template.pluginId) throw badRequest('inspections.errors.pluginTemplateReadOnly', '业务模块提供的检查表由模块维护,不能在此修改');
  if (template.archivedAt) throw badRequest('inspections.errors.templateArchived', `检查表「${template.name}」已停用`, { name: template.name });
  const definition = storedDefinition(input);
  if (definition.key !== template.key) throw badRequest('inspections.errors.templateKeyFixed', '检查表编码不能修改');
  const digest = digestOf(definition);
  if (template.versions[0]?.digest === digest) throw badRequest('inspections.errors.templateUnchanged', '内容没有变化,无需保存新版本');
  const version = template.currentVersion + 1;
  await db.inspectionTemplateVersion.create({ data: { countyId, id: newId(), templateId, version, definition, digest, createdById: actorUserId } });
  return db.inspectionTemplate.update({ where: { countyId_id: { countyId, id: templateId } }, data: { name: definition.name.zh, currentVersion: version } });
}

export async function archiveTemplate(db: Tx, countyId: string, templateId: string, now: Date) {
  const template = await db.inspectionTemplate.findUnique({ where: { countyId_id: { countyId, id: templateId } } });
  if (!template) throw notFound('检查表模板', templateId);
  return db.inspectionTemplate.update({ where: { countyId_id: { countyId, id: templateId } }, data: { archivedAt: now } });
}

/**
 * A plugin's template as a county template: created the first time it is used, and given a new
 * version whenever the plugin ships a changed definition — so a record always names the exact
 * version its inspector saw, even after the plugin is upgraded.
 */
export async function ensurePluginTemplate(db: Tx, countyId: string, pluginId: string, input: ChecklistTemplate, ownerUnitId: string) {
  const definition = storedDefinition(input);
  const digest = digestOf(definition);
  const existing = await db.inspectionTemplate.findUnique({
    where: { countyId_key: { countyId, key: definition.key } },
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
  });
  if (existing && existing.pluginId !== pluginId) {
    throw conflict('inspections.errors.templateKeyTaken', `编码「${definition.key}」已被检查表「${existing.name}」使用`, { key: definition.key, name: existing.name });
  }
  if (!existing) {
    return db.inspectionTemplate.create({
      data: {
        countyId, id: newId(), key: definition.key, pluginId, name: definition.name.zh, ownerUnitId,
        versions: { create: { id: newId(), version: 1, definition, digest } },
      },
    });
  }
  if (existing.versions[0]?.digest === digest) return existing;
  const version = existing.currentVersion + 1;
  await db.inspectionTemplateVersion.create({ data: { countyId, id: newId(), templateId: existing.id, version, definition, digest } });
  return db.inspectionTemplate.update({ where: { countyId_id: { countyId, id: existing.id } }, data: { name: definition.name.zh, currentVersion: version } });
}

export async function currentVersion(db: Tx, countyId: string, templateId: string) {
  const t = await db.inspectionTemplate.findUnique({ where: { countyId_id: { countyId, id: templateId } } });
  if (!t) throw notFound('检查表模板', templateId);
  return db.inspectionTemplateVersion.findUniqueOrThrow({ where: { countyId_templateId_version: { countyId, templateId, version: t.currentVersion } } });
}
