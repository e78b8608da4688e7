// The leak check: an authorised read's output must not mention a record the world seeded at a unit
// outside the caller's scope for that permission, nor any unit or record of the other county.
// It scans the whole output for the seeded ids, so plugin rows of any shape are covered.
import type { MatrixWorld, Principal } from './world.ts';

/**
 * Things named across units by design, for which only other-county ids count: org units (a task
 * names its supervising county), roles and districts (county-wide), and checklist templates and
 * survey forms, the county's reference material every inspector fills in (0007-inspections.md).
 */
const countyWide = new Set(['orgUnit', 'role', 'district', 'inspectionTemplate', 'inspectionTemplateVersion', 'surveyForm', 'surveyFormVersion']);

const indexes = new WeakMap<MatrixWorld, Map<string, { entity: string; unitId: string; countyId: string }>>();

function index(world: MatrixWorld) {
  let ids = indexes.get(world);
  if (!ids) {
    ids = new Map();
    for (const [entity, atUnit] of world.records) for (const r of atUnit.values()) ids.set(r.id, { entity, unitId: r.unit.id, countyId: r.unit.countyId });
    for (const u of world.units.values()) if (!ids.has(u.id)) ids.set(u.id, { entity: 'orgUnit', unitId: u.id, countyId: u.countyId });
    indexes.set(world, ids);
  }
  return ids;
}

function* strings(value: unknown, depth = 0): Generator<string> {
  if (depth > 12 || value == null) return;
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v, depth + 1);
  else if (typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) for (const v of Object.values(value)) yield* strings(v, depth + 1);
}

export function leakedRecords(world: MatrixWorld, principal: Principal, permission: string, output: unknown): string[] {
  const ids = index(world);
  const countyId = principal.home!.countyId;
  const roots = principal.grants.filter((g) => permission === 'authenticated' || g.permissions.includes(permission)).flatMap((g) => [g.view, g.capture]);
  const leaked = new Set<string>();
  for (const s of strings(output)) {
    const hit = ids.get(s);
    if (!hit) continue;
    if (hit.countyId !== countyId) leaked.add(`${hit.entity} ${s} of another county`);
    else if (!countyWide.has(hit.entity) && !roots.some((root) => world.isWithin(world.units.get(hit.unitId)!, root))) leaked.add(`${hit.entity} ${s} at unit ${hit.unitId}`);
  }
  return [...leaked];
}
