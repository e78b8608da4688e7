import type { ListFilter } from './filter-url.ts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconDownload } from '../../app/icons.tsx';

/** The list's filters, as the export takes them (the board's tab role and its filters). */
export type LedgerFilters = ListFilter;

/** 导出台账: the board's current tab and filters as an Excel workbook. */
export function ExportLedgerButton({ filters }: { filters: LedgerFilters }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.task.exportLedger.queryOptions(filters), staleTime: 0 });
      downloadBase64(file.fileBase64, file.fileName);
      message.success(t('tasks.ledger.exported', { count: file.rows }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<IconDownload />} loading={busy} onClick={() => void run()} data-testid="export-ledger">
      {t('tasks.ledger.export')}
    </Button>
  );
}
