import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgLevel } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPeople } from '../../app/icons.tsx';
import { useCan, useMe } from '../../app/session.ts';
import { childLevels, levelIcons } from '../../components/levels.tsx';
import { countByLevel } from '../../components/org-index.ts';
import { useOrgUnits } from '../../components/use-org-units.ts';

/** Levels that can occur below a unit of this level, in tree order (county → township, village, group, department). */
function levelsBelow(level: OrgLevel): OrgLevel[] {
  const out: OrgLevel[] = [];
  const visit = (l: OrgLevel) => {
    for (const child of childLevels[l]) {
      if (!out.includes(child)) out.push(child);
      visit(child);
    }
  };
  visit(level);
  const order: OrgLevel[] = ['township', 'village', 'group', 'department'];
  return order.filter((l) => out.includes(l));
}

const statLabel: Record<OrgLevel, string> = {
  county: 'levels.county',
  township: 'dashboard.townships',
  village: 'dashboard.villages',
  group: 'dashboard.groups',
  department: 'dashboard.departments',
};

const tint: Record<string, [string, string]> = {
  township: ['#e8f0fc', '#1f5fbf'],
  village: ['#e7f6ec', '#2e8b57'],
  group: ['#f1f2f6', '#55607a'],
  department: ['#f2ebfb', '#7246b8'],
  people: ['#fdecec', '#b71c1c'],
};

function Stat({ kind, label, value, suffix, icon }: { kind: string; label: string; value: number; suffix: string; icon: React.ReactNode }) {
  const [bg, fg] = tint[kind] ?? tint.group!;
  return (
    <Card size="small" styles={{ body: { padding: 18 } }}>
      <div className="dash-stat">
        <span className="dash-stat-icon" style={{ background: bg, color: fg }}>{icon}</span>
        <Statistic title={label} value={value} suffix={suffix} />
      </div>
    </Card>
  );
}

/**
 * Real counts for the first view root: units per level from the (cached) org tree and the number
 * of people on record, from person.list's total. No invented figures.
 */
export function ScopeStats() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const trpc = useTRPC();
  const root = me.viewRoots[0];
  const { index, isPending } = useOrgUnits();
  const people = useQuery({
    ...trpc.person.list.queryOptions({ orgUnitId: root?.id ?? '', includeDescendants: true, page: 1, pageSize: 1 }),
    enabled: !!root && can('core.person.read'),
  });

  if (!root) return null;
  const rootUnit = index?.byId.get(root.id);
  const counts = index && rootUnit ? countByLevel(index, rootUnit) : {};
  const levels = levelsBelow(root.level as OrgLevel);

  return (
    <Card title={t('dashboard.counts', { unit: root.name })} variant="borderless">
      {isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Row gutter={[16, 16]}>
          {levels.map((level) => {
            const Icon = levelIcons[level];
            return (
              <Col key={level} xs={12} md={8} xl={Math.max(4, Math.floor(24 / (levels.length + 1)))}>
                <Stat kind={level} label={t(statLabel[level])} value={counts[level] ?? 0} suffix={t('dashboard.unitsUnit')} icon={<Icon />} />
              </Col>
            );
          })}
          {can('core.person.read') && (
            <Col xs={12} md={8} xl={Math.max(4, Math.floor(24 / (levels.length + 1)))}>
              <Stat kind="people" label={t('dashboard.people')} value={people.data?.total ?? 0} suffix={t('dashboard.peopleUnit')} icon={<IconPeople />} />
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
