import { drawCallbacksInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

/** 抽取回访: a unit, the survey period, a share and an optional seed (recorded with the draw). */
export function DrawCallbacks({ defaultPercent }: { defaultPercent: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { roots } = usePermissionRoots('core.survey.callback');
  const selectable = useCallback((u: { path: string; level: string }) => withinRoots(roots, u) && u.level !== 'group', [roots]);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')]);
  const { form, rule, validate, showError } = useZodForm(drawCallbacksInput, () => ({ from: range[0].startOf('day').toISOString(), to: range[1].endOf('day').toISOString() }));
  const draw = useMutation(trpc.survey.callback.draw.mutationOptions());
  const [last, setLast] = useState<{ drawn: number; eligible: number; seed: string } | null>(null);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    draw.mutate(input, {
      onSuccess: async (d) => {
        setLast(d);
        await queryClient.invalidateQueries({ queryKey: trpc.survey.callback.pathKey() });
      },
      onError: showError,
    });
  };

  return (
    <Card variant="borderless" title={t('surveys.callbacks.draw')} style={{ marginBottom: 16 }}>
      <Form form={form} layout="inline" initialValues={{ orgUnitId: roots[0]?.id, sharePercent: defaultPercent }} style={{ rowGap: 12 }}>
        <Form.Item name="orgUnitId" label={t('surveys.callbacks.unit')} rules={[rule]}>
          <OrgUnitTreeSelect selectable={selectable} prune={(u) => u.level === 'group' || u.level === 'department'} style={{ width: 220 }} data-testid="callback-unit" />
        </Form.Item>
        <Form.Item label={t('surveys.callbacks.period')} required>
          <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        </Form.Item>
        <Form.Item name="sharePercent" label={t('surveys.callbacks.share')} rules={[rule]}>
          <InputNumber min={1} max={100} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="seed" label={t('surveys.callbacks.seed')} tooltip={t('surveys.callbacks.seedHint')} rules={[rule]}>
          <Input maxLength={64} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" loading={draw.isPending} onClick={() => void submit()} data-testid="callback-draw">{t('surveys.callbacks.draw')}</Button>
      </Form>
      {last && <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('surveys.callbacks.drawn', last)} />}
    </Card>
  );
}
