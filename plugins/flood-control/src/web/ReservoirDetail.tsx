import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useBilingual, usePluginApi } from '@duban/plugin-sdk/web';
import type { FloodControlRouter } from '../server.ts';
import { preSeasonChecklist } from '../server/pre-season-checklist.ts';

const day = (d: string | Date | null | undefined) => (d ? new Date(d).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—');
const itemLabel = new Map((preSeasonChecklist.items ?? []).map((i) => [i.key, { zh: i.label.zh, en: i.label.en ?? i.label.zh }]));

/**
 * 库塘详情: the row, whom to call, its pre-season checks season by season, and its inspections
 * (C7) — visits about it, records with failed items, open rectification items, repeat offences.
 * The server leaves out what the user may not see (an unannounced visit before it starts).
 */
export function ReservoirDetail({ reservoirId, onClose }: { reservoirId: string | null; onClose(): void }) {
  const tr = useBilingual();
  const api = usePluginApi<FloodControlRouter>();
  const detail = useQuery({ ...api['flood-control'].reservoir.get.queryOptions({ reservoirId: reservoirId ?? '' }), enabled: !!reservoirId });
  const r = detail.data;
  const person = (p: { name: string; unit: string; phone: string | null } | null, fallback: string | null) =>
    p ? `${p.name}（${p.unit}${p.phone ? ` · ${p.phone}` : ''}）` : (fallback ?? tr({ zh: '未落实', en: 'None' }));
  const ins = r?.inspections;
  return (
    <Drawer open={!!reservoirId} onClose={onClose} width="min(720px, 100vw)" title={r?.name ?? tr({ zh: '库塘详情', en: 'Reservoir' })} destroyOnHidden>
      {detail.error && <Alert type="error" showIcon message={detail.error.message} />}
      {!r ? <Skeleton active /> : (
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="reservoir-detail">
          <Space wrap>{r.problems.length ? r.problems.map((p) => <Tag color="red" key={p}>{p}</Tag>) : <Tag color="green">{tr({ zh: '正常', en: 'OK' })}</Tag>}</Space>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label={tr({ zh: '所在单位', en: 'Unit' })}>{r.unitName}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '总库容(万m³)', en: 'Capacity' })}>{r.capacity}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '汛限水位(米)', en: 'Limit level (m)' })}>{r.floodLimitLevel ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '病险 / 空库', en: 'Dangerous / empty' })}>{r.dangerous ? tr({ zh: '病险', en: 'Dangerous' }) : tr({ zh: '否', en: 'No' })}{r.dangerous ? ` · ${r.emptied ? tr({ zh: '已空库', en: 'emptied' }) : tr({ zh: '未空库', en: 'not emptied' })}` : ''}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '行政责任人', en: 'Admin. responsible' })}>{person(r.adminPerson, r.adminResponsible)}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '技术责任人', en: 'Tech. responsible' })}>{person(r.technicalPerson, r.technicalResponsible)}</Descriptions.Item>
          </Descriptions>

          <div data-testid="reservoir-checks">
            <Typography.Title level={5}>{tr({ zh: '汛前检查（按汛期）', en: 'Pre-season checks (by season)' })}</Typography.Title>
            <List size="small" bordered dataSource={r.checks} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr({ zh: '尚无检查', en: 'No checks yet' })} /> }}
              renderItem={(c) => (
                <List.Item>
                  <Space wrap>
                    <Tag>{tr({ zh: `${c.season} 年汛期`, en: `Season ${c.season}` })}</Tag>
                    {c.passed ? <Tag color="green">{tr({ zh: '合格', en: 'Passed' })}</Tag> : <Tag color="red">{tr({ zh: '发现问题', en: 'Problems' })}</Tag>}
                    <span>{day(c.checkedAt)} · {c.checkedByName}</span>
                    {new Date(c.expiresAt).getTime() < Date.now() ? <Tag>{tr({ zh: '已失效', en: 'Expired' })}</Tag> : <span style={{ color: '#888' }}>{tr({ zh: `有效至 ${day(c.expiresAt)}`, en: `Valid until ${day(c.expiresAt)}` })}</span>}
                    {(c.failedItems as string[]).map((k) => <Tag color="orange" key={k}>{tr(itemLabel.get(k) ?? { zh: k, en: k })}</Tag>)}
                  </Space>
                </List.Item>
              )} />
          </div>

          <div data-testid="reservoir-inspections">
            <Typography.Title level={5}>{tr({ zh: '督查记录', en: 'Inspections' })}</Typography.Title>
            {ins && ins.repeatOffences.length > 0 && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }}
                message={tr({ zh: `屡查屡犯：${ins.repeatOffences.map((o) => `「${o.label.zh}」${o.count} 次不合格`).join('，')}（${ins.repeatRule.withinDays} 天内）`, en: `Repeat offender: ${ins.repeatOffences.map((o) => `"${o.label.en}" failed ${o.count} times`).join(', ')} (within ${ins.repeatRule.withinDays} days)` })} />
            )}
            <List size="small" bordered dataSource={ins?.records ?? []} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr({ zh: '尚无督查记录', en: 'No inspections yet' })} /> }}
              renderItem={(rec) => (
                <List.Item>
                  <Space wrap>
                    <span>{day(rec.capturedAt)}</span>
                    <span>{tr(rec.template)}</span>
                    {rec.passed ? <Tag color="green">{tr({ zh: '合格', en: 'Passed' })}</Tag> : <Tag color="red">{tr({ zh: '不合格', en: 'Failed' })}</Tag>}
                    <span style={{ color: '#888' }}>{rec.submittedByName}</span>
                    {rec.failedItems.map((f) => <Tag color="orange" key={f.zh}>{tr(f)}</Tag>)}
                  </Space>
                </List.Item>
              )} />
          </div>

          <div data-testid="reservoir-open-items">
            <Typography.Title level={5}>{tr({ zh: '整改事项', en: 'Rectification items' })}</Typography.Title>
            <List size="small" bordered dataSource={ins?.findings ?? []} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr({ zh: '没有整改事项', en: 'No rectification items' })} /> }}
              renderItem={(f) => (
                <List.Item>
                  <Space wrap>
                    <Tag>{f.task.serial}</Tag>
                    <span>{f.title}</span>
                    {ins!.openItems.some((t) => t.id === f.task.id) ? <Tag color="orange">{tr({ zh: `整改中 · 期限 ${day(f.task.deadline)}`, en: `Open · due ${day(f.task.deadline)}` })}</Tag> : <Tag color="green">{tr({ zh: '已办结', en: 'Closed' })}</Tag>}
                  </Space>
                </List.Item>
              )} />
          </div>
        </Space>
      )}
    </Drawer>
  );
}
