import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { CreateKeyWorkModal } from './CreateKeyWorkModal.tsx';
import { KeyWorkExcelActions } from './KeyWorkExcelActions.tsx';
import { TargetList } from './TargetProgress.tsx';
import type { KeyWorkRow } from './types.ts';

const thisYear = new Date().getFullYear();
const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

/** 重点工作: the year's key work in the user's scopes, with targets and progress. */
export default function KeyWorkListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>(thisYear);
  const [search, setSearch] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [creating, setCreating] = useState(false);
  // The list and its Excel export share these filters.
  const filters = { year, search, stale: stale || undefined };
  const list = useQuery({ ...trpc.keyWork.list.queryOptions(filters), placeholderData: keepPreviousData });

  const columns: TableProps<KeyWorkRow>['columns'] = [
    {
      key: 'title',
      title: t('keyWork.fields.title'),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/key-work/${row.id}`} data-testid="kw-link">{row.title}</Link>
          {row.parentId && <span className="muted" style={{ fontSize: 12 }}>{t('keyWork.list.isPart')}</span>}
        </Space>
      ),
    },
    {
      key: 'leadUnit',
      title: t('keyWork.fields.leadUnit'),
      width: 180,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{row.leadUnit.name}</span>
          {row.assisting.length > 0 && (
            <span className="muted" style={{ fontSize: 12 }}>{t('keyWork.list.assisting', { units: row.assisting.map((a) => a.name).join('、') })}</span>
          )}
        </Space>
      ),
    },
    { key: 'deadline', title: t('keyWork.fields.deadline'), width: 120, render: (_, row) => <span className="mono">{formatDate(row.deadline)}</span> },
    { key: 'targets', title: t('keyWork.fields.targets'), width: 320, render: (_, row) => <TargetList targets={row.targets} /> },
    {
      key: 'progress',
      title: t('keyWork.fields.lastProgressAt'),
      width: 140,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <span className="mono">{formatDate(row.lastProgressAt)}</span>
          {row.stale && <Tag color="red" data-testid="kw-stale">{t('keyWork.stale')}</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('keyWork.title')}
        subtitle={t('keyWork.subtitle')}
        extra={
          <Space wrap>
            <Select
              value={year ?? 0}
              onChange={(v: number) => setYear(v || undefined)}
              style={{ width: 120 }}
              options={[{ value: 0, label: t('keyWork.list.allYears') }, ...years.map((y) => ({ value: y, label: t('keyWork.list.year', { year: y }) }))]}
              data-testid="kw-year"
            />
            <KeyWorkExcelActions filters={filters} />
            {can('core.keyWork.manage') && (
              <Button type="primary" icon={<IconPlus />} onClick={() => setCreating(true)} data-testid="kw-create-button">
                {t('keyWork.create.button')}
              </Button>
            )}
          </Space>
        }
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('keyWork.list.search')}
            onSearch={(v) => setSearch(v.trim() || undefined)}
            style={{ width: 260 }}
            data-testid="kw-search"
          />
          <Checkbox checked={stale} onChange={(e) => setStale(e.target.checked)} data-testid="kw-stale-only">
            {t('keyWork.list.staleOnly')}
          </Checkbox>
        </Space>
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<KeyWorkRow>
          data-testid="key-work-list"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('keyWork.list.empty') }}
        />
      </Card>
      {creating && <CreateKeyWorkModal onClose={() => setCreating(false)} onDone={(id) => void navigate(`/key-work/${id}`)} />}
    </>
  );
}
