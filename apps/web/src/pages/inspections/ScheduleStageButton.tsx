import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';

/** 安排本轮督查: every group visits every township of its district this stage, unannounced. */
export function ScheduleStageButton({ planId, stage, scheduled }: { planId: string; stage: number; scheduled: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [templateRefs, setTemplateRefs] = useState<string[]>([]);
  const templates = useQuery({ ...trpc.inspection.listTemplates.queryOptions({}), enabled: open });
  const schedule = useMutation(trpc.inspection.scheduleStage.mutationOptions());
  const submit = () =>
    schedule.mutate({ planId, stage, templateRefs }, {
      onSuccess: async (r) => {
        message.success(t('inspections.rotation.scheduled', { created: r.created }));
        await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
        setOpen(false);
      },
      onError: (e) => void message.error(errorMessage(e, t)),
    });
  return (
    <>
      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setOpen(true)} data-testid={`rotation-schedule-${stage}`}>
        {scheduled ? t('inspections.rotation.scheduledCount', { count: scheduled }) : t('inspections.rotation.schedule')}
      </Button>
      {open && (
        <Modal open title={t('inspections.rotation.scheduleTitle', { n: stage + 1 })} onCancel={() => setOpen(false)} onOk={submit} confirmLoading={schedule.isPending} okText={t('inspections.rotation.schedule')}>
          <p>{t('inspections.rotation.scheduleHint')}</p>
          <Select
            mode="multiple" style={{ width: '100%' }} value={templateRefs} onChange={setTemplateRefs} loading={templates.isPending} placeholder={t('inspections.fields.templates')}
            options={(templates.data?.county ?? []).filter((x) => !x.pluginId && !x.archivedAt).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Modal>
      )}
    </>
  );
}
