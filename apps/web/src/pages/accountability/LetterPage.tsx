import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate, formatDateTime } from '../tasks/deadline.tsx';
import '../tasks/tasks.css';
import { LetterStatusTag } from './LetterTags.tsx';
import { ReportTargetModal } from './ReportTargetModal.tsx';
import './accountability.css';
import type { LetterTargetRow } from './types.ts';

/** One letter: both sides and their signatories, the period, each target with its actual. */
export default function LetterPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const letter = useQuery(trpc.letter.get.queryOptions({ letterId: id }));
  const [reporting, setReporting] = useState<LetterTargetRow | null>(null);
  const f = (k: string) => t(`accountability.letters.fields.${k}`);
  const l = letter.data;

  return (
    <>
      <div style={{ marginBottom: 12 }}><Link to="/accountability">← {t('accountability.letters.back')}</Link></div>
      {letter.error && <QueryError error={letter.error} onRetry={() => void letter.refetch()} />}
      {letter.isPending && !letter.error && <Card variant="borderless"><Skeleton active paragraph={{ rows: 6 }} /></Card>}
      {l && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card variant="borderless" data-testid="letter-header">
              <Space wrap size={8}>
                <Tag>{t(`accountability.letters.kinds.${l.kind}`)}</Tag>
                {l.category && <span className="muted">{l.category}</span>}
                <LetterStatusTag done={l.completion.done} overdue={l.overdue} />
                <span className="muted">{t('accountability.letters.targetsMet', l.completion)}</span>
              </Space>
              <h1 style={{ margin: '6px 0 12px', fontSize: 20 }}>{l.title}</h1>
              <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
                { key: 'issuer', label: f('issuingUnit'), children: l.issuingUnit.name },
                { key: 'unit', label: f('responsibleUnit'), children: l.responsibleParty ? `${l.responsibleParty}(${l.responsibleUnit.name})` : l.responsibleUnit.name },
                { key: 'period', label: f('period'), children: <span className="mono">{formatDate(l.periodStart)} ~ {formatDate(new Date(new Date(l.periodEnd).getTime() - 1).toISOString())}</span> },
                ...(l.documentNo ? [{ key: 'doc', label: f('documentNo'), children: l.documentNo }] : []),
                ...(l.signedAt ? [{ key: 'signed', label: f('signedAt'), children: <span className="mono">{formatDate(l.signedAt)}</span> }] : []),
                { key: 'signatories', label: f('signatories'), children: l.signatories.map((s) => `${s.name}${s.position ? `(${s.position})` : ''}`).join(' / ') },
              ]} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card variant="borderless" title={f('targets')} data-testid="letter-targets">
              {l.targets.map((target) => (
                <div className="letter-target" key={target.id} data-testid="letter-target" data-met={target.met}>
                  <div className="letter-target-head">
                    <strong>{target.metric}</strong>
                    <Space size={6}>
                      <Tag color={target.met ? 'green' : target.reported ? 'red' : 'default'}>{t(`accountability.letters.${target.met ? 'met' : target.reported ? 'notMet' : 'notReported'}`)}</Tag>
                      {l.canReport && <Button size="small" onClick={() => setReporting(target)} data-testid="target-report">{t('accountability.letters.report')}</Button>}
                    </Space>
                  </div>
                  <span>
                    {f('targetValue')} {t(`accountability.letters.directions.${target.direction}`)} <span className="mono">{String(target.targetValue)}</span> {target.unit}
                    <span className="muted"> · {f('actualValue')} </span><span className="mono">{target.actualValue === null ? '—' : String(target.actualValue)}</span> {target.actualValue === null ? '' : target.unit}
                  </span>
                  {target.reportedAt && <span className="muted">{target.reportedByName ?? ''} · {formatDateTime(target.reportedAt)}{target.note ? ` · ${target.note}` : ''}</span>}
                </div>
              ))}
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card variant="borderless" title={t('accountability.letters.accountability')}>
              {l.accountability.length === 0 ? <span className="muted">{t('accountability.register.empty')}</span> : l.accountability.map((r) => (
                <div key={r.id} className="register-card">
                  <strong>{r.personName} <Tag>{t(`accountability.register.forms.${r.form}`)}</Tag></strong>
                  <span className="muted">{r.orgUnit.name} · {formatDate(r.decidedAt)}</span>
                  <span>{r.reason}</span>
                </div>
              ))}
            </Card>
          </Col>
        </Row>
      )}
      {reporting && <ReportTargetModal target={reporting} onClose={() => setReporting(null)} />}
    </>
  );
}
