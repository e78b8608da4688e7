import { escalationRulesInput } from '@duban/api/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Divider, Drawer, Form, InputNumber, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { UnitLeaders } from './UnitLeaders.tsx';
import { useTaskInvalidate } from './use-task-invalidate.ts';

const fields = ['remindDaysBefore', 'superviseAfterDays', 'listAfterDays'] as const;
type Rules = Record<(typeof fields)[number], number> & {
  listingLeaderSource: 'responsible_unit' | 'supervising_unit';
  thresholdUnit: 'days' | 'hours';
  yellowDaysBefore: number;
};
const units = ['days', 'hours'] as const;
const sources = ['responsible_unit', 'supervising_unit'] as const;

/** 升级规则, one line on the dashboard; those with core.task.rules edit them in a drawer. */
export function EscalationRules() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const rules = useQuery(trpc.supervision.rules.queryOptions());
  const r = rules.data;
  if (!r) return null;
  return (
    <span className="task-rules" data-testid="rules-card">
      <span className="muted">{t('tasks.rules.label')}</span>
      <span>{t('tasks.rules.explain', { remind: r.remindDaysBefore, supervise: r.superviseAfterDays, list: r.listAfterDays, unit: t(`tasks.rules.unit.${r.thresholdUnit}`) })}</span>
      <span className="muted" data-testid="rules-yellow">{t('tasks.leader.yellowWindow', { days: r.yellowDaysBefore })}</span>
      <span className="muted" data-testid="rules-leader">{t('tasks.rules.leaderExplain', { source: t(`tasks.rules.source.${r.listingLeaderSource}`) })}</span>
      {can('core.task.rules') && (
        <>
          <Button type="link" size="small" onClick={() => setEditing(true)} data-testid="rules-edit">{t('common.edit')}</Button>
          <RunEscalationButton />
        </>
      )}
      {editing && <RulesDrawer rules={r} onClose={() => setEditing(false)} />}
    </span>
  );
}

function RulesDrawer({ rules, onClose }: { rules: Rules; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const save = useMutation(trpc.supervision.setRules.mutationOptions());
  const { form, rule, validate, showError } = useZodForm(escalationRulesInput);
  const unit = (Form.useWatch('thresholdUnit', form) as Rules['thresholdUnit'] | undefined) ?? rules.thresholdUnit;

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    save.mutate(input, {
      onSuccess: async (saved) => {
        // Saved rules apply at once: the county's open items were re-evaluated on save.
        message.success(t('tasks.rules.savedApplied', { checked: saved.applied.checked, raised: saved.applied.raised }));
        await invalidate();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Drawer
      open
      title={t('tasks.rules.title')}
      size={560}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()} data-testid="rules-save">{t('common.save')}</Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      <p className="muted" style={{ marginTop: 0 }}>{t('tasks.rules.hint')}</p>
      <Form form={form} layout="vertical" initialValues={{ ...rules }} onFinish={() => void submit()} data-testid="rules-form">
        <Form.Item name="thresholdUnit" label={t('tasks.rules.thresholdUnit')} rules={[rule]}>
          <Radio.Group optionType="button" options={units.map((value) => ({ value, label: t(`tasks.rules.unitName.${value}`) }))} data-testid="rules-unit" />
        </Form.Item>
        {fields.map((f) => (
          <Form.Item key={f} name={f} label={t(`tasks.rules.${f}`)} required rules={[rule]} dependencies={f === 'listAfterDays' ? ['superviseAfterDays'] : undefined}>
            <InputNumber min={0} max={f === 'remindDaysBefore' ? 60 : 365} precision={0} style={{ width: 160 }} suffix={t(`tasks.rules.unit.${unit}`)} data-testid={`rules-${f}`} />
          </Form.Item>
        ))}
        <Form.Item name="yellowDaysBefore" label={t('tasks.rules.yellowDaysBefore')} rules={[rule]} extra={t('tasks.rules.yellowHint')}>
          <InputNumber min={0} max={30} precision={0} style={{ width: 160 }} suffix={t('tasks.rules.dayUnit')} data-testid="rules-yellowDaysBefore" />
        </Form.Item>
        <Form.Item name="listingLeaderSource" label={t('tasks.rules.listingLeaderSource')} rules={[rule]} extra={t('tasks.rules.listingLeaderHint')}>
          <Radio.Group options={sources.map((value) => ({ value, label: t(`tasks.rules.source.${value}`) }))} data-testid="rules-leader-source" />
        </Form.Item>
      </Form>
      <Divider />
      <UnitLeaders />
    </Drawer>
  );
}

/** 立即执行: the 督查室 applies the rules to its county's open items now, not at the next hourly run. */
function RunEscalationButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const run = useMutation(trpc.supervision.runEscalation.mutationOptions());
  return (
    <Button
      type="link"
      size="small"
      loading={run.isPending}
      data-testid="rules-run"
      onClick={() =>
        run.mutate(undefined, {
          onSuccess: async (r) => {
            message.success(t('tasks.rules.ran', { checked: r.checked, raised: r.raised }));
            await invalidate();
          },
          onError: (e) => message.error(e.message),
        })
      }
    >
      {t('tasks.rules.runNow')}
    </Button>
  );
}
