import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Image, Popconfirm, Skeleton, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPaperclip } from '../tasks/task-icons.tsx';
import type { EvidenceView } from './types.ts';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** A photo inline (click to enlarge), fetched once and kept. */
function Photo({ assessmentUnitId, evidence }: { assessmentUnitId: string; evidence: EvidenceView }) {
  const trpc = useTRPC();
  const file = useQuery({ ...trpc.assessment.evidenceFile.queryOptions({ assessmentUnitId, evidenceId: evidence.id }), staleTime: Infinity });
  if (!file.data) return file.error ? <Download assessmentUnitId={assessmentUnitId} evidence={evidence} /> : <Skeleton.Image active style={{ width: 72, height: 72 }} />;
  return (
    <Tooltip title={`${evidence.fileName} · ${sizeText(evidence.size)}`}>
      <Image src={`data:${file.data.contentType};base64,${file.data.base64}`} alt={evidence.fileName} width={72} height={72} className="task-evidence-thumb" data-testid="evidence-thumb" />
    </Tooltip>
  );
}

/** A document: fetched only when asked for, then saved. */
function Download({ assessmentUnitId, evidence }: { assessmentUnitId: string; evidence: EvidenceView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const run = async () => {
    try {
      const file = await queryClient.fetchQuery({ ...trpc.assessment.evidenceFile.queryOptions({ assessmentUnitId, evidenceId: evidence.id }), staleTime: Infinity });
      downloadBase64(file.base64, file.fileName, file.contentType);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  return (
    <Button size="small" icon={<IconPaperclip />} onClick={() => void run()} data-testid="evidence-file">
      {evidence.fileName} <span className="muted">({sizeText(evidence.size)})</span>
    </Button>
  );
}

/** 佐证材料 of a unit's item: photos shown, documents downloadable. */
export function EvidenceList({ assessmentUnitId, evidence, onRemove }: { assessmentUnitId: string; evidence: readonly EvidenceView[]; onRemove?: (evidence: EvidenceView) => void }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <Space wrap size={6} className="asm-evidence">
      {evidence.map((e) => (
        <span key={e.id} className="asm-evidence-item">
          {e.contentType.startsWith('image/') ? <Photo assessmentUnitId={assessmentUnitId} evidence={e} /> : <Download assessmentUnitId={assessmentUnitId} evidence={e} />}
          {onRemove && (
            <Popconfirm title={t('assessments.evidence.removeConfirm', { name: e.fileName })} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => onRemove(e)}>
              <Button type="link" size="small" danger aria-label={t('common.delete')}>×</Button>
            </Popconfirm>
          )}
        </span>
      ))}
    </Space>
  );
}
