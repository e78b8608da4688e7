import { Alert, App, Button, Modal, Result, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { useTRPCClient } from '../../api/trpc.ts';
import { IconShield } from '../../app/icons.tsx';

type Verification = RouterOutputs['audit']['verify'];

/** 校验完整性: recomputes the county's hash chain on the server and reports 链条完整 or the breaks. */
export function VerifyButton() {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { message } = App.useApp();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);

  const verify = async () => {
    setRunning(true);
    try {
      setResult(await client.audit.verify.query());
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <Button icon={<IconShield />} loading={running} onClick={() => void verify()} data-testid="audit-verify">
        {t('audit.verify')}
      </Button>
      <Modal open={!!result} onCancel={() => setResult(null)} footer={<Button type="primary" onClick={() => setResult(null)}>{t('common.close')}</Button>} width={result?.ok ? 480 : 720}>
        {result?.ok && (
          <Result status="success" title={t('audit.verifyOk')} subTitle={t('audit.verifyOkDetail', { rows: result.rows })} data-testid="audit-verify-ok" />
        )}
        {result && !result.ok && (
          <>
            <Result status="error" title={t('audit.verifyBad', { count: result.problems.length })} style={{ paddingBottom: 8 }} />
            <Alert type="error" showIcon title={t('audit.verifyBadDetail', { rows: result.rows })} style={{ marginBottom: 12 }} />
            <Table
              size="small"
              rowKey={(p) => `${p.seq}-${p.kind}`}
              dataSource={result.problems}
              pagination={result.problems.length > 8 ? { pageSize: 8, size: 'small' } : false}
              columns={[
                { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
                { title: t('audit.outcome'), dataIndex: 'kind', width: 120, render: (kind: string) => t(`audit.problemKinds.${kind}`, { defaultValue: kind }) },
                { title: t('audit.detail'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Modal>
    </>
  );
}
