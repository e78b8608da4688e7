import { Alert, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../api/files.ts';
import { IconDownload } from '../../app/icons.tsx';
import type { ImportResultView, ImportRowError } from './types.ts';

/** The row-level error report: the first errors on screen, all of them beside the rows in a workbook. */
export function ImportErrors({ result, fileName }: { result: ImportResultView<unknown>; fileName: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <div data-testid="import-errors">
      <Alert
        type="error"
        showIcon
        title={t('excelImport.errorsTitle', { count: result.errorCount })}
        description={result.errorCount > result.errors.length ? t('excelImport.errorsMore', { shown: result.errors.length }) : fileName}
        action={
          result.errorReportBase64 ? (
            <Button size="small" icon={<IconDownload />} onClick={() => downloadBase64(result.errorReportBase64!, `${t('excelImport.reportPrefix')}-${fileName}`)} data-testid="import-error-report">
              {t('excelImport.downloadReport')}
            </Button>
          ) : undefined
        }
        style={{ marginBottom: 12 }}
      />
      <Table<ImportRowError>
        size="small"
        rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.message}`}
        dataSource={result.errors}
        pagination={result.errors.length > 8 ? { pageSize: 8, size: 'small' } : false}
        columns={[
          { title: t('excelImport.row'), dataIndex: 'row', width: 64, render: (row: number) => (row > 0 ? row : '—') },
          { title: t('excelImport.column'), key: 'column', width: 120, render: (_, e) => (en ? (e.columnEn ?? e.column) : e.column) ?? '—' },
          { title: t('excelImport.message'), key: 'message', render: (_, e) => (en ? (e.messageEn ?? e.message) : e.message) },
        ]}
      />
    </div>
  );
}
