import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';

/** The people registered directly at a unit (not below it), first few, with a link to the full list. */
export function UnitPeople({ unitId, total }: { unitId: string; total: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const people = useQuery(trpc.person.list.queryOptions({ orgUnitId: unitId, includeDescendants: false, page: 1, pageSize: 8 }));
  return (
    <>
      <div className="unit-section-title">
        <span>{t('orgUnits.unitPeople')} <span className="muted" style={{ fontWeight: 400 }}>({total})</span></span>
        <Link to={`/people?unit=${unitId}`}>{t('orgUnits.unitPeopleMore')}</Link>
      </div>
      <Table<PersonRow>
        size="small"
        rowKey="id"
        loading={people.isPending}
        dataSource={people.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('people.name'), dataIndex: 'name', width: 120 },
          { title: t('people.position'), dataIndex: 'position', render: (v: string | null) => v ?? <span className="muted">—</span> },
          { title: t('people.phone'), dataIndex: 'phone', width: 150, render: (v: string | null) => (v ? <span className="mono">{v}</span> : <span className="muted">—</span>) },
        ]}
        locale={{ emptyText: t('people.empty') }}
      />
    </>
  );
}
