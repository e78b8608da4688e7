import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Input, Select, Table, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import './audit.css';
import { AuditDiff } from './AuditDiff.tsx';
import { auditDetail } from './details.ts';
import { auditAreas } from './procedures.ts';
import { VerifyButton } from './VerifyButton.tsx';

const PAGE_SIZE = 30;
const outcomeColor = { ok: 'green', denied: 'orange', failed: 'red' } as const;
type Outcome = keyof typeof outcomeColor;

interface Filters {
  procedure?: string;
  outcome?: Outcome;
  actor?: string;
  range?: [Dayjs, Dayjs] | null;
}

const shortId = (id: string) => id.slice(0, 8);
const recordName = (v: unknown): string | undefined => {
  if (!v || typeof v !== 'object') return undefined;
  const r = v as Record<string, unknown>;
  const name = r.name ?? r.username ?? r.role; // role assignments record the role's key or name
  return typeof name === 'string' ? name : undefined;
};

/** 审计日志: who did what, where, with what outcome — filterable, with before/after diffs. */
export default function AuditPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  // Unit ids in the log are shown by name when the org tree is at hand (same cache as other pages).
  const { index } = useOrgUnits({ enabled: can('core.orgUnit.read') });
  const unitName = (id: string) => index?.byId.get(id)?.name;

  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const log = useQuery({
    ...trpc.audit.list.queryOptions({
      procedure: filters.procedure,
      outcome: filters.outcome,
      actor: filters.actor || undefined,
      // Whole days in the user's time zone, sent as instants.
      from: filters.range?.[0].startOf('day').toISOString(),
      to: filters.range?.[1].endOf('day').toISOString(),
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const procedureLabel = (p: string) => t(`audit.procedures.${p}`, { defaultValue: p });
  const entityLabel = (row: AuditRow) => {
    if (!row.entityType) return <span className="muted">—</span>;
    const name =
      (row.entityType === 'orgUnit' && row.entityId ? unitName(row.entityId) : undefined) ??
      recordName(row.after) ??
      recordName(row.before) ??
      // Sign-ins and password changes are about the actor's own account.
      (row.entityType === 'user' && row.entityId === row.actorUserId ? (row.actorName ?? undefined) : undefined);
    return (
      <span>
        <span className="muted">{t(`audit.entities.${row.entityType}`, { defaultValue: row.entityType })} · </span>
        {name ?? (row.entityId ? <Tooltip title={row.entityId}><span className="mono">{shortId(row.entityId)}</span></Tooltip> : '—')}
      </span>
    );
  };

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.intro')} extra={<VerifyButton />} />
      <Card variant="borderless">
        <div className="audit-filters">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.procedurePlaceholder')}
            style={{ width: 220 }}
            value={filters.procedure}
            onChange={(procedure) => update({ procedure })}
            options={auditAreas.map(({ area, procedures }) => ({
              label: t(`audit.areas.${area}`),
              title: area,
              options: [
                { value: `${area}.`, label: `${t('common.all')} · ${t(`audit.areas.${area}`)}` },
                ...procedures.map((p) => ({ value: p, label: procedureLabel(p) })),
              ],
            }))}
          />
          <Select
            allowClear
            placeholder={t('audit.outcome')}
            style={{ width: 120 }}
            value={filters.outcome}
            onChange={(outcome) => update({ outcome })}
            options={(Object.keys(outcomeColor) as Outcome[]).map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
          />
          <Input.Search allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 200 }} maxLength={60} onSearch={(actor) => update({ actor: actor.trim() })} />
          <DatePicker.RangePicker value={filters.range ?? null} onChange={(range) => update({ range: range as [Dayjs, Dayjs] | null })} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </div>
        <div data-testid="audit-table">
          <Table<AuditRow>
            rowKey="seq"
            size="middle"
            loading={log.isFetching}
            dataSource={log.data?.items ?? []}
            scroll={{ x: 960 }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: log.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: setPage,
            }}
            expandable={{
              rowExpandable: (row) => row.before != null || row.after != null,
              expandedRowRender: (row) => <AuditDiff row={row} unitName={unitName} />,
            }}
            columns={[
              { title: t('audit.seq'), dataIndex: 'seq', width: 70, render: (seq: number) => <span className="mono muted">{seq}</span> },
              { title: t('audit.time'), dataIndex: 'at', width: 170, render: (at: string) => <span className="mono">{dayjs(at).format('YYYY-MM-DD HH:mm:ss')}</span> },
              { title: t('audit.actor'), dataIndex: 'actorName', width: 110, render: (name: string | null) => name ?? <span className="muted">{t('audit.diff.system')}</span> },
              {
                title: t('audit.procedure'),
                dataIndex: 'procedure',
                width: 170,
                render: (p: string) => (
                  <Tooltip title={<span className="mono">{p}</span>}>
                    <span>{procedureLabel(p)}</span>
                  </Tooltip>
                ),
              },
              {
                title: t('audit.outcome'),
                dataIndex: 'outcome',
                width: 80,
                render: (o: string) => <Tag color={outcomeColor[o as Outcome] ?? 'default'}>{t(`audit.outcomes.${o}`, { defaultValue: o })}</Tag>,
              },
              { title: t('audit.entity'), key: 'entity', width: 200, render: (_, row) => entityLabel(row) },
              {
                title: t('audit.detail'),
                dataIndex: 'detail',
                ellipsis: { showTitle: false },
                render: (d: string | null) => {
                  const text = auditDetail(d, t);
                  return text ? <Tooltip title={text} placement="topLeft">{text}</Tooltip> : <span className="muted">—</span>;
                },
              },
            ]}
          />
        </div>
      </Card>
    </>
  );
}
