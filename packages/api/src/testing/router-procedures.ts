import type { z } from 'zod';
import type { ProcedureMeta } from '../authz/meta.ts';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  meta: ProcedureMeta | undefined;
  input: z.ZodType | undefined;
}

/** Every procedure of a router, flattened (tRPC keeps them in `_def.procedures` by dotted path). */
export function listProcedures(router: unknown): ProcedureInfo[] {
  const procedures = (router as { _def: { procedures: Record<string, { _def: { type: ProcedureInfo['type']; meta?: ProcedureMeta; inputs: z.ZodType[] } }> } })._def.procedures;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type, meta: p._def.meta, input: p._def.inputs[0] }));
}
