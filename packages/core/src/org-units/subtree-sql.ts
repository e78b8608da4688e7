import { Prisma } from '@duban/db';

// Subtrees by materialised path ("/county/township/village/"), in SQL that an index answers.
// org_unit has a (county_id, path text_pattern_ops) index (migration org_unit_path_pattern_index):
// text_pattern_ops compares byte-wise whatever the database's collation, on PostgreSQL and PGlite
// alike, and `~>=~` / `~<~` are its range operators. Paths end in "/" and ids never contain a
// character below "0", so the subtree at P is exactly the range [P, P without its last "/" + "0").

/** The exclusive upper end of the subtree at `path` in byte order: "/a/b/" → "/a/b0". */
export const subtreeEnd = (path: string) => `${path.slice(0, -1)}0`;

/** `<alias>.path` lies in the subtree rooted at `path` (the unit itself included). */
export const pathWithin = (alias: string, path: string) =>
  Prisma.sql`${Prisma.raw(alias)}.path ~>=~ ${path} AND ${Prisma.raw(alias)}.path ~<~ ${subtreeEnd(path)}`;

/**
 * Roll-ups start from the facts (tasks, records): each fact's unit `d` is found by primary key, and
 * its ancestor at the depth of a requested unit is read off its path — `split_part`, no subtree
 * join — so the cost follows the number of facts, not units × subtree size. `requested` names a
 * relation of the requested units with their `depth`; the fragment yields one row per fact and
 * requested depth at or above the fact's unit, with the ancestor's id as `unit_id`.
 */
export const ancestorsAtRequestedDepths = (alias: string, requested: string) =>
  Prisma.raw(`CROSS JOIN (SELECT DISTINCT depth FROM ${requested}) k
          CROSS JOIN LATERAL (SELECT split_part(${alias}.path, '/', k.depth + 2) AS unit_id) a`);

/** The requested units of a county with their depth (the relation ancestorsAtRequestedDepths reads). */
export const requestedUnits = (countyId: string, ids: string[]) =>
  Prisma.sql`SELECT id, depth FROM org_unit WHERE county_id = ${countyId} AND id IN (${Prisma.join(ids)})`;
