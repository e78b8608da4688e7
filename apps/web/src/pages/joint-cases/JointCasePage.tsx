import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { Deadline, formatDate, formatDateTime } from '../tasks/deadline.tsx';
import { StatusTag } from '../tasks/TaskTags.tsx';
import '../tasks/tasks.css';
import { CaseProgress, CaseStatusTag, RoleTag } from './CaseTags.tsx';
import { CompleteStepModal } from './CompleteStepModal.tsx';
import { HandOverCaseModal } from './HandOverCaseModal.tsx';
import './joint-cases.css';
import type { JointCaseDetail, JointCaseShare, JointCaseStep } from './types.ts';

/** One joint case: its shares side by side (duty, item status, deadline, steps), and its hand-overs. */
export default function JointCasePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const c = useQuery(trpc.jointCase.get.queryOptions({ caseId: id }));
  const [step, setStep] = useState<JointCaseStep | null>(null);
  const [handing, setHanding] = useState<JointCaseShare | null>(null);

  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <Link to="/joint-cases">← {t('jointCases.back')}</Link>
      </div>
      {c.error && <QueryError error={c.error} onRetry={() => void c.refetch()} />}
      {c.isPending && !c.error && <Card variant="borderless"><Skeleton active paragraph={{ rows: 8 }} /></Card>}
      {c.data && (
        <Row gutter={[16, 16]}>
          <Col span={24}><CaseHeader c={c.data} /></Col>
          <Col span={24}><h2 className="section-title" style={{ margin: '4px 0 0' }}>{t('jointCases.shares')}</h2></Col>
          {c.data.shares.map((share) => (
            <Col key={share.id} xs={24} lg={12} xxl={8}>
              <ShareCard share={share} onStep={setStep} onHandOver={setHanding} />
            </Col>
          ))}
          <Col span={24}><HandOvers c={c.data} /></Col>
        </Row>
      )}
      {step && <CompleteStepModal step={step} onClose={() => setStep(null)} />}
      {handing && c.data && <HandOverCaseModal jointCase={c.data} share={handing} onClose={() => setHanding(null)} />}
    </>
  );
}

function CaseHeader({ c }: { c: JointCaseDetail }) {
  const { t } = useTranslation();
  const waiting = c.shares.filter((s) => !s.progress.done).map((s) => s.orgUnit.name);
  return (
    <Card variant="borderless" data-testid="case-header">
      <Space wrap size={8}>
        <span className="mono muted">{c.serial}</span>
        <CaseStatusTag status={c.status} />
        {c.category && <span className="muted">{c.category}</span>}
      </Space>
      <h1 style={{ margin: '6px 0 8px', fontSize: 20 }} data-testid="case-title">{c.title}</h1>
      <CaseProgress done={c.progress.sharesDone} total={c.progress.shares} />
      <div className="case-header-meta muted">
        <span>{t('jointCases.fields.supervisingUnit')}{t('jointCases.colon')}{c.supervisingUnit.name}</span>
        <span>{t('jointCases.fields.leadUnit')}{t('jointCases.colon')}{c.leadUnit.name}</span>
        <span>{t('jointCases.fields.openedAt')}{t('jointCases.colon')}<span className="mono">{formatDate(c.openedAt)}</span></span>
        {c.closedAt && <span>{t('jointCases.closedAt', { date: formatDate(c.closedAt) })}</span>}
        {c.status === 'open' && waiting.length > 0 && <span data-testid="case-waiting">{t('jointCases.waitingFor', { units: waiting.join('、') })}</span>}
        {c.sourceTask && <span>{t('jointCases.source')}{t('jointCases.colon')}<Link to={`/tasks/${c.sourceTask.id}`}>{c.sourceTask.serial}</Link></span>}
      </div>
      {c.description && <p style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{c.description}</p>}
    </Card>
  );
}

