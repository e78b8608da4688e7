import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { CreateDutyModal } from './CreateDutyModal.tsx';
import { scheduleText } from './schedule-text.ts';
import './duties.css';

/** 报送任务: the duties units in the user's scope own or owe, as cards (they read the same on a phone). */
export default function DutiesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useQuery(trpc.duty.list.queryOptions());
  return (
    <>
      <PageHeader
        title={t('duties.title')}
        subtitle={t('duties.subtitle')}
        extra={
          <div className="duty-actions">
            {can('core.duty.report') && <Link to="/duties/mine"><Button>{t('duties.mine')}</Button></Link>}
            {can('core.duty.manage') && <Button type="primary" onClick={() => setCreating(true)} data-testid="create-duty">{t('duties.create')}</Button>}
          </div>
        }
      />
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : !list.data ? <Skeleton active /> : list.data.length === 0 ? (
        <Card variant="borderless"><Empty description={t('duties.empty')} /></Card>
      ) : (
        <div className="duty-grid" data-testid="duty-list">
          {list.data.map((d) => (
            <Link to={`/duties/${d.id}`} key={d.id}>
              <Card variant="borderless" hoverable className="duty-card" data-testid="duty-card">
                <h3>{d.name} {d.archived && <Tag>{t('duties.archived')}</Tag>}</h3>
                <div className="duty-meta">
                  <span>{t(`duties.frequencies.${d.frequency}`)}</span>
                  <span>{t('duties.fields.ownerUnit')}：{d.ownerUnit}</span>
                  <span>{t('duties.fields.unitsCount', { count: d.units })}</span>
                </div>
                <p className="muted" style={{ margin: '8px 0 0' }}>{scheduleText(d, t)}</p>
              </Card>
            </Link>
          ))}
        </div>
      )}
      {creating && <CreateDutyModal onClose={() => setCreating(false)} />}
    </>
  );
}
