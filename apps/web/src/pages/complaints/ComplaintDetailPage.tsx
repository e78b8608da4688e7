import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { StatusTag } from '../tasks/TaskTags.tsx';
import { useTaskKinds } from '../tasks/use-task-kinds.ts';
import { CallbackModal } from './CallbackModal.tsx';
import { ClockTag } from './ClockTag.tsx';
import { DispatchModal } from './DispatchModal.tsx';
import { RevealComplaintPhone } from './RevealComplaintPhone.tsx';
import { ComplaintFlags, StageTag } from './StageTag.tsx';
import './complaints.css';

type Complaint = RouterOutputs['complaint']['get'];
type Dispatch = Complaint['dispatches'][number];

function Photo({ complaintId, photoId, name }: { complaintId: string; photoId: string; name: string }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.complaint.photo.queryOptions({ complaintId, photoId }), staleTime: Infinity });
  return data ? <a href={`data:${data.contentType};base64,${data.base64}`} target="_blank" rel="noreferrer"><img src={`data:${data.contentType};base64,${data.base64}`} alt={name} /></a> : <span className="muted">{name}</span>;
}

const resultName = (t: (k: string) => string, r: string | null) => (r ? t(`complaints.callback.results.${r}`) : '—');

/** Every 回访 of a dispatch that was sent back at least once (the first verdicts, then the last). */
function CallbackRounds({ d }: { d: Dispatch }) {
  const { t } = useTranslation();
  if (d.reopenCount === 0) return null;
  return (
    <ol className="cmp-rounds" data-testid="callback-rounds">
      {d.callbacks.map((x) => (
        <li key={x.round}>
          {t('complaints.dispatches.round', { round: x.round, time: formatDateTime(x.at), by: x.byName ?? '—', result: resultName(t, x.result) })}
          {x.note && `：${x.note}`}
          {x.reopened && x.newDeadline && <div>{t('complaints.dispatches.roundReopened', { time: formatDateTime(x.newDeadline) })}</div>}
        </li>
      ))}
    </ol>
  );
}

/** One dispatch: the unit (and its share of a joint case), its item, the 签收 and 办理 clocks, the 回访. */
function DispatchCard({ d, canCallback, onCallback }: { d: Dispatch; canCallback: boolean; onCallback: () => void }) {
  const { t } = useTranslation();
  const closed = d.task.status === 'closed' || d.task.status === 'notified';
  return (
    <div className="cmp-dispatch" data-testid="complaint-dispatch">
      <div className="cmp-dispatch-head">
        <span className="cmp-dispatch-unit" data-testid="dispatch-unit">
          {d.orgUnit.name}
          {d.share && <Tag className="cmp-share-tag" color={d.share.role === 'lead' ? 'blue' : 'default'}>{t(`complaints.dispatches.${d.share.role}`)}</Tag>}
        </span>
        <StatusTag status={d.task.status} />
      </div>
      {d.share && <div style={{ fontSize: 13 }} data-testid="dispatch-duty">{d.share.duty}</div>}
      {d.reopenCount > 0 && <Tag color="orange" data-testid="dispatch-reopened">{t('complaints.dispatches.reopened', { count: d.reopenCount })}</Tag>}
      <div className="muted" style={{ fontSize: 13 }}>
        {t('complaints.dispatches.dispatchedAt', { time: formatDateTime(d.dispatchedAt) })} · <Link to={`/tasks/${d.task.id}`} data-testid="dispatch-task">{d.task.serial}</Link>
      </div>
      <div className="cmp-clock"><span className="cmp-clock-label">{t('complaints.dispatches.sign')}</span><ClockTag clock={d.signClock} testId="sign-clock" /></div>
      <div className="cmp-clock"><span className="cmp-clock-label">{t('complaints.dispatches.handle')}</span><ClockTag clock={d.handleClock} testId="handle-clock" /></div>
      {d.extended && <div className="muted" style={{ fontSize: 12 }}>{t('complaints.dispatches.extended', { time: formatDateTime(d.handleDueAt) })}</div>}
      <div className="cmp-callback">
        {d.callbackAt ? (
          <span data-testid="callback-done">
            {t('complaints.dispatches.callbackDone', { by: d.callbackByName ?? '—', time: formatDateTime(d.callbackAt), result: resultName(t, d.callbackResult) })}
            {d.callbackNote && <div className="muted">{d.callbackNote}</div>}
          </span>
        ) : canCallback && closed ? (
          <Button size="small" type="primary" ghost onClick={onCallback} data-testid="callback-open">{t('complaints.callback.open')}</Button>
        ) : (
          <span className="muted">{t('complaints.dispatches.callback')}：—</span>
        )}
        <CallbackRounds d={d} />
      </div>
    </div>
  );
}

