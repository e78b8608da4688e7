import { Prisma } from '@duban/db';
import type { VetoCondition } from './veto-condition.ts';

/**
 * 挂牌督办事项逾期未整改: a unit (counting its subtree) with an item listed for supervision that
 * is still open although its deadline passed within the period ("逾期不改的依法严肃查处"). One
 * grouped query for all units.
 */
export const listedOverdueVeto: VetoCondition = {
  key: 'core.task.listedOverdue',
  name: { zh: '挂牌督办事项逾期未整改', en: 'Listed supervision item overdue' },
  async evaluate(db, { countyId, orgUnitIds, period }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; items: string[] }[]>`
      SELECT u.id AS unit_id, array_agg(t.serial || ' ' || t.title ORDER BY t.deadline) AS items
        FROM org_unit u
        JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
        JOIN task t ON t.county_id = d.county_id AND t.responsible_unit_id = d.id
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
         AND t.escalation = 'listed' AND t.status NOT IN ('closed', 'notified')
         AND t.deadline < ${period.end} AND t.created_at < ${period.end}
       GROUP BY u.id`;
    return new Map(
      rows.map((r) => [r.unit_id, { vetoed: true, reason: `${r.items.slice(0, 3).join(';')}${r.items.length > 3 ? ` 等 ${r.items.length} 项` : ''}(挂牌督办,逾期未整改)` }]),
    );
  },
};
