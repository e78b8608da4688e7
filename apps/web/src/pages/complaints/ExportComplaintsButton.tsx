import type { exportComplaintsInput } from '@duban/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconDownload } from '../../app/icons.tsx';

/** 导出台账: the list's current filters as the complaint ledger (.xlsx, phones masked). */
export function ExportComplaintsButton({ filters }: { filters: z.input<typeof exportComplaintsInput> }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.complaint.export.queryOptions(filters), staleTime: 0 });
      downloadBase64(file.fileBase64, file.fileName);
      message.success(t('complaints.exported', { count: file.rows }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<IconDownload />} loading={busy} onClick={() => void run()} data-testid="export-complaints">
      {t('complaints.export')}
    </Button>
  );
}
