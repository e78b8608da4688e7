import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import { useTRPC } from '../../../api/trpc.ts';
import type { PlanDetail } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';
import type { PlanConfig } from './config-ops.ts';

/**
 * Saves the configuration. A draft changes in place (problems may remain until it starts); a plan
 * in use gets a new version, which needs a clean configuration and a reason.
 */
export function SaveConfigButton({ plan, config, dirty, issueCount }: { plan: PlanDetail; config: PlanConfig; dirty: boolean; issueCount: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const update = useMutation(trpc.assessment.updatePlan.mutationOptions());
  const inUse = plan.status !== 'draft';

  const save = (withReason?: string) =>
    update.mutate(
      { planId: plan.id, config, reason: withReason },
      {
        onSuccess: async (out) => {
          message.success(out.newVersion ? t('assessments.editor.newVersionSaved', { version: out.versionNumber }) : t('common.saved'));
          setAsking(false);
          await invalidate();
        },
        onError: (e) => message.error(errorMessage(e, t)),
      },
    );

  return (
    <>
      <Button
        type="primary"
        disabled={!dirty || (inUse && issueCount > 0)}
        loading={update.isPending && !asking}
        onClick={() => (inUse ? setAsking(true) : save())}
        data-testid="config-save"
      >
        {inUse ? t('assessments.editor.saveAsVersion', { version: plan.version.number + 1 }) : t('common.save')}
      </Button>
      {asking && (
        <Modal
          open
          title={t('assessments.editor.saveAsVersion', { version: plan.version.number + 1 })}
          onCancel={() => setAsking(false)}
          onOk={() => save(reason)}
          okButtonProps={{ disabled: reason.trim().length < 2, 'data-testid': 'version-reason-submit' } as ButtonProps}
          confirmLoading={update.isPending}
          destroyOnHidden
        >
          <p>{t('assessments.editor.versionExplain', { current: plan.version.number, next: plan.version.number + 1 })}</p>
          <Form layout="vertical">
            <Form.Item label={t('assessments.editor.versionReason')} required extra={t('assessments.editor.versionReasonHint')}>
              <Input.TextArea rows={3} maxLength={500} showCount autoFocus value={reason} onChange={(e) => setReason(e.target.value)} data-testid="version-reason" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
