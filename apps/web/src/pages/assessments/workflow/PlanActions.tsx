import { useMutation } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../api/errors.ts';
import { useTRPC } from '../../../api/trpc.ts';
import type { PlanAction, PlanDetail } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';
import { ReasonModal } from './ReasonModal.tsx';

/** The workflow steps, in the order they come; capabilities (edit, score, veto) are not buttons. */
const steps = ['start', 'openScoring', 'compute', 'submitForReview', 'returnToScoring', 'approve', 'publish', 'correct', 'delete'] as const;
type Step = (typeof steps)[number];
const primary = new Set<Step>(['start', 'openScoring', 'submitForReview', 'approve', 'publish']);
const withReason = new Set<Step>(['returnToScoring', 'correct']);

/** The plan's next steps (the server's `actions`): plain ones confirmed, the ones that undo with a reason. */
export function PlanActions({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const [asking, setAsking] = useState<'returnToScoring' | 'correct' | null>(null);
  const options = { onError: (e: unknown) => message.error(errorMessage(e, t)) };
  const mutations = {
    start: useMutation(trpc.assessment.start.mutationOptions(options)),
    openScoring: useMutation(trpc.assessment.openScoring.mutationOptions(options)),
    compute: useMutation(trpc.assessment.compute.mutationOptions(options)),
    submitForReview: useMutation(trpc.assessment.submitForReview.mutationOptions(options)),
    approve: useMutation(trpc.assessment.approve.mutationOptions(options)),
    publish: useMutation(trpc.assessment.publish.mutationOptions(options)),
    delete: useMutation(trpc.assessment.deletePlan.mutationOptions(options)),
  };
  const available = steps.filter((s) => plan.actions.includes(s as PlanAction));
  const busy = Object.values(mutations).some((m) => m.isPending);

  const run = async (step: Exclude<Step, 'returnToScoring' | 'correct'>) => {
    const input = { planId: plan.id };
    if (step === 'compute') {
      const out = await mutations.compute.mutateAsync(input).catch(() => null);
      if (out) message.success(t('assessments.workflow.computed', { units: out.units, complete: out.complete, ms: out.ms }));
    } else if (step === 'delete') {
      if (await mutations.delete.mutateAsync(input).catch(() => null)) {
        message.success(t('assessments.workflow.deleted'));
        await invalidate();
        void navigate('/assessments');
        return;
      }
    } else if (await mutations[step].mutateAsync(input).catch(() => null)) {
      message.success(t('assessments.workflow.done', { action: t(`assessments.actions.${step}`) }));
    }
    await invalidate();
  };

  const click = (step: Step) => {
    if (step === 'returnToScoring' || step === 'correct') return setAsking(step);
    if (step === 'compute') return void run(step);
    modal.confirm({
      title: t(`assessments.actions.${step}`),
      content: t(`assessments.confirm.${step}`, { name: plan.name }),
      okText: t(`assessments.actions.${step}`),
      okButtonProps: { danger: step === 'delete', 'data-testid': 'confirm-step' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: () => run(step),
    });
  };

  if (available.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="plan-actions">
        {available.map((step) => (
          <Button
            key={step}
            type={primary.has(step) ? 'primary' : 'default'}
            danger={step === 'delete' || withReason.has(step)}
            loading={busy && mutations[step as keyof typeof mutations]?.isPending}
            onClick={() => click(step)}
            data-testid={`plan-action-${step}`}
          >
            {t(`assessments.actions.${step}`)}
          </Button>
        ))}
      </Space>
      {asking && <ReasonModal plan={plan} action={asking} onClose={() => setAsking(null)} />}
    </>
  );
}
