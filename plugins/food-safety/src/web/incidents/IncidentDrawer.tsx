import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, Select, Space, Spin, Switch, Timeline, Typography } from 'antd';
import { useBilingual, useErrorMessage, usePluginApi } from '@duban/plugin-sdk/web';
import type { FoodSafetyRouter } from '../../server.ts';
import { addReportInput, confirmLevelInput } from '../../server/schemas/incident.ts';
import { handledByNames, type HandledBy, type IncidentFacts } from '../../shared/classify-incident.ts';
import { incidentLevels, levelNames } from '../../shared/levels.ts';
import { formatTime, isoOf, showIssues } from '../form-helpers.ts';
import { ClassificationList } from './ClassificationList.tsx';
import { FactsModal } from './FactsModal.tsx';
import { LevelTag, ReportingTag, VetoTag } from './tags.tsx';

const reportKinds = { initial: { zh: '首报', en: 'First report' }, 'follow-up': { zh: '续报', en: 'Follow-up' }, final: { zh: '终报', en: 'Final report' } } as const;

/** 事故详情: facts, the grading against every criterion, the reporting timeline, confirmation. */
export function IncidentDrawer({ incidentId, onClose, canReport, canConfirm }: { incidentId: string | null; onClose(): void; canReport: boolean; canConfirm: boolean }) {
  const tr = useBilingual();
  const errorText = useErrorMessage();
  const { message } = App.useApp();
  const api = usePluginApi<FoodSafetyRouter>();
  const queryClient = useQueryClient();
  const detail = useQuery({ ...api['food-safety'].incident.get.queryOptions({ incidentId: incidentId ?? '' }), enabled: !!incidentId });
  const [confirmForm] = Form.useForm();
  const [reportForm] = Form.useForm();
  const refresh = () => queryClient.invalidateQueries({ queryKey: api['food-safety'].pathKey() });
  const onError = (e: unknown) => void message.error(errorText(e));
  const confirm = useMutation(api['food-safety'].incident.confirm.mutationOptions({ onSuccess: () => { void refresh(); message.success(tr({ zh: '已认定等级', en: 'Level confirmed' })); }, onError }));
  const report = useMutation(api['food-safety'].incident.addReport.mutationOptions({ onSuccess: () => { reportForm.resetFields(); void refresh(); message.success(tr({ zh: '已记录报告', en: 'Report recorded' })); }, onError }));
  const [editingFacts, setEditingFacts] = useState(false);
  const updateFacts = useMutation(api['food-safety'].incident.updateFacts.mutationOptions({ onSuccess: () => { setEditingFacts(false); void refresh(); message.success(tr({ zh: '已更新,建议等级已重新计算', en: 'Updated; the level was recomputed' })); }, onError }));
  const i = detail.data;
  const facts = (x: NonNullable<typeof i>): IncidentFacts => ({
    harmed: x.harmed, deaths: x.deaths, countiesAffected: x.countiesAffected, prefecturesAffected: x.prefecturesAffected, provincesAffected: x.provincesAffected,
    spreading: x.spreading, crossBorder: x.crossBorder, severeSocialImpact: x.severeSocialImpact, beyondProvincialCapacity: x.beyondProvincialCapacity, handledBy: x.handledBy as HandledBy,
  });

  const submitConfirm = async () => {
    const parsed = confirmLevelInput.safeParse({ ...(await confirmForm.validateFields()), incidentId });
    if (!parsed.success) return showIssues(confirmForm, parsed.error.issues);
    confirm.mutate(parsed.data);
  };
  const submitReport = async () => {
    const v = await reportForm.validateFields();
    const parsed = addReportInput.safeParse({ ...v, incidentId, reportedAt: isoOf(v.reportedAt) });
    if (!parsed.success) return showIssues(reportForm, parsed.error.issues);
    report.mutate(parsed.data);
  };

  return (
    <Drawer open={!!incidentId} onClose={onClose} size={760} destroyOnHidden title={i ? i.title : tr({ zh: '事故详情', en: 'Incident' })}>
      {detail.error && <Alert type="error" showIcon title={errorText(detail.error)} />}
      {!i ? <Spin /> : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="incident-detail">
          <Space wrap>
            <span>{tr({ zh: '建议等级', en: 'Suggested' })}<LevelTag level={i.suggestedLevel} /></span>
            <span>{tr({ zh: '认定等级', en: 'Confirmed' })}{i.confirmedLevel ? <LevelTag level={i.confirmedLevel} /> : <Typography.Text type="secondary">{tr({ zh: '待认定', en: 'pending' })}</Typography.Text>}</span>
            <ReportingTag status={i.reporting.status} />
            <VetoTag reasons={i.vetoReasons} />
          </Space>
          {i.vetoReasons.length > 0 && <Alert type="error" showIcon title={tr({ zh: '一票否决', en: 'Veto' })} description={i.vetoReasons.map((r, n) => <div key={n}>{tr(r.text)}</div>)} />}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={tr({ zh: '事发单位', en: 'Unit' })}>{i.unitName}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '地点', en: 'Place' })}>{i.place}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '发生时间', en: 'Occurred' })}>{formatTime(i.occurredAt)}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '发现时间', en: 'Discovered' })}>{formatTime(i.discoveredAt)}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '涉事单位', en: 'Units involved' })} span={2}>{i.unitsInvolved}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '伤害 / 死亡', en: 'Harmed / dead' })}>{i.harmed} / {i.deaths}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '涉及县 / 地市 / 省', en: 'Counties / prefectures / provinces' })}>{i.countiesAffected} / {i.prefecturesAffected} / {i.provincesAffected}</Descriptions.Item>
            <Descriptions.Item label={tr({ zh: '处置或认定机关', en: 'Handled by' })} span={2}>{tr(handledByNames[i.handledBy as HandledBy])}</Descriptions.Item>
            {i.description && <Descriptions.Item label={tr({ zh: '事故经过', en: 'Description' })} span={2}>{i.description}</Descriptions.Item>}
            {i.confirmReason && <Descriptions.Item label={tr({ zh: '认定理由', en: 'Reason' })} span={2}>{i.confirmReason}({i.confirmedByName},{formatTime(i.confirmedAt)})</Descriptions.Item>}
          </Descriptions>

          <Card
            size="small" title={tr({ zh: '分级依据(逐条对照)', en: 'Grading, criterion by criterion' })}
            extra={canReport && <Button size="small" data-testid="update-facts" onClick={() => setEditingFacts(true)}>{tr({ zh: '更新分级要素', en: 'Update the facts' })}</Button>}
          >
            <ClassificationList classification={i.classification} />
          </Card>

          <Card size="small" title={tr({ zh: '报告时间线', en: 'Reporting timeline' })}>
            <Typography.Paragraph type="secondary">
              {tr({ zh: `首报时限 ${i.settings.reportDeadlineHours} 小时(${formatTime(i.reporting.dueAt)} 前);超过 ${i.settings.concealmentHours} 小时未报告视为瞒报。`, en: `First report due within ${i.settings.reportDeadlineHours} h (by ${formatTime(i.reporting.dueAt)}); unreported after ${i.settings.concealmentHours} h counts as concealment.` })}
            </Typography.Paragraph>
            <Timeline
              items={[
                { color: 'red', content: `${formatTime(i.occurredAt)} ${tr({ zh: '事故发生', en: 'Occurred' })}` },
                { color: 'orange', content: `${formatTime(i.discoveredAt)} ${tr({ zh: '事发单位发现', en: 'Discovered' })}` },
                ...i.reports.map((r) => ({ color: 'blue', content: `${formatTime(r.reportedAt)} ${tr(reportKinds[r.kind as keyof typeof reportKinds])} → ${r.reportedTo}:${r.content}` })),
                ...(i.confirmedAt ? [{ color: 'green', content: `${formatTime(i.confirmedAt)} ${tr({ zh: '认定为', en: 'Confirmed as' })} ${tr(levelNames[i.confirmedLevel!])}` }] : []),
              ]}
            />
            {canReport && (
              <Form form={reportForm} layout="inline" initialValues={{ kind: i.reports.length ? 'follow-up' : 'initial', reportedTo: '县市场监督管理局' }}>
                <Form.Item name="kind"><Select style={{ width: 100 }} options={Object.entries(reportKinds).map(([value, label]) => ({ value, label: tr(label) }))} /></Form.Item>
                <Form.Item name="reportedAt" rules={[{ required: true, message: tr({ zh: '请选择报告时间', en: 'Choose the time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={tr({ zh: '报告时间', en: 'Time' })} /></Form.Item>
                <Form.Item name="reportedTo"><Input placeholder={tr({ zh: '报告对象', en: 'Recipient' })} style={{ width: 140 }} /></Form.Item>
                <Form.Item name="content" rules={[{ required: true, message: tr({ zh: '请填写报告内容', en: 'Enter the report' }) }]}><Input placeholder={tr({ zh: '报告内容', en: 'Report' })} style={{ width: 180 }} /></Form.Item>
                <Button onClick={submitReport} loading={report.isPending}>{tr({ zh: '记录报告', en: 'Add report' })}</Button>
              </Form>
            )}
          </Card>

          {canConfirm && (
            <Card size="small" data-testid="confirm-level" title={tr({ zh: '等级认定', en: 'Confirm the level' })}>
              <Form form={confirmForm} layout="vertical" initialValues={{ level: i.confirmedLevel ?? i.suggestedLevel, reason: i.confirmReason ?? '', falsified: i.falsified, mishandled: i.mishandled }}>
                <Form.Item name="level" label={tr({ zh: '认定等级', en: 'Level' })}><Select options={incidentLevels.map((l) => ({ value: l, label: tr(levelNames[l]) }))} /></Form.Item>
                <Form.Item name="reason" label={tr({ zh: '认定理由', en: 'Reason' })} rules={[{ required: true, message: tr({ zh: '请填写认定理由', en: 'Give the reason' }) }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
                <Space size="large">
                  <Form.Item name="falsified" label={tr({ zh: '存在弄虚作假', en: 'Facts falsified' })} valuePropName="checked"><Switch /></Form.Item>
                  <Form.Item name="mishandled" label={tr({ zh: '处置不力,造成不良影响和严重后果', en: 'Mishandled, serious consequences' })} valuePropName="checked"><Switch /></Form.Item>
                </Space>
                <Button type="primary" onClick={submitConfirm} loading={confirm.isPending}>{tr({ zh: '认定', en: 'Confirm' })}</Button>
              </Form>
            </Card>
          )}
          {editingFacts && <FactsModal incidentId={i.id} initial={facts(i)} saving={updateFacts.isPending} onCancel={() => setEditingFacts(false)} onSubmit={(v) => updateFacts.mutate(v)} />}
        </Space>
      )}
    </Drawer>
  );
}
