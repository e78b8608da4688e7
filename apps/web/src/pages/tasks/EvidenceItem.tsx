import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Image, Skeleton, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconPaperclip } from './task-icons.tsx';
import type { Evidence } from './types.ts';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** A photo shown inline (click to enlarge); its bytes are fetched once and kept. */
function EvidencePhoto({ taskId, evidence }: { taskId: string; evidence: Evidence }) {
  const trpc = useTRPC();
  const file = useQuery({ ...trpc.task.evidenceFile.queryOptions({ taskId, evidenceId: evidence.id }), staleTime: Infinity });
  if (!file.data) {
    return file.error ? <EvidenceDownload taskId={taskId} evidence={evidence} /> : <Skeleton.Image active style={{ width: 96, height: 96 }} />;
  }
  return (
    <Tooltip title={`${evidence.fileName} · ${sizeText(evidence.size)}`}>
      <Image
        src={`data:${file.data.contentType};base64,${file.data.base64}`}
        alt={evidence.fileName}
        width={96}
        height={96}
        className="task-evidence-thumb"
        data-testid="evidence-thumb"
      />
    </Tooltip>
  );
}

/** A document (PDF): fetched only when the user asks for it, then saved. */
function EvidenceDownload({ taskId, evidence }: { taskId: string; evidence: Evidence }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const download = async () => {
    try {
      const file = await queryClient.fetchQuery({ ...trpc.task.evidenceFile.queryOptions({ taskId, evidenceId: evidence.id }), staleTime: Infinity });
      downloadBase64(file.base64, file.fileName, file.contentType);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  return (
    <Button size="small" icon={<IconPaperclip />} onClick={() => void download()} title={t('tasks.timeline.download')} data-testid="evidence-file">
      {evidence.fileName} <span className="muted">({sizeText(evidence.size)})</span>
    </Button>
  );
}

export function EvidenceItem({ taskId, evidence }: { taskId: string; evidence: Evidence }) {
  return evidence.contentType.startsWith('image/') ? <EvidencePhoto taskId={taskId} evidence={evidence} /> : <EvidenceDownload taskId={taskId} evidence={evidence} />;
}
