import { ancestorsAtRequestedDepths, requestedUnits } from '../org-units/subtree-sql.ts';
import type { VetoCondition } from './veto-condition.ts';

/**
 * 挂牌督办事项逾期未整改: a unit (counting its subtree) with an item listed for supervision that
 * is still open although its deadline passed within the period ("逾期不改的依法严肃查处"). One
 * grouped query for all units, driven from the listed tasks (see ancestorsAtRequestedDepths).
 */
export const listedOverdueVeto: VetoCondition = {
  key: 'core.task.listedOverdue',
  name: { zh: '挂牌督办事项逾期未整改', en: 'Listed supervision item overdue' },
  async evaluate(db, { countyId, orgUnitIds, period }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; items: string[] }[]>`
      WITH req AS (${requestedUnits(countyId, orgUnitIds)})
      SELECT a.unit_id, array_agg(t.serial || ' ' || t.title ORDER BY t.deadline) AS items
        FROM task t
        JOIN org_unit d ON d.county_id = t.county_id AND d.id = t.responsible_unit_id
        ${ancestorsAtRequestedDepths('d', 'req')}
       WHERE t.county_id = ${countyId} AND d.depth >= k.depth AND a.unit_id IN (SELECT id FROM req)
         AND t.escalation = 'listed' AND t.status NOT IN ('closed', 'notified')
         AND t.deadline < ${period.end} AND t.created_at < ${period.end}
       GROUP BY a.unit_id`;
    return new Map(
      rows.map((r) => [r.unit_id, { vetoed: true, reason: `${r.items.slice(0, 3).join(';')}${r.items.length > 3 ? ` 等 ${r.items.length} 项` : ''}(挂牌督办,逾期未整改)` }]),
    );
  },
};
