import './inspections.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Tag, Tooltip } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDate } from '../tasks/deadline.tsx';
import { InspectionsNav } from './InspectionsNav.tsx';
import { ScheduleStageButton } from './ScheduleStageButton.tsx';

interface Refusal {
  stage: number;
  groupId: string;
  districtId: string;
  message: string;
}

/**
 * 轮换计划日历: stages down, districts across, each cell the group(s) covering it. A planner drags
 * a group onto another district of the same stage (or picks one from the group's menu); the
 * server validates the whole plan and a refusal is shown in the stage's row, saying which rule.
 */
export default function RotationPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const plan = useQuery(trpc.inspection.getRotation.queryOptions({ planId: id }));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [dragging, setDragging] = useState<{ stage: number; groupId: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
  const adjust = useMutation(trpc.inspection.adjustRotation.mutationOptions());
  const publish = useMutation(trpc.inspection.publishRotation.mutationOptions({ onSuccess: refresh, onError: (e) => void message.error(errorMessage(e, t)) }));
  const editable = can('core.inspection.plan');

  if (plan.error) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  if (!p) return <Card loading variant="borderless" />;
  const groupName = new Map(p.groups.map((g) => [g.id, g.name]));
  const conflictOf = (groupId: string, districtId: string) => p.conflicts.find((c) => c.groupId === groupId && c.districtId === districtId);

  const move = (stage: number, groupId: string, districtId: string) => {
    setRefusal(null);
    adjust.mutate({ planId: p.id, stage, groupId, districtId }, {
      onSuccess: async (r) => {
        await refresh();
        message.success(r.swappedWith ? t('inspections.rotation.swapped', { a: groupName.get(groupId), b: groupName.get(r.swappedWith) }) : t('inspections.rotation.moved'));
      },
      onError: (error) => setRefusal({ stage, groupId, districtId, message: errorMessage(error, t) }),
    });
  };

  return (
    <>
      <PageHeader
        title={p.name}
        subtitle={<Space><Tag color={p.status === 'published' ? 'green' : 'default'}>{t(`inspections.rotation.status.${p.status}`)}</Tag>{t('inspections.rotation.rules')}</Space>}
        extra={editable && p.status === 'draft' && (
          <Popconfirm title={t('inspections.rotation.publishConfirm')} onConfirm={() => publish.mutate({ planId: p.id })}>
            <Button type="primary" loading={publish.isPending} data-testid="rotation-publish">{t('inspections.rotation.publish')}</Button>
          </Popconfirm>
        )}
      />
      <div style={{ marginBottom: 16 }}><InspectionsNav /></div>
      {p.districtChanges && p.districtChanges.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('inspections.rotation.districtChangesTitle')} data-testid="rotation-district-changes"
          description={<ul>{p.districtChanges.map((c) => <li key={`${c.townshipId}${c.districtId}`}>{t(c.change === 'joined' ? 'inspections.rotation.districtJoined' : 'inspections.rotation.districtLeft', { township: c.townshipName, district: c.districtName })}</li>)}</ul>} />
      )}
      {p.violations.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('inspections.rotation.nowInvalid')}
          description={<ul>{p.violations.map((v, i) => <li key={i}>{v.message}</li>)}</ul>} />
      )}
      {p.conflicts.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('inspections.rotation.conflictsTitle')} data-testid="rotation-conflicts"
          description={<ul>{p.conflicts.map((c) => <li key={`${c.groupId}${c.districtId}`}>{t('inspections.rotation.conflictLine', { group: groupName.get(c.groupId), district: p.districts.find((d) => d.id === c.districtId)?.name, reason: c.reason })}</li>)}</ul>} />
      )}
      <Card variant="borderless" styles={{ body: { overflowX: 'auto' } }}>
        <table className="rotation-grid" data-testid="rotation-grid">
          <thead>
            <tr>
              <th>{t('inspections.rotation.stage')}</th>
              {p.districts.map((d) => <th key={d.id}>{d.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {p.stages.map((stage) => (
              <Fragment key={stage.id}>
                <tr data-testid={`rotation-stage-${stage.index}`}>
                  <th>
                    <div>{t('inspections.rotation.stageN', { n: stage.index + 1 })}</div>
                    <div className="mono muted small">{formatDate(stage.startsOn)}<br />{formatDate(stage.endsOn)}</div>
                    {editable && <ScheduleStageButton planId={p.id} stage={stage.index} scheduled={p.scheduled[String(stage.index)] ?? 0} />}
                  </th>
                  {p.districts.map((d) => {
                    const here = p.assignments.filter((a) => a.stage === stage.index && a.districtId === d.id);
                    const refused = refusal && refusal.stage === stage.index && refusal.districtId === d.id;
                    return (
                      <td
                        key={d.id}
                        className={`rotation-cell${refused ? ' refused' : ''}${dragging?.stage === stage.index ? ' droppable' : ''}`}
                        data-testid={`rotation-cell-${stage.index}-${d.name}`}
                        onDragOver={(e) => { if (dragging?.stage === stage.index) e.preventDefault(); }}
                        onDrop={(e) => {
                          e.preventDefault();
                          if (dragging && dragging.stage === stage.index) move(stage.index, dragging.groupId, d.id);
                          setDragging(null);
                        }}
                      >
                        {here.map((a) => (
                          <div key={a.groupId} className="rotation-group" draggable={editable} onDragStart={() => setDragging({ stage: stage.index, groupId: a.groupId })} onDragEnd={() => setDragging(null)}>
                            <Tag color="blue" data-testid="rotation-group">{groupName.get(a.groupId)}</Tag>
                            {editable && (
                              <Select
                                size="small" variant="borderless" value={a.districtId} popupMatchSelectWidth={false} aria-label={t('inspections.rotation.moveTo')}
                                data-testid={`rotation-select-${stage.index}-${groupName.get(a.groupId)}`}
                                onChange={(districtId: string) => move(stage.index, a.groupId, districtId)}
                                options={p.districts.map((x) => {
                                  const c = conflictOf(a.groupId, x.id);
                                  return { value: x.id, label: c ? <Tooltip title={c.reason}>{x.name} ⚠</Tooltip> : x.name };
                                })}
                              />
                            )}
                          </div>
                        ))}
                      </td>
                    );
                  })}
                </tr>
                {refusal && refusal.stage === stage.index && (
                  <tr>
                    <td colSpan={p.districts.length + 1}>
                      <Alert type="error" showIcon closable onClose={() => setRefusal(null)} title={refusal.message} data-testid="rotation-refusal" />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
