import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import type { RouterInputs } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconDownload, IconFile, IconUpload } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { ExcelImportModal } from '../../components/excel-import/ExcelImportModal.tsx';
import { readImportStream, streamingClient } from '../../components/excel-import/stream.ts';
import type { ImportRunner } from '../../components/excel-import/types.ts';

type Filters = RouterInputs['keyWork']['list'];
type Summary = { keyWorks: number; parts: number; targets: number };

/** 导入 / 导出 / 下载模板 of the key-work list; the export holds what the list shows (same filters). */
export function KeyWorkExcelActions({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'export' | 'template' | null>(null);
  const [importing, setImporting] = useState(false);

  const fetchTemplate = () => queryClient.fetchQuery({ ...trpc.keyWork.importTemplate.queryOptions(), staleTime: 0 });
  const download = async (which: 'export' | 'template') => {
    setBusy(which);
    try {
      const file = which === 'export' ? await queryClient.fetchQuery({ ...trpc.keyWork.export.queryOptions(filters), staleTime: 0 }) : await fetchTemplate();
      downloadBase64(file.fileBase64, file.fileName);
      if ('rows' in file) message.success(t('keyWork.excel.exported', { count: file.rows }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  const run: ImportRunner<Summary> = async (file, dryRun, onProgress) => {
    onProgress({ phase: 'upload', done: 0, total: 0 });
    const stream = await streamingClient().keyWork.import.mutate({ fileBase64: file.base64, dryRun, locale: file.locale });
    return readImportStream(stream, onProgress);
  };

  const manage = can('core.keyWork.manage');
  return (
    <>
      {manage && (
        <Button icon={<IconUpload />} onClick={() => setImporting(true)} data-testid="kw-import-button">
          {t('keyWork.excel.import')}
        </Button>
      )}
      <Button icon={<IconDownload />} loading={busy === 'export'} onClick={() => void download('export')} data-testid="kw-export-button">
        {t('keyWork.excel.export')}
      </Button>
      {manage && (
        <Button icon={<IconFile />} loading={busy === 'template'} onClick={() => void download('template')} data-testid="kw-template-button">
          {t('keyWork.excel.template')}
        </Button>
      )}
      <ExcelImportModal<Summary>
        open={importing}
        onClose={() => setImporting(false)}
        title={t('keyWork.excel.importTitle')}
        intro={t('keyWork.excel.intro')}
        run={run}
        template={fetchTemplate}
        describe={(s, stage) => t(stage === 'checked' ? 'keyWork.excel.ready' : 'keyWork.excel.done', s)}
        onImported={() => queryClient.invalidateQueries({ queryKey: trpc.keyWork.pathKey() })}
        testId="kw-import"
      />
    </>
  );
}
