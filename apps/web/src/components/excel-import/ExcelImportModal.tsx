import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64, readFileAsBase64 } from '../../api/files.ts';
import { IconDownload, IconUpload } from '../../app/icons.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import type { ImportLocale, ImportProgressState, ImportResultView, ImportRunner } from './types.ts';

const MAX_BYTES = 10 * 1024 * 1024;

export interface ExcelImportModalProps<S> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  intro: ReactNode;
  run: ImportRunner<S>;
  /** What the check found (and what the import will do), or what the import did. */
  describe: (summary: S, stage: 'checked' | 'imported') => ReactNode;
  /** A checked file that would change nothing offers no import button. */
  nothingToDo?: (summary: S) => boolean;
  onImported: (summary: S) => unknown;
  /** 下载模板, when the import has one. */
  template?: () => Promise<{ fileName: string; fileBase64: string }>;
  testId?: string;
}

type Step<S> =
  | { kind: 'pick' }
  | { kind: 'working'; dryRun: boolean; progress: ImportProgressState }
  | { kind: 'checked'; result: ImportResultView<S> };

/**
 * Every Excel import in two steps: pick a file and it is checked (nothing is written), then the
 * user confirms and the same file is imported. A progress bar follows the upload, the reading,
 * the check and the writing. Any error rejects the whole file; the errors are listed row by row
 * and come back beside the rows in the user's own workbook.
 */
export function ExcelImportModal<S>({ open, onClose, title, intro, run, describe, nothingToDo, onImported, template, testId }: ExcelImportModalProps<S>) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [step, setStep] = useState<Step<S>>({ kind: 'pick' });
  const locale: ImportLocale = i18n.language === 'en' ? 'en' : 'zh-CN';
  // Through react-query, so an expired session sends the user to the login page like any request.
  const pass = useMutation({
    mutationFn: ({ base64, dryRun }: { base64: string; dryRun: boolean }) =>
      run({ base64, locale }, dryRun, (progress) => setStep({ kind: 'working', dryRun, progress })),
  });
  const [downloading, setDownloading] = useState(false);

  const reset = () => {
    setFile(null);
    setStep({ kind: 'pick' });
    pass.reset();
  };

  const execute = (base64: string, dryRun: boolean) => {
    setStep({ kind: 'working', dryRun, progress: { phase: 'upload', done: 0, total: 0 } });
    pass.mutate(
      { base64, dryRun },
      {
        onSuccess: async (result) => {
          if (!dryRun && result.ok && result.summary !== null) {
            message.success(describe(result.summary, 'imported'));
            await onImported(result.summary);
            onClose();
            return;
          }
          // A check, or an import that found errors after all (the data changed since the check).
          setStep({ kind: 'checked', result });
        },
        onError: (error) => {
          message.error(t('excelImport.failed', { message: errorMessage(error, t) }));
          setStep({ kind: 'pick' });
        },
      },
    );
  };

  const pick = async (picked: File) => {
    if (!picked.name.toLowerCase().endsWith('.xlsx')) return void message.error(t('excelImport.onlyXlsx'));
    if (picked.size > MAX_BYTES) return void message.error(t('excelImport.tooLarge'));
    const base64 = await readFileAsBase64(picked);
    setFile({ name: picked.name, base64 });
    execute(base64, true);
  };

  const downloadTemplate = async () => {
    if (!template) return;
    setDownloading(true);
    try {
      const file = await template();
      downloadBase64(file.fileBase64, file.fileName);
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setDownloading(false);
    }
  };

  const checked = step.kind === 'checked' ? step.result : null;
  const ready = checked?.ok && checked.summary !== null && !nothingToDo?.(checked.summary);

  return (
    <Modal
      open={open}
      width={760}
      title={title}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      maskClosable={step.kind !== 'working'}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {ready && file && (
            <Button type="primary" onClick={() => execute(file.base64, false)} data-testid="import-confirm">
              {t('excelImport.confirm')}
            </Button>
          )}
        </Space>
      }
    >
      <div data-testid={testId}>
        <p className="muted" style={{ marginTop: 0 }}>
          {intro} {t('excelImport.allOrNothing')}
        </p>
        {template && step.kind === 'pick' && (
          <Button icon={<IconDownload />} loading={downloading} onClick={() => void downloadTemplate()} style={{ marginBottom: 12 }} data-testid="import-template">
            {t('excelImport.template')}
          </Button>
        )}

        {step.kind === 'pick' && (
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            multiple={false}
            beforeUpload={(picked) => {
              void pick(picked);
              return false; // read here; nothing is uploaded by the component itself
            }}
            data-testid="import-dragger"
          >
            <p style={{ fontSize: 32, color: '#1f5fbf', margin: '8px 0' }}><IconUpload /></p>
            <p style={{ margin: 0, fontWeight: 500 }}>{t('excelImport.pickHint')}</p>
            <p className="muted" style={{ margin: '4px 0 8px', fontSize: 12 }}>{t('excelImport.pickLimit')}</p>
          </Upload.Dragger>
        )}

        {step.kind === 'working' && <ImportProgressBar progress={step.progress} dryRun={step.dryRun} />}

        {checked && !checked.ok && (
          <>
            <ImportErrors result={checked} fileName={file?.name ?? 'import.xlsx'} />
            <Button onClick={reset} style={{ marginTop: 8 }} data-testid="import-again">{t('excelImport.again')}</Button>
          </>
        )}

        {checked?.ok && checked.summary !== null && (
          <Alert
            type={ready ? 'success' : 'info'}
            showIcon
            title={t('excelImport.readyTitle')}
            description={
              <>
                <div>{file?.name}</div>
                <div data-testid="import-summary">{describe(checked.summary, 'checked')}</div>
              </>
            }
            action={<Button size="small" onClick={reset}>{t('excelImport.again')}</Button>}
          />
        )}
      </div>
    </Modal>
  );
}
