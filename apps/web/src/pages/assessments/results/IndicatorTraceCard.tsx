import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../tasks/deadline.tsx';
import { formatScore } from '../decimal.ts';
import { EvidenceList } from '../EvidenceItem.tsx';
import type { IndicatorTrace } from '../types.ts';

/** One item's points: the rule applied, then the source data it was applied to, down to the evidence. */
export function IndicatorTraceCard({ trace, assessmentUnitId }: { trace: IndicatorTrace; assessmentUnitId: string }) {
  const { t } = useTranslation();
  return (
    <div className="asm-trace" data-testid="trace">
      <div className="asm-trace-head">
        <span>
          {trace.name} <Tag>{t(`assessments.method.${trace.method}`)}</Tag>
          {trace.flags.map((f) => (
            <Tag key={f} color="orange">{f}</Tag>
          ))}
        </span>
        <span className="mono">
          <strong>{formatScore(trace.score)}</strong> / {trace.maxScore}
        </span>
      </div>
      <div className="asm-trace-rule" data-testid="trace-rule">{trace.rule}</div>
      {trace.standard && <div className="muted asm-trace-standard">{t('assessments.explain.standard')}:{trace.standard}</div>}
      {trace.assessors && (
        <Table
          size="small"
          rowKey="assessorId"
          pagination={false}
          className="asm-trace-table"
          dataSource={trace.assessors}
          columns={[
            { key: 'name', title: t('assessments.explain.assessor'), width: 120, dataIndex: 'name' },
            { key: 'score', title: t('assessments.explain.score'), width: 90, render: (_, a) => (a.score === null ? <Tag color="orange">{t('assessments.explain.notScored')}</Tag> : <span className="mono">{formatScore(a.score)}</span>) },
            { key: 'note', title: t('assessments.entries.note'), render: (_, a) => a.note ?? '' },
          ]}
        />
      )}
      {trace.entries && trace.entries.length > 0 && (
        <ul className="asm-trace-entries">
          {trace.entries.map((en) => (
            <li key={en.id}>
              <span className="mono">{formatDate(en.createdAt)}</span> {trace.method === 'deduction' ? t('assessments.entries.times', { count: en.count }) : `+${en.points}`} · {en.note}
              {en.taskId && (
                <>
                  {' '}
                  <Link to={`/tasks/${en.taskId}`}>{t('assessments.explain.task')}</Link>
                </>
              )}
              <EvidenceList assessmentUnitId={assessmentUnitId} evidence={en.evidence} />
            </li>
          ))}
        </ul>
      )}
      {trace.metric && (
        <div className="asm-trace-source">
          {t('assessments.explain.metric', { name: trace.metric.name, value: trace.metric.value ?? t('assessments.explain.noData'), unit: trace.metric.value ? trace.metric.unit : '' })}
          {trace.metric.computedAt && <span className="muted"> · {t('assessments.explain.capturedAt', { at: formatDateTime(trace.metric.computedAt) })}</span>}
        </div>
      )}
      {trace.selfCheck && (
        <div className="asm-trace-source">
          {t('assessments.explain.selfCheck', { score: trace.selfCheck.selfScore ?? '—' })}
          {trace.selfCheck.note && <span>:{trace.selfCheck.note}</span>}
          <EvidenceList assessmentUnitId={assessmentUnitId} evidence={trace.selfCheck.evidence} />
        </div>
      )}
    </div>
  );
}
