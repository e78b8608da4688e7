import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../tasks/deadline.tsx';
import { VersionTag } from '../tags.tsx';
import type { PlanDetail, PlanVersion } from '../types.ts';

/** 版本记录: every version of the plan, why it was made, and when it was computed and published. */
export function VersionList({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" title={t('assessments.versions.title')} style={{ marginBottom: 12 }}>
      <Table<PlanVersion>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="version-list"
        dataSource={[...plan.versions].sort((a, b) => b.number - a.number)}
        rowClassName={(v) => (v.id === plan.version.id ? 'asm-row-current' : '')}
        columns={[
          { key: 'version', title: t('assessments.versions.version'), width: 150, render: (_, v) => <VersionTag version={v} /> },
          { key: 'reason', title: t('assessments.versions.reason'), render: (_, v) => v.reason ?? <span className="muted">{v.number === 1 ? t('assessments.versions.first') : '—'}</span> },
          { key: 'created', title: t('assessments.versions.createdAt'), width: 150, render: (_, v) => <span className="mono">{formatDateTime(v.createdAt)}</span> },
          { key: 'computed', title: t('assessments.versions.computedAt'), width: 150, render: (_, v) => <span className="mono">{formatDateTime(v.computedAt)}</span> },
          { key: 'published', title: t('assessments.versions.publishedAt'), width: 150, render: (_, v) => <span className="mono">{formatDateTime(v.publishedAt)}</span> },
        ]}
      />
    </Card>
  );
}
