import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Descriptions, Result, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { LevelIcon, LevelTag } from '../../components/levels.tsx';
import type { OrgIndex } from '../../components/org-index.ts';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { UnitActions } from './UnitActions.tsx';
import { UnitAttributesCard } from './UnitAttributesCard.tsx';
import { UnitPeople } from './UnitPeople.tsx';

const MAX_CHILD_TAGS = 60;

/** The right-hand card: what the selected unit is, where it sits, what is below it, who works there. */
export function UnitDetail({ unitId, index, onNavigate }: { unitId: string; index: OrgIndex | null; onNavigate: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const personRoots = usePermissionRoots('core.person.read').roots;
  const detail = useQuery(trpc.orgUnit.get.queryOptions({ id: unitId }));

  if (detail.isPending) {
    return <Card variant="borderless"><Skeleton active avatar paragraph={{ rows: 8 }} /></Card>;
  }
  if (detail.isError) {
    return (
      <Card variant="borderless">
        <Result status={errorCode(detail.error) === 'NOT_FOUND' ? '404' : 'warning'} title={errorMessage(detail.error, t)} />
      </Card>
    );
  }

  const { unit, ancestors, childCount, personCount, district } = detail.data;
  const children = index?.children.get(unit.id) ?? [];
  // Ancestors above the user's view are shown by name only: they cannot be opened.
  const crumbs = [...ancestors.filter((a) => a.id !== unit.id), { id: unit.id, name: unit.name }];

  return (
    <Card variant="borderless">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={crumbs.map((a) => ({
          key: a.id,
          title: a.id !== unit.id && index?.byId.has(a.id) ? <a onClick={() => onNavigate(a.id)}>{a.name}</a> : a.name,
        }))}
      />
      <div className="unit-head" style={{ marginBottom: 16 }}>
        <span className="unit-head-icon"><LevelIcon level={unit.level} /></span>
        <h2 className="unit-title" data-testid="unit-title">{unit.name}</h2>
        <LevelTag level={unit.level} />
        {unit.archivedAt && <Tag color="default">{t('orgUnits.archived')}</Tag>}
      </div>
      {!unit.archivedAt && <UnitActions unit={unit} childCount={childCount} onNavigate={onNavigate} />}

      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'level', label: t('orgUnits.level'), children: t(`levels.${unit.level}`) },
          { key: 'code', label: t('orgUnits.code'), children: unit.code ? <span className="mono">{unit.code}</span> : <span className="muted">{t('common.notSet')}</span> },
          ...(unit.level === 'township'
            ? [{ key: 'district', label: t('orgUnits.district'), children: district?.name ?? <span className="muted">{t('common.notSet')}</span> }]
            : []),
          { key: 'parent', label: t('orgUnits.parent'), children: ancestors.filter((a) => a.id !== unit.id).at(-1)?.name ?? <span className="muted">—</span> },
          { key: 'children', label: t('orgUnits.children'), children: t('orgUnits.childCount', { count: childCount }) },
          { key: 'people', label: t('orgUnits.people'), children: t('orgUnits.personCount', { count: personCount }) },
        ]}
      />

      {children.length > 0 && (
        <>
          <div className="unit-section-title">
            <span>{t('orgUnits.children')} <span className="muted" style={{ fontWeight: 400 }}>({children.length})</span></span>
          </div>
          <div className="unit-children">
            {children.slice(0, MAX_CHILD_TAGS).map((child) => (
              <Tag key={child.id} onClick={() => onNavigate(child.id)}>
                <LevelIcon level={child.level} />
                {child.name}
              </Tag>
            ))}
            {children.length > MAX_CHILD_TAGS && <Tag>+{children.length - MAX_CHILD_TAGS}</Tag>}
          </div>
        </>
      )}

      {unit.level !== 'department' && unit.level !== 'group' && <UnitAttributesCard unit={unit} />}

      {/* The people list only where the user may read people (the count above is public to viewers). */}
      {withinRoots(personRoots, unit) && <UnitPeople unitId={unit.id} total={personCount} />}
    </Card>
  );
}
