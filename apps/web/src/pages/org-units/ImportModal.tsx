import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Spin, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64, readFileAsBase64 } from '../../api/files.ts';
import type { OrgUnit, RouterOutputs } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { IconDownload, IconUpload } from '../../app/icons.tsx';

type ImportResult = RouterOutputs['orgUnit']['import'];
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * 导入 Excel in two steps: a dry run checks the whole file (nothing is written), then the user
 * confirms and the same file is imported. A file with any error is rejected as a whole; the
 * server returns the workbook with an error column to download and fix.
 */
export function ImportModal({ root, open, onClose }: { root: OrgUnit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [check, setCheck] = useState<ImportResult | null>(null);
  const importTree = useMutation(trpc.orgUnit.import.mutationOptions());

  const reset = () => {
    setFile(null);
    setCheck(null);
    importTree.reset();
  };

  const pick = async (picked: File) => {
    if (!picked.name.toLowerCase().endsWith('.xlsx')) return void message.error(t('orgUnits.import.onlyXlsx'));
    if (picked.size > MAX_BYTES) return void message.error(t('orgUnits.import.tooLarge'));
    const base64 = await readFileAsBase64(picked);
    setFile({ name: picked.name, base64 });
    setCheck(null);
    importTree.mutate(
      { rootId: root.id, fileBase64: base64, dryRun: true },
      { onSuccess: setCheck, onError: (e) => message.error(errorMessage(e, t)) },
    );
  };

  const confirm = () => {
    if (!file) return;
    importTree.mutate(
      { rootId: root.id, fileBase64: file.base64, dryRun: false },
      {
        onSuccess: async (result) => {
          if (!result.ok) return setCheck(result); // changed since the check: show the new errors
          message.success(t('orgUnits.import.done', { created: result.created, updated: result.updated }));
          await invalidate.orgUnits();
          onClose();
        },
        onError: (e) => message.error(errorMessage(e, t)),
      },
    );
  };

  const nothingToDo = check?.ok && check.created === 0 && check.updated === 0;

  return (
    <Modal
      open={open}
      width={720}
      title={t('orgUnits.import.title', { name: root.name })}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {check?.ok && !nothingToDo && (
            <Button type="primary" loading={importTree.isPending} onClick={confirm}>
              {t('orgUnits.import.confirm')}
            </Button>
          )}
        </Space>
      }
    >
      <p className="muted" style={{ marginTop: 0 }}>{t('orgUnits.import.intro')}</p>

      {!check && (
        <Spin spinning={importTree.isPending} description={t('orgUnits.import.checking')}>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            multiple={false}
            beforeUpload={(picked) => {
              void pick(picked);
              return false; // read here; nothing is uploaded by the component itself
            }}
          >
            <p style={{ fontSize: 32, color: '#1f5fbf', margin: '8px 0' }}><IconUpload /></p>
            <p style={{ margin: 0, fontWeight: 500 }}>{t('orgUnits.import.pickHint')}</p>
            <p className="muted" style={{ margin: '4px 0 8px', fontSize: 12 }}>{t('orgUnits.import.pickLimit')}</p>
          </Upload.Dragger>
        </Spin>
      )}

      {check && !check.ok && (
        <>
          <Alert
            type="error"
            showIcon
            title={t('orgUnits.import.errorsTitle', { count: check.errorCount })}
            description={check.errorCount > check.errors.length ? t('orgUnits.import.errorsMore', { shown: check.errors.length }) : file?.name}
            action={
              check.errorReportBase64 ? (
                <Button size="small" icon={<IconDownload />} onClick={() => downloadBase64(check.errorReportBase64!, `${t('orgUnits.import.downloadReport')}-${file?.name ?? 'import.xlsx'}`)}>
                  {t('orgUnits.import.downloadReport')}
                </Button>
              ) : undefined
            }
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.message}`}
            dataSource={check.errors}
            pagination={check.errors.length > 8 ? { pageSize: 8, size: 'small' } : false}
            columns={[
              { title: t('orgUnits.import.row'), dataIndex: 'row', width: 70 },
              { title: t('orgUnits.import.column'), dataIndex: 'column', width: 110, render: (c?: string) => c ?? '—' },
              { title: t('orgUnits.import.message'), dataIndex: 'message' },
            ]}
          />
          <Button onClick={reset} style={{ marginTop: 8 }}>{t('orgUnits.import.again')}</Button>
        </>
      )}

      {check?.ok && (
        <Alert
          type={nothingToDo ? 'info' : 'success'}
          showIcon
          title={t('orgUnits.import.readyTitle')}
          description={
            <>
              <div>{file?.name}</div>
              <div>{nothingToDo ? t('orgUnits.import.nothing') : t('orgUnits.import.ready', { created: check.created, updated: check.updated })}</div>
            </>
          }
          action={<Button size="small" onClick={reset}>{t('orgUnits.import.again')}</Button>}
        />
      )}
    </Modal>
  );
}
