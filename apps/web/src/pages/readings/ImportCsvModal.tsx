import { scanReadingsCsv } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { IconUpload } from '../../app/icons.tsx';
import { useTRPC } from '../../api/trpc.ts';
import { ImportErrors } from '../../components/excel-import/ImportErrors.tsx';
import type { ImportResultView } from '../../components/excel-import/types.ts';

const MAX_BYTES = 2_000_000;
type Picked = { name: string; csv: string; count: number; check: ImportResultView<unknown> | null };

/**
 * 导入 CSV in the app's two steps: the picked file is checked here with the server's own line rule
 * (core readings/csv-lines) and bad lines are listed row by row, as every import does; a clean file
 * is then sent, and the server checks it again (all or nothing).
 */
export function ImportCsvModal({ stationId, timeZone, onClose, onImported }: { stationId: string; timeZone: string; onClose: () => void; onImported: () => unknown }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<Picked | null>(null);
  const importCsv = useMutation(trpc.reading.importCsv.mutationOptions());
  const problemColumn = { time: 'columnTime', value: 'columnValue', columns: 'columnLine' } as const;

  const pick = async (file: File) => {
    importCsv.reset();
    if (file.size > MAX_BYTES) {
      message.error(t('readings.csv.tooLarge'));
      return;
    }
    const csv = await file.text();
    const { rows, problems } = scanReadingsCsv(csv, timeZone);
    const errors = problems.map((p) => ({
      row: p.line,
      column: t(`readings.csv.${problemColumn[p.problem]}`, { lng: 'zh-CN' }), columnEn: t(`readings.csv.${problemColumn[p.problem]}`, { lng: 'en' }),
      message: `${t(`readings.csv.problems.${p.problem}`, { lng: 'zh-CN' })}：${p.text}`, messageEn: `${t(`readings.csv.problems.${p.problem}`, { lng: 'en' })}: ${p.text}`,
    }));
    setPicked({ name: file.name, csv, count: rows.length, check: errors.length ? { ok: false, summary: null, errors: errors.slice(0, 200), errorCount: errors.length, errorReportBase64: null } : null });
  };

  const submit = () => {
    if (!picked) return;
    importCsv.mutate({ stationId, csv: picked.csv }, {
      onSuccess: async (r) => {
        message.success(t('readings.csv.imported', { stored: r.stored, duplicates: r.duplicates, alerts: r.alerts.length }));
        await onImported();
        onClose();
      },
    });
  };

  return (
    <Modal open width={680} title={t('readings.csv.title')} onCancel={onClose} destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!picked || !!picked.check || picked.count === 0} loading={importCsv.isPending} onClick={submit} data-testid="csv-submit">{t('readings.csv.submit')}</Button>
        </Space>
      }>
      <p className="muted">{t('readings.csv.intro')}</p>
      <pre className="rdg-key rdg-example">{'时间,数值\n2026-06-01 08:00,12.5\n2026-06-01 09:00,30'}</pre>
      <Upload accept=".csv,.txt,text/csv" maxCount={1} showUploadList={false} beforeUpload={(f) => { void pick(f); return false; }}>
        <Button icon={<IconUpload />} data-testid="csv-pick">{picked ? picked.name : t('readings.csv.pick')}</Button>
      </Upload>
      <div style={{ marginTop: 12 }}>
        {picked?.check && <ImportErrors result={picked.check} fileName={picked.name} />}
        {picked && !picked.check && (picked.count > 0
          ? <Alert type="success" showIcon title={t('readings.csv.checked', { count: picked.count })} data-testid="csv-checked" />
          : <Alert type="warning" showIcon title={t('errors.reading.csvEmpty')} />)}
        {importCsv.error && <Alert type="error" showIcon title={errorMessage(importCsv.error, t)} style={{ marginTop: 12 }} data-testid="form-error" />}
      </div>
    </Modal>
  );
}
