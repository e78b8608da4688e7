import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import type { OrgUnit, RouterOutputs } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { ResponsiblePersonSelect } from './ResponsiblePersonSelect.tsx';
import { useTaskInvalidate } from './use-task-invalidate.ts';

type Leader = RouterOutputs['supervision']['leaders'][number];
const isGroup = (u: OrgUnit) => u.level === 'group';

/**
 * 单位主要负责人: who answers for each unit. An item the escalation job lists (挂牌督办) names the
 * leader of the unit the listing rule points at, or of its nearest ancestor that has one.
 */
export function UnitLeaders() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const leaders = useQuery(trpc.supervision.leaders.queryOptions());
  const set = useMutation(trpc.supervision.setLeader.mutationOptions());
  const [unitId, setUnitId] = useState<string | undefined>();
  const [personId, setPersonId] = useState<string | undefined>();

  const save = (orgUnitId: string, person: string | null) =>
    set.mutate(
      { orgUnitId, personId: person },
      {
        onSuccess: async () => {
          message.success(t(person ? 'tasks.leaders.saved' : 'tasks.leaders.cleared'));
          setPersonId(undefined);
          await invalidate();
        },
        onError: (e) => message.error(errorMessage(e, t)),
      },
    );

  return (
    <div data-testid="unit-leaders">
      <h4 style={{ margin: '8px 0' }}>{t('tasks.leaders.title')}</h4>
      <p className="muted" style={{ marginTop: 0 }}>{t('tasks.leaders.hint')}</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgUnitTreeSelect
          value={unitId}
          onChange={(id) => {
            setUnitId(id);
            setPersonId(undefined);
          }}
          selectable={(u) => canAt('core.task.rules', u)}
          prune={isGroup}
          placeholder={t('tasks.leaders.unit')}
          style={{ width: 180 }}
          data-testid="leader-unit"
        />
        <div style={{ width: 150 }}>
          <ResponsiblePersonSelect unitId={unitId} value={personId} onChange={setPersonId} />
        </div>
        <Button type="primary" disabled={!unitId || !personId} loading={set.isPending} onClick={() => unitId && personId && save(unitId, personId)} data-testid="leader-save">
          {t('tasks.leaders.set')}
        </Button>
      </Space>
      <Table<Leader>
        size="small"
        rowKey={(l) => l.orgUnit.id}
        loading={leaders.isFetching}
        dataSource={leaders.data ?? []}
        pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
        locale={{ emptyText: t('tasks.leaders.empty') }}
        columns={[
          { title: t('tasks.leaders.unit'), key: 'unit', render: (_, l) => l.orgUnit.name },
          { title: t('tasks.leaders.person'), key: 'person', render: (_, l) => (l.person.position ? t('tasks.personWithPosition', { name: l.person.name, position: l.person.position }) : l.person.name) },
          {
            key: 'remove',
            width: 70,
            render: (_, l) =>
              canAt('core.task.rules', l.orgUnit) && (
                <Popconfirm title={t('tasks.leaders.clearConfirm', { unit: l.orgUnit.name })} onConfirm={() => save(l.orgUnit.id, null)}>
                  <Button type="link" size="small" danger>{t('tasks.leaders.clear')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </div>
  );
}
