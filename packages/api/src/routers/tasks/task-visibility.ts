import type { Prisma } from '@duban/db';

/**
 * Tasks a reader may see: those whose responsible, supervising or an assisting unit lies in one of
 * the reader's roots (a township sees its own items, an assisting unit what it assists).
 */
export function visibleTasks(countyId: string, roots: string[], role?: 'responsible' | 'assisting' | 'supervising'): Prisma.TaskWhereInput {
  // A root at the county sees every task of the county (each has a responsible and a supervising
  // unit there; as assisting, those with any assisting unit): no joins to org_unit for the
  // county-wide offices — 督查室, 县级管理员 — who open the lists most.
  if (roots.includes(`/${countyId}/`)) return role === 'assisting' ? { countyId, assisting: { some: {} } } : { countyId };
  const under = (path: string) => ({ path: { startsWith: path } });
  const by = {
    responsible: roots.map((r) => ({ responsibleUnit: under(r) })),
    supervising: roots.map((r) => ({ supervisingUnit: under(r) })),
    assisting: roots.map((r) => ({ assisting: { some: { orgUnit: under(r) } } })),
  };
  const OR = role ? by[role] : [...by.responsible, ...by.supervising, ...by.assisting];
  return { countyId, OR: OR.length ? OR : [{ id: '' }] };
}
