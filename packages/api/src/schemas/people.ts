import { z } from 'zod';
import { id, name, optionalText, pageInput, phone } from './common.ts';

export const personFields = z.object({ name: z.string().trim().min(1).max(30), phone, position: optionalText(40) });
export const createPersonInput = personFields.extend({ orgUnitId: id });
export const updatePersonInput = personFields.partial().extend({ personId: id, orgUnitId: id.optional() });
export const archivePersonInput = z.object({ personId: id });
export const listPeopleInput = pageInput.extend({
  orgUnitId: id,
  includeDescendants: z.boolean().default(true),
  search: z.string().trim().max(30).optional(),
  includeArchived: z.boolean().optional(),
});
export { name };
