import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './deadline.tsx';
import type { TaskDetail } from './types.ts';

type Check = TaskDetail['postChecks'][number];

/** The item's re-inspections (后督察): when drawn, when checked, what was found. */
export function TaskPostChecks({ checks }: { checks: readonly Check[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('tasks.detail.postChecks')} variant="borderless">
      <Table<Check>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={checks as Check[]}
        columns={[
          { title: t('tasks.postChecks.sampledAt'), dataIndex: 'sampledAt', width: 170, render: (v: string) => <span className="mono">{formatDateTime(v)}</span> },
          { title: t('tasks.postChecks.checkedAt'), dataIndex: 'checkedAt', width: 170, render: (v: string | null) => <span className="mono">{formatDateTime(v)}</span> },
          { title: t('tasks.postChecks.result'), dataIndex: 'result', width: 110, render: (r: string | null) => <PostCheckResult result={r} /> },
          { title: t('tasks.postChecks.note'), dataIndex: 'note', render: (n: string | null) => n ?? <span className="muted">—</span> },
        ]}
      />
    </Card>
  );
}

export function PostCheckResult({ result }: { result: string | null }) {
  const { t } = useTranslation();
  if (!result) return <Tag>{t('tasks.postChecks.pending')}</Tag>;
  return <Tag color={result === 'relapse' ? 'red' : 'green'}>{t(`tasks.postChecks.${result === 'relapse' ? 'relapse' : 'pass'}`)}</Tag>;
}
