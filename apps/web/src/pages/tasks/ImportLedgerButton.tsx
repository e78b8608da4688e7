import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { IconUpload } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { ExcelImportModal } from '../../components/excel-import/ExcelImportModal.tsx';
import { readImportStream, streamingClient } from '../../components/excel-import/stream.ts';
import type { ImportRunner } from '../../components/excel-import/types.ts';
import { useTaskInvalidate } from './use-task-invalidate.ts';

type Summary = { tasks: number; responsibleUnits: number; firstSerial: string | null; lastSerial: string | null };

/** 导入台账: hands over a whole ledger of items from Excel, checked first, all or nothing. */
export function ImportLedgerButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const invalidate = useTaskInvalidate();
  const [open, setOpen] = useState(false);
  if (!can('core.task.handOver')) return null;

  const run: ImportRunner<Summary> = async (file, dryRun, onProgress) => {
    onProgress({ phase: 'upload', done: 0, total: 0 });
    const stream = await streamingClient().task.importLedger.mutate({ fileBase64: file.base64, dryRun, locale: file.locale });
    return readImportStream(stream, onProgress);
  };

  return (
    <>
      <Button icon={<IconUpload />} onClick={() => setOpen(true)} data-testid="import-ledger">
        {t('tasks.ledger.import')}
      </Button>
      <ExcelImportModal<Summary>
        open={open}
        onClose={() => setOpen(false)}
        title={t('tasks.ledger.importTitle')}
        intro={t('tasks.ledger.importIntro')}
        run={run}
        template={() => queryClient.fetchQuery({ ...trpc.task.ledgerTemplate.queryOptions(), staleTime: 0 })}
        describe={(s, stage) => (stage === 'checked' ? t('tasks.ledger.importReady', s) : t('tasks.ledger.importDone', s))}
        onImported={() => invalidate()}
        testId="ledger-import"
      />
    </>
  );
}
