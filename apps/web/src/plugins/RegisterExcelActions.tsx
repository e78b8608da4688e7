import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterExcelProps } from '@duban/plugin-sdk/web';
import { errorMessage } from '../api/errors.ts';
import { downloadBase64 } from '../api/files.ts';
import { IconDownload, IconUpload } from '../app/icons.tsx';
import { ExcelImportModal } from '../components/excel-import/ExcelImportModal.tsx';
import { readImportStream, streamingClient } from '../components/excel-import/stream.ts';
import type { ImportRunner } from '../components/excel-import/types.ts';

type Summary = { created: number; updated: number; unchanged: number };
type File = { fileName: string; fileBase64: string };
type RegisterClient = {
  template: { query(input: { orgUnitId: string }): Promise<File> };
  export: { query(input: { orgUnitId: string; filters?: Record<string, unknown> }): Promise<File & { rows: number }> };
  import: { mutate(input: { orgUnitId: string; fileBase64: string; dryRun: boolean; locale: string }): Promise<AsyncIterable<never>> };
};

/**
 * A plugin register's 导入 / 导出 (plugin-sdk's <RegisterExcel>): the app's Excel import dialog —
 * template, check, progress, row errors and the annotated workbook, confirm — over the register's
 * procedures, reached by their router path (a plugin's routers are mounted under its id).
 */
export default function RegisterExcelActions({ path, orgUnitId, filters, canImport, name, onImported }: RegisterExcelProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const label = i18n.language === 'en' ? name.en : name.zh;
  const client = () => path.split('.').reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, streamingClient() as unknown as Record<string, unknown>) as unknown as RegisterClient;

  const run: ImportRunner<Summary> = async (file, dryRun, onProgress) => {
    onProgress({ phase: 'upload', done: 0, total: 0 });
    const stream = await client().import.mutate({ orgUnitId, fileBase64: file.base64, dryRun, locale: file.locale });
    return readImportStream(stream, onProgress);
  };

  const exportRows = async () => {
    setExporting(true);
    try {
      const file = await client().export.query({ orgUnitId, filters });
      downloadBase64(file.fileBase64, file.fileName);
      message.success(t('excelImport.register.exported', { rows: file.rows }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space wrap>
      {canImport && (
        <Button icon={<IconUpload />} onClick={() => setOpen(true)} data-testid="register-import">
          {t('excelImport.register.import')}
        </Button>
      )}
      <Button icon={<IconDownload />} loading={exporting} onClick={() => void exportRows()} data-testid="register-export">
        {t('excelImport.register.export')}
      </Button>
      <ExcelImportModal<Summary>
        open={open}
        onClose={() => setOpen(false)}
        title={t('excelImport.register.title', { name: label })}
        intro={t('excelImport.register.intro')}
        run={run}
        template={() => client().template.query({ orgUnitId })}
        describe={(s, stage) => t(stage === 'checked' ? 'excelImport.register.ready' : 'excelImport.register.done', s)}
        nothingToDo={(s) => s.created + s.updated === 0}
        onImported={() => onImported?.()}
        testId="register-import-modal"
      />
    </Space>
  );
}
