import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Grid, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { useMe } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ClockTag } from './ClockTag.tsx';
import { ComplaintsNav } from './ComplaintsNav.tsx';
import './complaints.css';

type Board = RouterOutputs['complaint']['board'];
type Rates = Board['unit']['rates'];
type Late = Board['late'][number];
const rateKeys = ['handlingRate', 'closureRate', 'onTimeRate', 'repeatRate', 'signOnTimeRate', 'satisfactionRate', 'reopenRate'] as const;
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
const isGroup = (u: { level: string }) => u.level === 'group';

/** 投诉看板: the unit's complaint rates, each child unit's, and the dispatches running late. */
export default function ComplaintBoardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [unitId, setUnitId] = useState<string | undefined>(me.scopes['core.complaint.read']?.[0]?.id);
  const [year, setYear] = useState(thisYear);
  const board = useQuery({ ...trpc.complaint.board.queryOptions({ orgUnitId: unitId ?? '', year }), enabled: !!unitId, refetchInterval: 60_000 });
  const phone = Grid.useBreakpoint().md === false;
  const b = board.data;

  const kpis = (r: Rates) => (
    <div className="cmp-kpis" data-testid="complaint-kpis">
      <div className="cmp-kpi"><div className="cmp-kpi-name">{t('complaints.board.received')}</div><div className="cmp-kpi-value" data-testid="kpi-received">{r.received}</div></div>
      {rateKeys.map((k) => (
        <div className="cmp-kpi" key={k}>
          <div className="cmp-kpi-name">{t(`complaints.board.${k}`)}</div>
          <div className="cmp-kpi-value" data-testid={`kpi-${k}`}>{pct(r[k])}</div>
        </div>
      ))}
    </div>
  );

  return (
    <>
      <PageHeader title={t('complaints.board.title')} subtitle={t('complaints.subtitle')} />
      <ComplaintsNav />
      <Card variant="borderless">
        <div className="cmp-toolbar">
          <OrgUnitTreeSelect value={unitId} onChange={setUnitId} prune={isGroup} style={{ width: 240 }} data-testid="board-unit" />
          <Select value={year} onChange={setYear} options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} />
        </div>
        {board.error && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
        {b && kpis(b.unit.rates)}
        <p className="cmp-formula">{t('complaints.board.formula')}</p>
      </Card>
      <Card variant="borderless" title={t('complaints.board.children')} style={{ marginTop: 16 }}>
        {phone ? (
          b?.children.length ? b.children.map((c) => (
            <div className="cmp-card" key={c.id} data-testid="board-child">
              <span className="cmp-card-title">{c.name} <span className="muted">{t('complaints.board.received')} {c.rates.received}</span></span>
              <span className="cmp-rates-line">{rateKeys.map((k) => <span key={k}>{t(`complaints.board.${k}`)} <b>{pct(c.rates[k])}</b></span>)}</span>
            </div>
          )) : <Empty description={t('complaints.board.noChildren')} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={board.isPending && !!unitId}
            dataSource={b?.children ?? []}
            pagination={false}
            locale={{ emptyText: t('complaints.board.noChildren') }}
            data-testid="board-children"
            columns={[
              { title: t('complaints.board.unit'), dataIndex: 'name' },
              { title: t('complaints.board.received'), key: 'received', width: 90, render: (_, c: Board['children'][number]) => c.rates.received },
              ...rateKeys.map((k) => ({ title: t(`complaints.board.${k}`), key: k, width: 110, render: (_: unknown, c: Board['children'][number]) => pct(c.rates[k]) })),
            ]}
          />
        )}
      </Card>
      <Card variant="borderless" title={t('complaints.board.late')} style={{ marginTop: 16 }}>
        {b && b.late.length === 0 ? <Empty description={t('complaints.board.noLate')} /> : phone ? (
          b?.late.map((l) => (
            <Link to={`/complaints/${l.complaint.id}`} className="cmp-card" key={l.id} data-testid="board-late">
              <span className="cmp-card-top"><span className="mono muted">{l.complaint.serial}</span><span>{l.orgUnit.name}</span></span>
              <span className="cmp-card-title">{l.complaint.subject}</span>
              <span className="cmp-clock"><span className="cmp-clock-label">{t('complaints.dispatches.sign')}</span><ClockTag clock={l.signClock} /></span>
              <span className="cmp-clock"><span className="cmp-clock-label">{t('complaints.dispatches.handle')}</span><ClockTag clock={l.handleClock} /></span>
            </Link>
          ))
        ) : (
          <Table<Late>
            rowKey="id"
            size="middle"
            dataSource={b?.late ?? []}
            pagination={false}
            data-testid="board-late"
            rowClassName={(l) => (l.signClock.state === 'overdue' || l.handleClock.state === 'overdue' ? 'cmp-late-row' : '')}
            columns={[
              { title: t('complaints.fields.serial'), key: 'serial', width: 150, render: (_, l) => <Link to={`/complaints/${l.complaint.id}`} className="mono">{l.complaint.serial}</Link> },
              { title: t('complaints.fields.subject'), key: 'subject', render: (_, l) => l.complaint.subject },
              { title: t('complaints.fields.units'), key: 'unit', width: 140, render: (_, l) => l.orgUnit.name },
              { title: t('complaints.dispatches.sign'), key: 'sign', width: 260, render: (_, l) => <ClockTag clock={l.signClock} /> },
              { title: t('complaints.dispatches.handle'), key: 'handle', width: 260, render: (_, l) => <ClockTag clock={l.handleClock} /> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
