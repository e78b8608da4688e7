import { useQuery } from '@tanstack/react-query';
import { Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatScore } from '../decimal.ts';

/** A unit's score per indicator, grouped by component and category (read from the explanation). */
export function IndicatorBreakdown({ assessmentUnitId, versionId }: { assessmentUnitId: string; versionId?: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const explain = useQuery(trpc.assessment.explain.queryOptions({ assessmentUnitId, versionId }));
  if (explain.error) return <QueryError error={explain.error} />;
  if (!explain.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const rows = explain.data.components.flatMap((c) =>
    c.categories.flatMap((g) => g.indicators.map((i) => ({ key: `${c.key}/${g.key}/${i.key}`, component: c.name, category: g.name, name: i.name, method: i.method, score: i.score, max: i.maxScore, flags: i.flags }))),
  );
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      className="asm-breakdown"
      data-testid="indicator-breakdown"
      columns={[
        { key: 'component', title: t('assessments.editor.componentName'), width: 130, dataIndex: 'component' },
        { key: 'category', title: t('assessments.editor.categoryName'), width: 140, dataIndex: 'category' },
        { key: 'name', title: t('assessments.editor.indicatorName'), dataIndex: 'name' },
        { key: 'method', title: t('assessments.editor.method'), width: 100, render: (_, r) => t(`assessments.method.${r.method}`) },
        { key: 'score', title: t('assessments.explain.score'), width: 120, render: (_, r) => <span className="mono">{formatScore(r.score)} / {r.max}</span> },
        { key: 'flags', title: t('assessments.explain.flags'), width: 200, render: (_, r) => <span className="muted">{r.flags.join(';')}</span> },
      ]}
    />
  );
}
