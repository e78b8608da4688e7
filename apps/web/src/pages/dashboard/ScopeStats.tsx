import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgLevel } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPeople } from '../../app/icons.tsx';
import { childLevels, levelIcons } from '../../components/levels.tsx';
import { countByLevel } from '../../components/org-index.ts';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { usePermissionRoots } from '../../components/use-permission-roots.ts';

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
        <Statistic title={label} value={value} suffix={suffix} styles={{ content: { fontSize: 26, whiteSpace: 'nowrap' } }} />
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
  const trpc = useTRPC();
  const root = usePermissionRoots('core.orgUnit.read').roots[0];
  const { index, isPending } = useOrgUnits();
  // People are counted where the user may read them, which can be narrower than what they see.
  const peopleRoot = usePermissionRoots('core.person.read').roots[0];
  const people = useQuery({
    ...trpc.person.list.queryOptions({ orgUnitId: peopleRoot?.id ?? '', includeDescendants: true, page: 1, pageSize: 1 }),
    enabled: !!peopleRoot,
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
        <div className="dash-stats">
          {levels.map((level) => {
            const Icon = levelIcons[level];
            return <Stat key={level} kind={level} label={t(statLabel[level])} value={counts[level] ?? 0} suffix={t('dashboard.unitsUnit')} icon={<Icon />} />;
          })}
          {peopleRoot && (
            <Stat kind="people" label={peopleRoot.id === root.id ? t('dashboard.people') : t('dashboard.peopleIn', { unit: peopleRoot.name })} value={people.data?.total ?? 0} suffix={t('dashboard.peopleUnit')} icon={<IconPeople />} />
          )}
        </div>
      )}
    </Card>
  );
}
