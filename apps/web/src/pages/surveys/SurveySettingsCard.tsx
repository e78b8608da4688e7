import { surveySettingsInput } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

const fields = [
  ['monthlyQuota', 'monthlyQuota'],
  ['callbackPercent', 'callbackPercent'],
  ['clusterRadiusMeters', 'clusterRadius'],
  ['clusterMinSurveys', 'clusterMin'],
  ['maxSpeedKmh', 'maxSpeed'],
  ['minGapMinutes', 'minGap'],
  ['phoneRepeatMin', 'phoneRepeat'],
] as const;

/** 配额与疑点阈值: the county's numbers (quota, coverage share, call-back share, flag thresholds). */
export function SurveySettingsCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const settings = useQuery(trpc.survey.settings.queryOptions());
  const { form, rule, validate, showError } = useZodForm(surveySettingsInput);
  const save = useMutation(trpc.survey.setSettings.mutationOptions());
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    save.mutate(input, {
      onSuccess: async () => {
        message.success(t('surveys.settings.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
      },
      onError: showError,
    });
  };

  return (
    <Card variant="borderless" title={t('surveys.settings.title')} style={{ marginTop: 16 }} extra={editable && <Button type="primary" loading={save.isPending} onClick={() => void submit()} data-testid="survey-settings-save">{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" disabled={!editable}>
        <Space wrap size={16} align="start">
          <Form.Item label={t('surveys.settings.villageShare')} required>
            <Space.Compact>
              <Form.Item name="villageShareNum" noStyle rules={[rule]}><InputNumber min={1} max={100} style={{ width: 70 }} /></Form.Item>
              <span style={{ padding: '4px 8px' }}>/</span>
              <Form.Item name="villageShareDen" noStyle rules={[rule]}><InputNumber min={1} max={100} style={{ width: 70 }} /></Form.Item>
            </Space.Compact>
          </Form.Item>
          {fields.map(([name, label]) => (
            <Form.Item key={name} name={name} label={t(`surveys.settings.${label}`)} rules={[rule]}>
              <InputNumber min={0} style={{ width: 160 }} />
            </Form.Item>
          ))}
        </Space>
      </Form>
    </Card>
  );
}
