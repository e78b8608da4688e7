import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { TaskDetail } from './types.ts';

const inHand = new Set(['handed_over', 'signed', 'rectifying']);

/** 督办单 for any item; 催办函 once it is past its deadline and still with the responsible unit (PDF 公文). */
export function NoticeButtons({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'notice' | 'reminder' | null>(null);
  const overdue = inHand.has(task.status) && new Date(task.deadline) < new Date();
  const download = async (kind: 'notice' | 'reminder') => {
    setBusy(kind);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.task.noticePdf.queryOptions({ taskId: task.id, kind }), staleTime: 0 });
      downloadBase64(file.fileBase64, file.fileName, 'application/pdf');
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      <Button onClick={() => void download('notice')} loading={busy === 'notice'} data-testid="download-notice">{t('tasks.detail.noticePdf')}</Button>
      {overdue && <Button danger onClick={() => void download('reminder')} loading={busy === 'reminder'} data-testid="download-reminder">{t('tasks.detail.reminderPdf')}</Button>}
    </Space>
  );
}
