import { defaultYellowDays } from '@duban/api/schemas';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ExportLedgerButton } from './ExportLedgerButton.tsx';
import { HandOverModal } from './HandOverModal.tsx';
import { ImportLedgerButton } from './ImportLedgerButton.tsx';
import { TaskFilters, type TaskFilterValues } from './TaskFilters.tsx';
import { TasksNav } from './TasksNav.tsx';
import { TaskTable } from './TaskTable.tsx';
import './tasks.css';
import { boardTabs as tabs, searchToFilters, withFilters, type BoardTab } from './filter-url.ts';
import { openStatuses, type TaskRole, type TaskStatus } from './types.ts';

// The API's own default: a supervision office scans many items at once.
const PAGE_SIZE = 50;
const tabQuery: Record<BoardTab, { role?: TaskRole; status?: TaskStatus[] }> = {
  mine: { role: 'responsible', status: [...openStatuses] },
  supervising: { role: 'supervising' },
  assisting: { role: 'assisting' },
  all: {},
};

/** 督办事项: my to-dos, what I handed over, what I assist with, or everything I may see. */
export default function TaskBoardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  // Those who rectify start at their to-dos; the supervision office at what it handed over.
  const defaultTab: BoardTab = can('core.task.handle') ? 'mine' : can('core.task.handOver') || can('core.task.verify') ? 'supervising' : 'all';
  const requested = params.get('tab') as BoardTab | null;
  const tab = requested && tabs.includes(requested) ? requested : defaultTab;
  // Filters live in the URL: a 工作台 tile links straight to its items, and the link can be shared.
  const filters = useMemo(() => searchToFilters(params), [params]);
  const [page, setPage] = useState(1);
  const [handingOver, setHandingOver] = useState(false);
  // The item just handed over, linked above the list (wherever the list's order puts it).
  const [created, setCreated] = useState<{ id: string; serial: string; title: string } | null>(null);

  const base = tabQuery[tab];
  const list = useQuery({
    ...trpc.task.list.queryOptions({
      page,
      pageSize: PAGE_SIZE,
      role: base.role,
      // A status picked in the filter narrows (or replaces) the tab's own statuses.
      status: filters.status ?? base.status,
      kind: filters.kind,
      escalation: filters.escalation,
      overdue: filters.overdue,
      dueWithinDays: filters.dueWithinDays,
      search: filters.search,
      light: filters.light,
      unitId: filters.unitId,
    }),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Partial<TaskFilterValues>) => {
    setParams((p) => withFilters(p, { ...searchToFilters(p), ...patch }), { replace: true });
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        subtitle={t('tasks.subtitle')}
        extra={
          <Space wrap>
            <TasksNav />
            <ExportLedgerButton
              filters={{ role: base.role, status: filters.status ?? base.status, kind: filters.kind, escalation: filters.escalation, overdue: filters.overdue, dueWithinDays: filters.dueWithinDays, search: filters.search, light: filters.light, unitId: filters.unitId }}
            />
            <ImportLedgerButton />
            {can('core.task.handOver') && (
              <Button type="primary" icon={<IconPlus />} onClick={() => setHandingOver(true)} data-testid="handover-button">
                {t('tasks.handOver.button')}
              </Button>
            )}
          </Space>
        }
      />
      {created && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setCreated(null) }}
          style={{ marginBottom: 12 }}
          data-testid="handover-created"
          title={
            <span>
              {t('tasks.handOver.created', { serial: created.serial })}
              <Link to={`/tasks/${created.id}`} style={{ marginInlineStart: 8 }}>{created.title}</Link>
            </span>
          }
        />
      )}
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }} data-testid="task-board">
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setPage(1);
            setParams((p) => { const next = new URLSearchParams(p); next.set('tab', key); return next; }, { replace: true });
          }}
          items={tabs.map((key) => ({ key, label: <span data-testid={`tab-${key}`}>{t(`tasks.tabs.${key}`)}</span> }))}
        />
        <TaskFilters value={filters} onChange={update} />
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <TaskTable
          rows={list.data?.items ?? []}
          yellowDays={list.data?.yellowDays ?? defaultYellowDays}
          total={list.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          loading={list.isFetching}
          onPage={setPage}
        />
      </Card>
      {handingOver && <HandOverModal onClose={() => setHandingOver(false)} onDone={setCreated} />}
    </>
  );
}
