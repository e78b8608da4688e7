import { Button, Table, Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatExact, formatScore } from '../decimal.ts';
import { GradeTag } from '../tags.tsx';
import type { ResultRow, Results } from '../types.ts';
import { ChangeCell } from './ChangeCell.tsx';
import { IndicatorBreakdown } from './IndicatorBreakdown.tsx';
import { byGroupAndRank, compareNullable } from './result-view.ts';

interface Props {
  data: Results | undefined;
  loading: boolean;
  onExplain: (row: ResultRow) => void;
}

/** The ranking table: sortable by any figure; a row opens its per-indicator scores, 说明 its full explanation. */
export function ResultsTable({ data, loading, onExplain }: Props) {
  const { t } = useTranslation();
  const rows = [...(data?.items ?? [])].sort(byGroupAndRank);
  const bands = data?.gradeBands ?? [];
  const columns: TableProps<ResultRow>['columns'] = [
    {
      key: 'rank',
      title: t('assessments.results.rank'),
      width: 110,
      fixed: 'left',
      sorter: (a, b, order) => compareNullable(a.rank, b.rank, order),
      render: (_, r) =>
        r.rank === null ? (
          <span className="muted">{r.complete ? '—' : t('assessments.results.unranked')}</span>
        ) : (
          <span data-testid="rank">
            <strong className="mono">{r.rank}</strong>
            <span className="muted mono">/{r.groupSize}</span>
            {r.tied && <Tag color="gold" className="asm-tie" data-testid="tie">{t('assessments.results.tied')}</Tag>}
          </span>
        ),
    },
    { key: 'unit', title: t('assessments.units.unit'), width: 130, fixed: 'left', render: (_, r) => <span data-testid="result-unit">{r.orgUnit.name}</span> },
    { key: 'group', title: t('assessments.fields.peerGroup'), width: 110, render: (_, r) => r.peerGroup },
    {
      key: 'total',
      title: t('assessments.results.total'),
      width: 100,
      sorter: (a, b, order) => compareNullable(a.total, b.total, order),
      render: (_, r) => (
        <Tooltip title={r.exactTotal ? t('assessments.results.exact', { exact: formatExact(r.exactTotal) }) : undefined}>
          <strong className="mono" data-testid="total">{formatScore(r.total)}</strong>
        </Tooltip>
      ),
    },
    // 等次 beside the total: at 1440 px it must not sit under the fixed 得分说明 column.
    { key: 'grade', title: t('assessments.results.grade'), width: 90, render: (_, r) => <GradeTag grade={r.grade} bands={bands} vetoed={r.vetoed} /> },
    ...(data?.components ?? []).map((c) => ({
      key: `c:${c.key}`,
      title: (
        <span>
          {c.name}
          <span className="muted"> {c.weight}%</span>
        </span>
      ),
      width: 110,
      sorter: (a: ResultRow, b: ResultRow, order?: 'ascend' | 'descend' | null) => compareNullable(a.components.find((x) => x.key === c.key)?.score, b.components.find((x) => x.key === c.key)?.score, order),
      render: (_: unknown, r: ResultRow) => <span className="mono">{formatScore(r.components.find((x) => x.key === c.key)?.score)}</span>,
    })),
    {
      key: 'veto',
      title: t('assessments.results.veto'),
      width: 220,
      render: (_, r) =>
        r.vetoed ? (
          <Tooltip title={r.vetoReasons.join(';')}>
            <div className="asm-veto-cell">
              <Tag color="red" data-testid="veto-tag">{t('assessments.results.vetoed')}</Tag>
              <span className="asm-veto-reason">{r.vetoReasons.join(';')}</span>
            </div>
          </Tooltip>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'change', title: t('assessments.results.change'), width: 170, sorter: (a, b, order) => compareNullable(a.change?.score, b.change?.score, order), render: (_, r) => <ChangeCell row={r} /> },
    {
      key: 'state',
      title: t('assessments.results.state'),
      width: 110,
      render: (_, r) => (r.complete ? (r.missingScores > 0 ? <Tag color="orange">{t('assessments.results.missing', { count: r.missingScores })}</Tag> : <span className="muted">{t('assessments.results.complete')}</span>) : <Tag color="orange">{t('assessments.results.incomplete', { count: r.missingScores })}</Tag>),
    },
    {
      key: 'explain',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => onExplain(r)} data-testid="explain-open">
          {t('assessments.results.explain')}
        </Button>
      ),
    },
  ];

  return (
    <Table<ResultRow>
      rowKey="assessmentUnitId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 1100 + (data?.components.length ?? 0) * 110 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
      locale={{ emptyText: t('assessments.results.empty') }}
      rowClassName={(r) => (r.vetoed ? 'asm-row-vetoed' : '')}
      expandable={{ expandedRowRender: (r) => <IndicatorBreakdown assessmentUnitId={r.assessmentUnitId} versionId={data?.version?.id} />, columnWidth: 32 }}
      data-testid="results-table"
    />
  );
}
