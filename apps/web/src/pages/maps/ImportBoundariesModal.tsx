import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Modal, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { errorMessage } from '../../api/errors.ts';
import { readGeoJsonFile } from './read-file.ts';

type Report = RouterOutputs['map']['importBoundaries'];

/** 导入边界 for a unit's subtree: check the file (dry run), see what matches, then import. */
export function ImportBoundariesModal({ unit, onClose }: { unit: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useMutation(trpc.map.importBoundaries.mutationOptions());

  const go = (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    run.mutate({ unitId: unit.id, geojson: file.text, dryRun }, {
      onSuccess: async (r) => {
        setReport(r);
        if (!dryRun) {
          message.success(t('maps.boundaryForm.saved', { count: r.saved }));
          await queryClient.invalidateQueries({ queryKey: trpc.map.unit.pathKey() });
          onClose();
        }
      },
      onError: (e) => setError(errorMessage(e, t)),
    });
  };

  return (
    <Modal open title={`${t('maps.importBoundaries')} · ${unit.name}`} onCancel={onClose} destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={() => go(true)} disabled={!file} loading={run.isPending && !report}>{t('maps.boundaryForm.check')}</Button>
          <Button type="primary" onClick={() => go(false)} disabled={!report || report.matched.length === 0} loading={run.isPending && !!report}>
            {t('maps.boundaryForm.import', { count: report?.matched.length ?? 0 })}
          </Button>
        </Space>
      }>
      <Typography.Paragraph type="secondary">{t('maps.boundaryForm.hint')}</Typography.Paragraph>
      <Upload accept=".geojson,.json" maxCount={1} showUploadList={false}
        beforeUpload={async (f) => {
          const text = await readGeoJsonFile(f);
          if (text === null) message.error(t('maps.fileTooLarge'));
          else { setFile({ name: f.name, text }); setReport(null); }
          return false;
        }}>
        <Button>{file ? file.name : t('maps.layerForm.pick')}</Button>
      </Upload>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {report && (
        <div style={{ marginTop: 12 }}>
          <Alert type={report.unmatchedCount ? 'warning' : 'success'} showIcon
            message={`${t('maps.boundaryForm.matched', { count: report.matched.length })}${report.unmatchedCount ? ` · ${t('maps.boundaryForm.unmatched', { count: report.unmatchedCount })}` : ''}`} />
          {report.unmatched.length > 0 && (
            <List size="small" style={{ maxHeight: 220, overflow: 'auto', marginTop: 8 }} dataSource={report.unmatched}
              renderItem={(u) => <List.Item>#{u.feature} {u.label} <Tag>{t(`maps.boundaryForm.reasons.${u.reason}`)}</Tag></List.Item>} />
          )}
        </div>
      )}
    </Modal>
  );
}
