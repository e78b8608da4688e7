import { useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from './deadline.tsx';
import { TasksNav } from './TasksNav.tsx';
import { IconFlag } from './task-icons.tsx';
import { KindTag } from './TaskTags.tsx';
import './tasks.css';
import type { BulletinRow } from './types.ts';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
const onTime = (row: BulletinRow) => !!row.closedAt && !dayjs(row.closedAt).isAfter(row.deadline);

/** 通报: the year's verified items, published with whether each was closed on time. */
export default function BulletinPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [year, setYear] = useState(thisYear);
  const bulletin = useQuery(trpc.supervision.bulletin.queryOptions({ year }));

  return (
    <>
      <PageHeader title={t('tasks.bulletin.title')} subtitle={t('tasks.bulletin.subtitle')} extra={<TasksNav />} />
      <Card variant="borderless">
        <Space style={{ marginBottom: 16 }}>
          <span>{t('tasks.dashboard.year')}</span>
          <Select<number> value={year} onChange={setYear} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: t('tasks.dashboard.yearLabel', { year: y }) }))} />
        </Space>
        {bulletin.error && <QueryError error={bulletin.error} onRetry={() => void bulletin.refetch()} />}
        <div data-testid="bulletin">
          <Table<BulletinRow>
            rowKey="id"
            size="middle"
            loading={bulletin.isFetching}
            dataSource={bulletin.data ?? []}
            scroll={{ x: 980 }}
            locale={{ emptyText: t('tasks.bulletin.empty') }}
            pagination={{ pageSize: 30, showSizeChanger: false, showTotal: (count) => t('common.total', { count }), hideOnSinglePage: true }}
            columns={[
              { title: t('tasks.fields.serial'), dataIndex: 'serial', width: 150, render: (s: string) => <span className="mono">{s}</span> },
              {
                title: t('tasks.fields.title'),
                key: 'title',
                render: (_, row) => (
                  <span>
                    <Link to={`/tasks/${row.id}`} className="task-title-link">{row.title}</Link>
                    <span className="task-row-kind"><KindTag kind={row.kind} /></span>
                    {row.listedLeader && (
                      <Tag color="#c62828" icon={<IconFlag />} className="task-listed-tag" data-testid="bulletin-listed">
                        {t('tasks.bulletin.wasListed', { leader: row.listedLeader })}
                      </Tag>
                    )}
                  </span>
                ),
              },
              { title: t('tasks.fields.responsibleUnit'), key: 'unit', width: 170, render: (_, row) => row.responsibleUnit.name },
              { title: t('tasks.fields.deadline'), dataIndex: 'deadline', width: 120, render: (v: string) => <span className="mono">{formatDate(v)}</span> },
              { title: t('tasks.fields.closedAt'), dataIndex: 'closedAt', width: 120, render: (v: string | null) => <span className="mono">{formatDate(v)}</span> },
              { title: t('tasks.fields.notifiedAt'), dataIndex: 'notifiedAt', width: 120, render: (v: string | null) => <span className="mono">{formatDate(v)}</span> },
              {
                title: t('tasks.bulletin.onTime'),
                key: 'onTime',
                width: 100,
                render: (_, row) => (onTime(row) ? <Tag color="green">{t('tasks.bulletin.yes')}</Tag> : <Tag color="red">{t('tasks.bulletin.late')}</Tag>),
              },
            ]}
          />
        </div>
      </Card>
    </>
  );
}
