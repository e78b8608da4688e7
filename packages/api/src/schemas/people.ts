import { z } from 'zod';
import { text } from '@duban/core/validation/bounded';
import { id, name, optionalText, pageInput, phone } from './common.ts';

export const personFields = z.object({ name: text(30, { min: 1 }), phone, position: optionalText(40) });
export const createPersonInput = personFields.extend({ orgUnitId: id });
export const updatePersonInput = personFields.partial().extend({ personId: id, orgUnitId: id.optional() });
export const archivePersonInput = z.object({ personId: id });
export const listPeopleInput = pageInput.extend({
  orgUnitId: id,
  includeDescendants: z.boolean().default(true),
  search: text(30).optional(),
  includeArchived: z.boolean().optional(),
});
export { name };
