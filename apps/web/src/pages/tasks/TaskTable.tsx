import { Grid, List, Space, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Deadline } from './deadline.tsx';
import { IconFlag } from './task-icons.tsx';
import { EscalationTag, KindTag, LightTag, StatusTag } from './TaskTags.tsx';
import type { TaskRow } from './types.ts';

interface Props {
  rows: readonly TaskRow[];
  /** The county's yellow window for the traffic lights (days before the deadline). */
  yellowDays: number;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number) => void;
}

/** The board's table. Listed items come first (the server orders them) and are tinted red. */
export function TaskTable(props: Props) {
  // A phone gets cards (title, deadline, status, level all visible), not a sideways-scrolling table.
  const screens = Grid.useBreakpoint();
  return screens.md === false ? <TaskCards {...props} /> : <TaskGrid {...props} />;
}

function TaskCards({ rows, yellowDays, total, page, pageSize, loading, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <List<TaskRow>
      className="task-cards"
      loading={loading}
      dataSource={rows as TaskRow[]}
      locale={{ emptyText: t('tasks.empty') }}
      pagination={total > pageSize ? { current: page, pageSize, total, size: 'small', simple: true, onChange: onPage } : false}
      footer={<span className="muted" data-testid="task-total">{t('common.total', { count: total })}</span>}
      renderItem={(row) => (
        <Link to={`/tasks/${row.id}`} className={`task-card${row.escalation === 'listed' ? ' listed' : ''}`} data-testid="task-card">
          <span className="task-card-top">
            <span className="mono muted">{row.serial}</span>
            <span><LightTag task={row} yellowDays={yellowDays} /> <StatusTag status={row.status} /></span>
          </span>
          <span className="task-card-title" data-testid="task-link">
            {row.escalation === 'listed' && <IconFlag className="duban-icon task-flag" />}
            {row.title}
          </span>
          <span className="task-card-meta">
            <span>{row.responsibleUnit.name}</span>
            <Deadline task={row} />
          </span>
          {row.escalation !== 'none' && <span><EscalationTag level={row.escalation} leader={row.listedLeader} /></span>}
        </Link>
      )}
    />
  );
}

function TaskGrid({ rows, yellowDays, total, page, pageSize, loading, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <Table<TaskRow>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows as TaskRow[]}
      scroll={{ x: 1160 }}
      rowClassName={(row) => (row.escalation === 'listed' ? 'task-row-listed' : '')}
      locale={{ emptyText: t('tasks.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: false,
        showTotal: (count) => <span data-testid="task-total">{t('common.total', { count })}</span>,
        onChange: onPage,
      }}
      columns={[
        { title: t('tasks.fields.light'), key: 'light', width: 84, render: (_, row) => <LightTag task={row} yellowDays={yellowDays} /> },
        { title: t('tasks.fields.serial'), dataIndex: 'serial', width: 150, render: (serial: string) => <span className="mono">{serial}</span> },
        {
          title: t('tasks.fields.title'),
          key: 'title',
          render: (_, row) => (
            <Space size={6} align="start">
              {row.escalation === 'listed' && (
                <Tooltip title={t('tasks.escalation.listed')}>
                  <IconFlag className="duban-icon task-flag" />
                </Tooltip>
              )}
              <span>
                <Link to={`/tasks/${row.id}`} data-testid="task-link" className="task-title-link">{row.title}</Link>
                <span className="task-row-kind"><KindTag kind={row.kind} /></span>
              </span>
            </Space>
          ),
        },
        {
          title: t('tasks.fields.responsibleUnit'),
          key: 'responsible',
          width: 170,
          render: (_, row) => (
            <span>
              {row.responsibleUnit.name}
              {row.assisting.length > 0 && (
                <Tooltip title={row.assisting.map((a) => a.orgUnit.name).join('、')}>
                  <span className="muted task-assist-count">{t('tasks.assistingCount', { count: row.assisting.length })}</span>
                </Tooltip>
              )}
            </span>
          ),
        },
        { title: t('tasks.fields.deadline'), key: 'deadline', width: 170, render: (_, row) => <Deadline task={row} /> },
        { title: t('tasks.fields.status'), dataIndex: 'status', width: 100, render: (_, row) => <StatusTag status={row.status} /> },
        { title: t('tasks.fields.escalation'), key: 'escalation', width: 170, render: (_, row) => <EscalationTag level={row.escalation} leader={row.listedLeader} /> },
      ]}
    />
  );
}
