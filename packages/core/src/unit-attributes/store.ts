// Unit attribute values: read for a unit and its children in a year, written per unit (a value of
// null removes it), and rolled up for the metric family.
import type { Prisma } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { attributeValueProblem, unitAttributeKind } from './kinds.ts';

type Tx = Prisma.TransactionClient;

/** The unit's and its live children's values in the year, by unit and kind. */
export async function unitAttributes(db: Tx, countyId: string, unitId: string, year: number) {
  const children = await db.orgUnit.findMany({
    where: { countyId, parentId: unitId, archivedAt: null, level: { not: 'department' } },
    select: { id: true, name: true, level: true, code: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
  const rows = await db.unitAttributeValue.findMany({ where: { countyId, year, orgUnitId: { in: [unitId, ...children.map((c) => c.id)] } }, select: { orgUnitId: true, kind: true, value: true, updatedAt: true, updatedByName: true } });
  const valuesOf = (id: string) => Object.fromEntries(rows.filter((r) => r.orgUnitId === id).map((r) => [r.kind, r.value])) as Record<string, number>;
  return { year, unit: { id: unitId, values: valuesOf(unitId) }, children: children.map((c) => ({ ...c, values: valuesOf(c.id) })) };
}

/** Sets (or, with null, clears) values of one unit for a year; refuses an unknown kind or a value out of range. */
export async function setUnitAttributes(db: Tx, args: { countyId: string; orgUnitId: string; year: number; values: { kind: string; value: number | null }[]; byName: string | null }) {
  for (const v of args.values) {
    const kind = unitAttributeKind(v.kind);
    if (!kind) throw new DomainError('BAD_REQUEST', 'errors.unitAttribute.unknownKind', `没有这个属性:${v.kind}`, { kind: v.kind });
    if (v.value === null || !attributeValueProblem(kind, v.value)) continue;
    if (kind.type === 'int' && !Number.isInteger(v.value)) throw new DomainError('BAD_REQUEST', 'errors.unitAttribute.notInteger', `${kind.name.zh}须为整数`);
    throw new DomainError('BAD_REQUEST', 'errors.unitAttribute.outOfRange', `${kind.name.zh}须在 ${kind.min} 到 ${kind.max} 之间`, { min: kind.min, max: kind.max });
  }
  const where = (kind: string) => ({ countyId_orgUnitId_kind_year: { countyId: args.countyId, orgUnitId: args.orgUnitId, kind, year: args.year } });
  for (const v of args.values) {
    if (v.value === null) await db.unitAttributeValue.deleteMany({ where: { countyId: args.countyId, orgUnitId: args.orgUnitId, kind: v.kind, year: args.year } });
    else await db.unitAttributeValue.upsert({ where: where(v.kind), create: { countyId: args.countyId, orgUnitId: args.orgUnitId, kind: v.kind, year: args.year, value: v.value, updatedByName: args.byName }, update: { value: v.value, updatedByName: args.byName } });
  }
}

/**
 * A kind's value for each requested unit in a year: the unit's own value when it has one, else the
 * sum over its children (by the same rule, down the tree) — so a township without its own
 * household count has its villages' total, and a figure entered at both levels is not counted twice.
 */
export async function rolledUpAttribute(db: Tx, countyId: string, kind: string, year: number, unitIds: string[]): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const requested = await db.orgUnit.findMany({ where: { countyId, id: { in: unitIds } }, select: { id: true, path: true } });
  const rows = await db.unitAttributeValue.findMany({ where: { countyId, kind, year }, select: { orgUnitId: true, value: true, orgUnit: { select: { path: true, parentId: true } } } });
  const own = new Map(rows.map((r) => [r.orgUnitId, r.value]));
  // Only units on the way from a valued unit up to a requested one matter: walk the valued units' paths.
  const childrenOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const ids = r.orgUnit.path.split('/').filter(Boolean);
    for (let i = 1; i < ids.length; i++) {
      const set = childrenOf.get(ids[i - 1]!) ?? new Set<string>();
      set.add(ids[i]!);
      childrenOf.set(ids[i - 1]!, set);
    }
  }
  const memo = new Map<string, number | null>();
  const valueOf = (id: string): number | null => {
    if (memo.has(id)) return memo.get(id)!;
    let v: number | null = own.get(id) ?? null;
    if (v === null) {
      const parts = [...(childrenOf.get(id) ?? [])].map(valueOf).filter((x): x is number => x !== null);
      v = parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    }
    memo.set(id, v);
    return v;
  };
  const out = new Map<string, number>();
  for (const u of requested) {
    const v = valueOf(u.id);
    if (v !== null) out.set(u.id, v);
  }
  return out;
}
