import { decomposeKeyWorkInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Modal, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPlus } from '../../app/icons.tsx';
import { useCanAt } from '../../app/session.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { fmt, num, type KeyWorkDetail } from './types.ts';

interface PartValues {
  leadUnitId?: string;
  targets?: { targetId: string; targetValue?: number | null }[];
}

const isGroup = (u: OrgUnit) => u.level === 'group';

/** 分解: the key work's targets shared out among units below the lead unit. */
export function DecomposeModal({ keyWork, onClose }: { keyWork: KeyWorkDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(decomposeKeyWorkInput, () => ({ keyWorkId: keyWork.id }));
  const decompose = useMutation(trpc.keyWork.decompose.mutationOptions());
  const parts = (Form.useWatch('parts', form) as PartValues[] | undefined) ?? [];

  const { index } = useOrgUnits();
  const lead = keyWork.leadUnit;
  const leadIsDepartment = index?.byId.get(lead.id)?.level === 'department';
  // A department's key work may go to any unit; otherwise only below the lead unit.
  const selectable = useCallback(
    (u: OrgUnit) =>
      u.id !== lead.id &&
      !keyWork.parts.some((p) => p.leadUnit.id === u.id) &&
      (u.path.startsWith(lead.path) || leadIsDepartment) &&
      canAt('core.keyWork.manage', u),
    [lead, keyWork, leadIsDepartment, canAt],
  );

  const emptyRow = (): PartValues => ({ leadUnitId: undefined, targets: keyWork.targets.map((x) => ({ targetId: x.id, targetValue: undefined })) });

  // Shares already given out (earlier decompositions) plus the rows on this form.
  // Shares add up only for a summed target; a rate's parts each aim at the same rate.
  const sums = keyWork.targets.flatMap((target, i) => (target.aggregation === 'sum' ? [i] : [])).map((i) => {
    const target = keyWork.targets[i]!;
    const earlier = keyWork.parts.reduce((s, p) => s + p.targets.filter((x) => x.metric === target.metric && x.unit === target.unit).reduce((a, x) => a + num(x.targetValue), 0), 0);
    const now = parts.reduce((s, p) => s + num(p?.targets?.[i]?.targetValue), 0);
    return { target, earlier, total: earlier + now };
  });

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    decompose.mutate(input, {
      onSuccess: async (created) => {
        message.success(t('keyWork.decompose.done', { count: created.length }));
        await queryClient.invalidateQueries({ queryKey: trpc.keyWork.pathKey() });
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open
      width={Math.min(1100, 420 + keyWork.targets.length * 190)}
      title={t('keyWork.decompose.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('keyWork.decompose.submit')}
      okButtonProps={{ 'data-testid': 'kw-decompose-submit' } as ButtonProps}
      confirmLoading={decompose.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ parts: [emptyRow()] }} data-testid="kw-decompose-form">
        {!keyWork.targets.length && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('keyWork.decompose.noTargets')} />}
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              <Space align="start" style={{ display: 'flex', fontWeight: 500, marginBottom: 4 }}>
                <span style={{ display: 'inline-block', width: 260 }}>{t('keyWork.decompose.unit')}</span>
                {keyWork.targets.map((x) => (
                  <span key={x.id} style={{ display: 'inline-block', width: 170 }}>{x.metric}（{x.unit}）</span>
                ))}
              </Space>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }} data-testid="kw-part-row">
                  <Form.Item name={[field.name, 'leadUnitId']} rules={[rule]} style={{ marginBottom: 8 }}>
                    <OrgUnitTreeSelect selectable={selectable} prune={isGroup} style={{ width: 260 }} data-testid="kw-part-unit" />
                  </Form.Item>
                  {keyWork.targets.map((x, i) => (
                    <Space.Compact key={x.id} style={{ width: 170 }}>
                      <Form.Item name={[field.name, 'targets', i, 'targetValue']} rules={[rule]} style={{ marginBottom: 8, flex: 1 }}>
                        <InputNumber min={0} style={{ width: '100%' }} placeholder={x.metric} data-testid="kw-part-value" />
                      </Form.Item>
                      {x.aggregation === 'weighted_mean' && (
                        // A weighted mean needs each part's weight (its unit's 抽样户数, 种植面积 …).
                        <Form.Item name={[field.name, 'targets', i, 'weight']} rules={[rule]} style={{ marginBottom: 8, flex: 1 }}>
                          <InputNumber min={0} style={{ width: '100%' }} placeholder={t('keyWork.decompose.weightPlaceholder', { label: x.weightLabel ?? t('keyWork.fields.weight') })} data-testid="kw-part-weight" />
                        </Form.Item>
                      )}
                    </Space.Compact>
                  ))}
                  {fields.length > 1 && (
                    <Button type="link" danger onClick={() => remove(field.name)}>
                      {t('common.delete')}
                    </Button>
                  )}
                </Space>
              ))}
              <Button type="dashed" icon={<IconPlus />} onClick={() => add(emptyRow())} data-testid="kw-add-part">
                {t('keyWork.decompose.addUnit')}
              </Button>
            </>
          )}
        </Form.List>
        {sums.length > 0 && (
          <div style={{ marginTop: 16 }} data-testid="kw-decompose-sums">
            {sums.map(({ target, earlier, total }) => {
              const over = total > num(target.targetValue);
              const exact = total === num(target.targetValue);
              return (
                <div key={target.id}>
                  <Typography.Text type={over ? 'danger' : exact ? 'success' : 'secondary'}>
                    {t('keyWork.decompose.sum', { metric: target.metric, sum: fmt(total), target: fmt(target.targetValue), unit: target.unit })}
                    {earlier > 0 && ` ${t('keyWork.decompose.earlier', { value: fmt(earlier) })}`}
                    {over && ` · ${t('keyWork.decompose.over')}`}
                  </Typography.Text>
                </div>
              );
            })}
          </div>
        )}
      </Form>
    </Modal>
  );
}
