import { App, Button, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { PostCheckRow } from './types.ts';

/** A re-examination's files (video, photos), each fetched only when the user asks for it. */
export function PostCheckEvidence({ check }: { check: PostCheckRow }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  if (!check.evidence.length) return <span className="muted">—</span>;
  const open = async (evidenceId: string) => {
    try {
      const file = await queryClient.fetchQuery(trpc.supervision.postCheckFile.queryOptions({ checkId: check.id, evidenceId }));
      downloadBase64(file.base64, file.fileName, file.contentType);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  return (
    <Space size={4} wrap>
      {check.evidence.map((e) => (
        <Button key={e.id} size="small" type="link" onClick={() => void open(e.id)} data-testid="post-check-file">
          {e.contentType.startsWith('video/') ? '▶ ' : ''}{e.fileName}
        </Button>
      ))}
    </Space>
  );
}
