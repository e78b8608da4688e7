import { badRequest, type VisitSubject } from '@duban/core';
import type { Prisma } from '@duban/db';
import { scopeResolver } from '../../authz/scope-resolvers.ts';

/**
 * C7: a visit about a register row (this reservoir). The row is found through its plugin's scope
 * resolver, on the server: it must exist in the caller's county and lie at the inspected unit or
 * below it, so the visit's confidentiality and the unit's scope cover it. A missing row and a
 * row elsewhere get the same answer (its existence is not confirmed).
 */
export async function resolveVisitSubject(
  db: Prisma.TransactionClient,
  countyId: string,
  unit: { path: string; name: string },
  subject: { entity: string; id: string } | null | undefined,
): Promise<VisitSubject | null> {
  if (!subject) return null;
  const resolver = scopeResolver(subject.entity);
  const found = resolver ? await resolver(db, subject.id) : null;
  if (!found || found.countyId !== countyId || !found.path.startsWith(unit.path)) {
    throw badRequest('inspections.errors.subjectOutside', `检查对象不在「${unit.name}」的台账中`, { unit: unit.name });
  }
  return { entity: subject.entity, id: subject.id, label: found.label ?? null };
}
