import { z } from 'zod';
import { boundedNumber } from '@duban/core/validation/bounded';
import { unitAttributeKeys } from '@duban/core/unit-attributes/kinds';
import { id } from './common.ts';

const year = boundedNumber(2000, 2100, { int: true });

export const unitAttributesInput = z.object({ unitId: id, year });

/** Values of one unit for a year; null clears one. Ranges per kind are checked by core (kinds.ts). */
export const setUnitAttributesInput = z.object({
  unitId: id,
  year,
  values: z.array(z.object({ kind: z.enum(unitAttributeKeys), value: boundedNumber(0, 100_000_000).nullable() })).min(1).max(unitAttributeKeys.length),
});
