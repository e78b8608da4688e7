import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Popconfirm, Row, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from '../tasks/deadline.tsx';
import { LevelTag } from './level.tsx';
import './warnings.css';

type Board = RouterOutputs['warning']['board'];
type Recipient = Board['recipients'][number];

/** 确认情况: per tier and per recipient, polled every 5 s; those not acknowledged show in red. */
export default function WarningBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [onlyPending, setOnlyPending] = useState(false);
  const board = useQuery({ ...trpc.warning.board.queryOptions({ warningId: id }), refetchInterval: 5_000 });
  const cancel = useMutation(trpc.warning.cancel.mutationOptions());
  if (board.error) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  const w = data?.warning;
  const rows = (data?.recipients ?? []).filter((r) => !onlyPending || !r.acknowledgedAt);

  return (
    <>
      <PageHeader
        title={w ? <span className="warn-title">{<LevelTag level={w.level} />}{w.title}</span> : t('warnings.board.title')}
        subtitle={w ? `${w.issuingUnit} · ${formatDateTime(w.validFrom)} — ${formatDateTime(w.validUntil)}` : undefined}
        extra={
          w?.live && can('core.warning.issue') ? (
            <Popconfirm
              title={t('warnings.cancelConfirm')}
              onConfirm={() => cancel.mutate({ warningId: id }, {
                onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.warning.pathKey() }),
                onError: (e) => message.error(errorMessage(e, t)),
              })}
            >
              <Button danger>{t('warnings.cancel')}</Button>
            </Popconfirm>
          ) : w?.cancelledAt ? <Tag>{t('warnings.cancelled')}</Tag> : null
        }
      />
      {w && <Card variant="borderless" className="warn-text"><p>{w.text}</p><p className="muted">{t('warnings.fields.area')}：{w.areas.map((a) => a.name).join('、')}</p></Card>}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={16}>
          <Card variant="borderless" title={t('warnings.board.title')} extra={<span className="muted">{t('warnings.board.refreshing')}</span>}>
            <div className="warn-tiers" data-testid="warning-tiers">
              <div className="warn-tier warn-tier-all">
                <span className="warn-tier-name">{t('warnings.board.acknowledged')}</span>
                <span className="warn-tier-count mono" data-testid="warning-acknowledged">{data ? t('warnings.board.ofTotal', { done: data.acknowledged, total: data.total }) : '—'}</span>
              </div>
              {data?.perTier.map((tier) => (
                <div key={tier.tier} className={`warn-tier ${tier.acknowledged < tier.total ? 'warn-tier-open' : ''}`} data-testid={`tier-${tier.tier}`}>
                  <span className="warn-tier-name">{t(`warnings.tiers.${tier.tier}`)}</span>
                  <span className="warn-tier-count mono">{t('warnings.board.ofTotal', { done: tier.acknowledged, total: tier.total })}</span>
                  {tier.escalated > 0 && <span className="warn-tier-escalated">{t('warnings.board.escalated')} {tier.escalated}</span>}
                </div>
              ))}
            </div>
            <div className="warn-filter"><Switch size="small" checked={onlyPending} onChange={setOnlyPending} /> {t('warnings.board.onlyPending')}</div>
            <Table<Recipient>
              rowKey="id"
              size="small"
              loading={board.isPending}
              dataSource={rows}
              scroll={{ x: 760 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              rowClassName={(r) => (r.acknowledgedAt ? '' : 'warn-row-pending')}
              data-testid="warning-board"
              columns={[
                { title: t('warnings.board.recipient'), key: 'name', render: (_, r) => <span data-testid="recipient-name">{r.within && r.tier === 'group' ? `${r.within} ${r.name}` : r.name}</span> },
                { title: t('warnings.fields.tier'), dataIndex: 'tier', width: 90, render: (tier: string) => t(`warnings.tiers.${tier}`) },
                {
                  title: t('warnings.fields.status'), key: 'status', width: 120,
                  render: (_, r) =>
                    r.acknowledgedAt ? <Tag color="success">{t('warnings.board.acknowledged')}</Tag>
                      : r.overdue ? <Tag color="error" data-testid="recipient-overdue">{t('warnings.board.overdue')}</Tag>
                        : <Tag color="error" variant="outlined" data-testid="recipient-pending">{t('warnings.board.pending')}</Tag>,
                },
                { title: t('warnings.board.ackAt'), dataIndex: 'acknowledgedAt', width: 140, render: (v: string | null, r) => (v ? <span className="mono">{formatDateTime(v)}</span> : <span className="mono muted">{t('warnings.board.dueAt')} {formatDateTime(r.dueAt)}</span>) },
                { title: t('warnings.board.ackBy'), dataIndex: 'acknowledgedByName', width: 100, render: (v: string | null) => v ?? '—' },
                { title: t('warnings.board.sendCount'), dataIndex: 'sendCount', width: 80, render: (n: number, r) => <span className="mono">{n}{r.escalatedAt ? ` · ${t('warnings.board.escalated')}` : ''}</span> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card variant="borderless" title={t('warnings.board.messages')}>
            {data?.messages.length ? (
              <ul className="warn-messages">
                {data.messages.map((m) => (
                  <li key={`${m.channel}-${m.status}`}>
                    <span>{t(`warnings.board.channels.${m.channel as 'sms'}`)} · {t(`warnings.board.statuses.${m.status as 'sent'}`)}</span>
                    <span className="mono">{m.count}</span>
                  </li>
                ))}
              </ul>
            ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Card>
          <Card variant="borderless" title={t('warnings.board.reports')} style={{ marginTop: 16 }}>
            {data?.reports.length ? (
              <ul className="warn-reports" data-testid="warning-reports">
                {data.reports.map((r) => (
                  <li key={r.id}>
                    <div><Tag>{t(`warnings.report.kinds.${r.kind as 'rain'}`)}</Tag>{r.value !== null && <strong className="mono">{r.value}</strong>} {r.text}</div>
                    <div className="muted">{r.from} · {r.by} · {formatDateTime(r.at)}</div>
                  </li>
                ))}
              </ul>
            ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warnings.board.noReports')} />}
          </Card>
        </Col>
      </Row>
    </>
  );
}
