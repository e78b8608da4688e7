import { Prisma } from '@duban/plugin-sdk/db';
import type { MetricSource } from '@duban/plugin-sdk/server';

/**
 * 库塘责任人落实率: the share (%) of a unit's reservoirs (itself and below) with both an
 * administrative and a technical responsible person. One grouped query for all units.
 */
export const responsibilityRate: MetricSource = {
  key: 'flood-control.responsibility-rate',
  name: { zh: '库塘责任人落实率', en: 'Reservoirs with responsible persons' },
  unit: '%',
  async compute(db, { countyId, orgUnitIds }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; total: bigint; covered: bigint }[]>`
      SELECT u.id AS unit_id,
             count(r.id) AS total,
             count(r.id) FILTER (WHERE r.admin_responsible IS NOT NULL AND r.technical_responsible IS NOT NULL) AS covered
        FROM org_unit u
        JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
        LEFT JOIN flood_reservoir r ON r.county_id = d.county_id AND r.org_unit_id = d.id AND r.archived_at IS NULL
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
       GROUP BY u.id`;
    return new Map(rows.map((r) => [r.unit_id, Number(r.total) === 0 ? 100 : (Number(r.covered) * 100) / Number(r.total)]));
  },
};
