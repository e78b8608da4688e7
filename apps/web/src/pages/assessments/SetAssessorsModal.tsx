import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { PlanDetail } from './types.ts';
import { useAssessmentInvalidate } from './use-assessment-invalidate.ts';

/** 考核组: the assessors; every one of them scores every manual item of every unit. */
export function SetAssessorsModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const options = useQuery(trpc.assessment.assessorOptions.queryOptions({ planId: plan.id }));
  const [userIds, setUserIds] = useState(plan.assessors.map((a) => a.userId));
  const save = useMutation(trpc.assessment.setAssessors.mutationOptions());

  return (
    <Modal
      open
      title={t('assessments.units.panel')}
      onCancel={onClose}
      okButtonProps={{ disabled: userIds.length === 0, 'data-testid': 'assessors-submit' } as ButtonProps}
      confirmLoading={save.isPending}
      onOk={() =>
        save.mutate(
          { planId: plan.id, userIds },
          {
            onSuccess: async () => {
              message.success(t('common.saved'));
              await invalidate();
              onClose();
            },
            onError: (e) => message.error(errorMessage(e, t)),
          },
        )
      }
      destroyOnHidden
    >
      <p className="muted">{t('assessments.units.panelPick')}</p>
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        loading={options.isPending}
        value={userIds}
        onChange={setUserIds}
        showSearch={{ optionFilterProp: 'label' }}
        options={(options.data ?? []).map((o) => ({ value: o.userId, label: `${o.name}(${o.username} · ${o.unitName})` }))}
        data-testid="assessors-select"
      />
    </Modal>
  );
}