/** 投诉件: what, where, who (masked), photos, the complaints it matches, each dispatch and its clocks. */
export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { channelOptions } = useTaskKinds();
  const q = useQuery({ ...trpc.complaint.get.queryOptions({ complaintId: id }), refetchInterval: 60_000 });
  const [dispatching, setDispatching] = useState(false);
  const [callback, setCallback] = useState<{ id: string; unit: string; joint: boolean } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.complaint.pathKey() });
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  if (!c) return <Card loading variant="borderless" />;
  const channelName = channelOptions.find((o) => o.value === c.channel)?.label ?? c.channel;
  const matches = [
    c.duplicateOf && { label: t('complaints.matches.duplicateOf'), items: [c.duplicateOf] },
    c.repeatOf && { label: t('complaints.matches.repeatOf'), items: [c.repeatOf] },
    c.duplicates.length > 0 && { label: t('complaints.matches.duplicates'), items: c.duplicates },
    c.repeats.length > 0 && { label: t('complaints.matches.repeats'), items: c.repeats },
  ].filter((m): m is { label: string; items: { id: string; serial: string }[] } => !!m);

  return (
    <>
      <PageHeader
        title={<span data-testid="complaint-title">{c.subject}<ComplaintFlags c={c} /></span>}
        subtitle={<span><span className="mono">{c.serial}</span> · {channelName} · <StageTag stage={c.stage} /></span>}
        extra={c.canDispatch && c.stage !== 'merged' && !c.jointCase && <Button type="primary" onClick={() => setDispatching(true)} data-testid="dispatch-open">{t('complaints.dispatch.open')}</Button>}
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card variant="borderless">
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="complaint-facts">
            <Descriptions.Item label={t('complaints.fields.content')} span={2}><span style={{ whiteSpace: 'pre-wrap' }}>{c.content}</span></Descriptions.Item>
            <Descriptions.Item label={t('complaints.fields.location')}>{c.locationUnit.name}{c.address ? ` · ${c.address}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.fields.receivedAt')}><span className="mono">{formatDateTime(c.receivedAt)}</span></Descriptions.Item>
            <Descriptions.Item label={t('complaints.fields.complainant')}>{c.anonymous ? t('complaints.flags.anonymous') : (c.complainantName || '—')}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.fields.phone')}><RevealComplaintPhone complaintId={c.id} masked={c.phoneMasked} canReveal={c.canReveal} /></Descriptions.Item>
            <Descriptions.Item label={t('complaints.fields.channelRef')}>{c.channelRef || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('complaints.fields.intakeUnit')}>{c.intakeUnit.name} · {c.createdByName ?? ''}</Descriptions.Item>
            {c.photos.length > 0 && (
              <Descriptions.Item label={t('complaints.fields.photos')} span={2}>
                <div className="cmp-photos">{c.photos.map((p) => <Photo key={p.id} complaintId={c.id} photoId={p.id} name={p.fileName} />)}</div>
              </Descriptions.Item>
            )}
            {matches.length > 0 && (
              <Descriptions.Item label={t('complaints.matches.title')} span={2}>
                <div className="cmp-matches" data-testid="complaint-matches">
                  {matches.map((m) => (
                    <span key={m.label}>{m.label}：{m.items.map((i, n) => <span key={i.id}>{n > 0 && '、'}<Link to={`/complaints/${i.id}`} className="mono">{i.serial}</Link></span>)}</span>
                  ))}
                </div>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card variant="borderless" title={t('complaints.dispatches.title')}>
          {c.jointCase && (
            // A joint case is handled and called back as one: the 回访 button sits here, not per share.
            <Alert
              className="cmp-case"
              type="info"
              showIcon
              data-testid="complaint-joint-case"
              message={<Link to={`/joint-cases/${c.jointCase.id}`} className="mono">{t('complaints.dispatches.jointCase', { serial: c.jointCase.serial })}</Link>}
              description={t('complaints.dispatches.jointCaseHint')}
              action={c.canDispatch && c.stage === 'callback' && (
                <Button size="small" type="primary" onClick={() => setCallback({ id: c.dispatches[0]!.id, unit: c.jointCase!.serial, joint: true })} data-testid="callback-open">{t('complaints.callback.open')}</Button>
              )}
            />
          )}
          {c.dispatches.length === 0 ? (
            <Empty description={t('complaints.dispatches.none')} />
          ) : (
            <div className="cmp-dispatches">
              {c.dispatches.map((d) => <DispatchCard key={d.id} d={d} canCallback={c.canDispatch && !c.jointCase} onCallback={() => setCallback({ id: d.id, unit: d.orgUnit.name, joint: false })} />)}
            </div>
          )}
        </Card>
      </Space>
      {dispatching && <DispatchModal complaint={c} channelName={channelName} onClose={() => setDispatching(false)} onDone={refresh} />}
      {callback && <CallbackModal dispatch={callback} channel={c.channel} onClose={() => setCallback(null)} onDone={refresh} />}
    </>
  );
}