function ShareCard({ share, onStep, onHandOver }: { share: JointCaseShare; onStep: (s: JointCaseStep) => void; onHandOver: (s: JointCaseShare) => void }) {
  const { t } = useTranslation();
  const { task } = share;
  return (
    <Card className={`case-share${share.progress.done ? ' done' : ''}`} data-testid="case-share" data-unit={share.orgUnit.name} data-done={share.progress.done}>
      <div className="case-share-head">
        <RoleTag role={share.role} />
        <span className="case-share-unit">{share.orgUnit.name}</span>
        <StatusTag status={task.status} testId="share-status" />
      </div>
      <div style={{ marginTop: 6 }}>{share.duty}</div>
      <div className="case-share-facts">
        <span>{t('jointCases.fields.deadline')}{t('jointCases.colon')}<Deadline task={task} /></span>
        {share.originalDeadline && <span className="muted">{t('jointCases.originalDeadline', { date: formatDate(share.originalDeadline) })}</span>}
        {share.progress.steps > 0 && <span className="muted">{t('jointCases.stepsProgress', { done: share.progress.stepsDone, total: share.progress.steps })}</span>}
      </div>
      {share.steps.length ? (
        <ul className="case-steps">
          {share.steps.map((s) => (
            <li key={s.id} data-testid="case-step" data-done={!!s.doneAt}>
              <span className="case-step-name">
                <span className={s.doneAt ? 'done' : ''}>{s.doneAt ? '✓ ' : '○ '}{s.name}</span>
                <span className="case-step-meta muted">
                  {s.doneAt ? t('jointCases.step.doneBy', { name: s.doneByName ?? '', date: formatDateTime(s.doneAt) }) : s.deadline ? t('jointCases.step.due', { date: formatDate(s.deadline) }) : ''}
                  {s.note ? ` · ${s.note}` : ''}
                </span>
              </span>
              {!s.doneAt && share.may.work && !share.progress.done && ['signed', 'rectifying', 'tracking'].includes(task.status) && (
                <Button size="small" onClick={() => onStep(s)} data-testid="step-complete">{t('jointCases.step.complete')}</Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" style={{ margin: '8px 0' }}>{t('jointCases.noSteps')}</p>
      )}
      <div className="case-share-actions">
        <Link to={`/tasks/${task.id}`} data-testid="share-item"><Button size="small">{t('jointCases.openItem')} · {task.serial}</Button></Link>
        {share.may.handOver && <Button size="small" onClick={() => onHandOver(share)} data-testid="share-handover">{t('jointCases.handOver.action')}</Button>}
      </div>
    </Card>
  );
}

function HandOvers({ c }: { c: JointCaseDetail }) {
  const { t } = useTranslation();
  const unitOf = new Map(c.shares.map((s) => [s.id, s.orgUnit.name]));
  return (
    <Card variant="borderless" title={t('jointCases.handOver.list')} data-testid="case-handovers">
      {c.handOvers.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('jointCases.handOver.empty')} />
      ) : (
        <Timeline
          items={c.handOvers.map((h) => ({
            color: h.authorityKind === 'police' || h.authorityKind === 'court' || h.authorityKind === 'procuratorate' ? 'red' : 'blue',
            children: (
              <div data-testid="case-handover">
                <strong>{t(`jointCases.handOver.kinds.${h.kind}`)} · {h.authorityName}</strong>
                <span className="muted">({t(`jointCases.handOver.authorityKinds.${h.authorityKind}`)})</span>
                <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 4 }} items={[
                  { key: 'from', label: t('jointCases.handOver.from'), children: unitOf.get(h.shareId) ?? '—' },
                  { key: 'at', label: t('jointCases.handOver.handedOverAt'), children: <span className="mono">{formatDateTime(h.handedOverAt)}</span> },
                  ...(h.documentNo ? [{ key: 'doc', label: t('jointCases.handOver.documentNo'), children: h.documentNo }] : []),
                  ...(h.receivedBy ? [{ key: 'rcv', label: t('jointCases.handOver.receivedBy'), children: h.receivedBy }] : []),
                  { key: 'reason', label: t('jointCases.handOver.reason'), children: h.reason, span: 2 },
                ]} />
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
