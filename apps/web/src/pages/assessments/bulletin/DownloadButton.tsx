import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import { downloadBase64 } from '../../../api/files.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { IconDownload } from '../../../app/icons.tsx';

const mimes = { pdf: 'application/pdf', excel: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Generates the 通报 on the server (PDF with Chinese fonts, or Excel) and saves it. */
export function DownloadButton({ kind, planId, versionId, disabled }: { kind: 'pdf' | 'excel'; planId: string; versionId?: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const options = kind === 'pdf' ? trpc.assessment.bulletinPdf.queryOptions({ planId, versionId }) : trpc.assessment.bulletinExcel.queryOptions({ planId, versionId });
      const file = await queryClient.fetchQuery({ ...options, staleTime: 0, gcTime: 0 });
      downloadBase64(file.fileBase64, file.fileName, mimes[kind]);
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type={kind === 'pdf' ? 'primary' : 'default'} icon={<IconDownload />} loading={busy} disabled={disabled} onClick={() => void run()} data-testid={`bulletin-${kind}`}>
      {t(`assessments.bulletin.${kind}`)}
    </Button>
  );
}
