// Who a plan assesses (every unit of a level, or a chosen set) and the peer group each is ranked in.
import type { OrgLevel, Prisma } from '@duban/db';
import { badRequest } from '../errors/index.ts';

type Tx = Prisma.TransactionClient;

export type AssessmentUnitSelection = { mode: 'level'; level: 'township' | 'department' | 'village' } | { mode: 'set'; orgUnitIds: string[] };
export type AssessmentPeerGrouping =
  | { by: 'all' }
  | { by: 'district' }
  | { by: 'level' }
  | { by: 'custom'; groups: Record<string, string>; defaultGroup: string };

const levelNames: Record<OrgLevel, string> = { county: '县', township: '乡镇', village: '村(社区)', group: '组', department: '部门' };

export async function resolveAssessmentUnits(db: Tx, countyId: string, selection: AssessmentUnitSelection, grouping: AssessmentPeerGrouping) {
  const units = await db.orgUnit.findMany({
    where: {
      countyId,
      archivedAt: null,
      ...(selection.mode === 'level' ? { level: selection.level } : { id: { in: selection.orgUnitIds } }),
    },
    orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }],
    include: { district: { select: { name: true } } },
  });
  if (selection.mode === 'set') {
    const found = new Set(units.map((u) => u.id));
    const missing = selection.orgUnitIds.filter((id) => !found.has(id));
    if (missing.length) throw badRequest('errors.assessment.unknownUnits', `有 ${missing.length} 个被考核单位不存在或已撤销`, { count: missing.length });
    if (units.some((u) => u.level === 'county')) throw badRequest('errors.assessment.countyAssessed', '县本级不能作为被考核单位');
  }
  if (units.length === 0) throw badRequest('errors.assessment.noUnits', '没有符合条件的被考核单位');
  const groupOf = (u: (typeof units)[number]) => {
    switch (grouping.by) {
      case 'all':
        return '全部';
      case 'district':
        return u.district?.name ?? '未分片区';
      case 'level':
        return levelNames[u.level];
      case 'custom':
        return grouping.groups[u.id] ?? grouping.defaultGroup;
    }
  };
  return units.map((u, i) => ({ orgUnitId: u.id, peerGroup: groupOf(u), sortOrder: i }));
}
