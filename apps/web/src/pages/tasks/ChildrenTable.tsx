import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildStats } from './types.ts';

const rate = (v: number | null | undefined) => (v == null ? <span className="muted">—</span> : <span className="mono">{v.toFixed(1)}%</span>);
const count = (v: number | undefined, red = false) => <span className={red && (v ?? 0) > 0 ? 'mono task-red' : 'mono'}>{v ?? 0}</span>;

/** Each child unit's counts and rates (办结率, 按期办结率, 见面率, 满意率). */
export function ChildrenTable({ rows }: { rows: readonly ChildStats[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('tasks.dashboard.children')} variant="borderless">
      <Table<ChildStats>
        rowKey="id"
        size="small"
        dataSource={rows as ChildStats[]}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 770 }}
        locale={{ emptyText: t('tasks.dashboard.noChildren') }}
        columns={[
          { title: t('tasks.dashboard.col.unit'), dataIndex: 'name', fixed: 'left', width: 110 },
          { title: t('tasks.dashboard.col.total'), dataIndex: 'total', width: 84, align: 'right', sorter: (a, b) => (a.total ?? 0) - (b.total ?? 0), render: (v?: number) => count(v) },
          { title: t('tasks.dashboard.col.closed'), dataIndex: 'closed', width: 80, align: 'right', render: (v?: number) => count(v) },
          { title: t('tasks.dashboard.col.overdue'), dataIndex: 'overdue', width: 96, align: 'right', sorter: (a, b) => (a.overdue ?? 0) - (b.overdue ?? 0), render: (v?: number) => count(v, true) },
          { title: t('tasks.dashboard.col.completion'), dataIndex: 'completionRate', width: 96, align: 'right', sorter: (a, b) => (a.completionRate ?? -1) - (b.completionRate ?? -1), render: rate },
          { title: t('tasks.dashboard.col.onTime'), dataIndex: 'onTimeRate', width: 116, align: 'right', sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1), render: rate },
          { title: t('tasks.dashboard.col.meeting'), dataIndex: 'meetingRate', width: 84, align: 'right', render: rate },
          { title: t('tasks.dashboard.col.satisfaction'), dataIndex: 'satisfactionRate', width: 100, align: 'right', render: rate },
        ]}
      />
    </Card>
  );
}
