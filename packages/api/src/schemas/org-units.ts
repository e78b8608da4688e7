import { z } from 'zod';
import { id, name, optionalText } from './common.ts';

// The tree's shape (which level sits under which), for the web app's pickers: the core's rule.
export { childLevels, canParent } from '@duban/core/org-units/rules';

export const orgUnitCode = z
  .string()
  .trim()
  .max(32, { message: '编码最多 32 位' })
  .regex(/^[0-9A-Za-z_-]{1,32}$/, { message: '编码只能包含字母、数字、下划线和连字符,最多 32 位' })
  .nullish()
  .or(z.literal('').transform(() => null));

export const subtreeInput = z.object({ rootId: id, maxDepth: z.number().int().min(0).max(10).optional(), includeArchived: z.boolean().optional() });
export const getOrgUnitInput = z.object({ id });
export const createOrgUnitInput = z.object({
  parentId: id,
  name,
  level: z.enum(['township', 'village', 'group', 'department']),
  code: orgUnitCode,
  districtId: id.nullish(),
});
export const renameOrgUnitInput = z.object({ id, name, code: orgUnitCode.optional(), districtId: id.nullish() });
export const moveOrgUnitInput = z.object({ id, newParentId: id });
export const archiveOrgUnitInput = z.object({ id });
/** The .xlsx is sent base64-encoded; 10 MB of workbook covers a county many times over. */
export const importOrgTreeInput = z.object({
  rootId: id,
  fileBase64: z.string().min(1).max(14_000_000, { message: '文件过大(上限 10 MB)' }),
  dryRun: z.boolean().default(false),
});
export const exportOrgTreeInput = z.object({ rootId: id });
export const districtInput = z.object({ name, sortOrder: z.number().int().min(0).max(999).optional() });
export const updateDistrictInput = districtInput.extend({ districtId: id });
export const noteInput = optionalText(500);
