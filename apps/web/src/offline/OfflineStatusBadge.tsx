import { Button, List, Popover, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOfflineQueue } from './use-offline-queue.ts';
import './offline.css';

/**
 * For page headers of offline-capable pages: 离线 while there is no network, 待上传 N 条 while
 * submissions wait (a tap retries now), and submissions the server refused, with the reason.
 */
export function OfflineStatusBadge() {
  const { t } = useTranslation();
  const queue = useOfflineQueue();
  const retryIn = queue.nextRetryAt ? Math.max(1, Math.round((queue.nextRetryAt - Date.now()) / 1000)) : null;
  return (
    <span className="offline-status" data-testid="offline-status">
      {queue.offline && <Tag color="default" data-testid="offline-indicator">{t('offline.offline')}</Tag>}
      {queue.pending > 0 && (
        <Tooltip title={retryIn ? t('offline.retryIn', { seconds: retryIn }) : t('offline.tapToRetry')}>
          <Tag color="orange" className="offline-pending" data-testid="offline-pending" onClick={queue.retry}>
            {t('offline.pending', { count: queue.pending })}
          </Tag>
        </Tooltip>
      )}
      {queue.blocked > 0 && <Tag color="gold" data-testid="offline-blocked">{t('offline.blocked', { count: queue.blocked })}</Tag>}
      {queue.rejected.length > 0 && (
        <Popover
          trigger="click"
          title={t('offline.rejectedTitle')}
          content={
            <List
              size="small"
              style={{ maxWidth: 340 }}
              dataSource={queue.rejected}
              renderItem={(item) => (
                <List.Item actions={[<Button key="discard" size="small" type="link" onClick={() => void queue.discard(item.seq!)}>{t('offline.discard')}</Button>]}>
                  <List.Item.Meta title={new Date(item.createdAt).toLocaleString()} description={item.lastError} />
                </List.Item>
              )}
            />
          }
        >
          <Tag color="red" className="offline-pending" data-testid="offline-rejected">{t('offline.rejected', { count: queue.rejected.length })}</Tag>
        </Popover>
      )}
    </span>
  );
}
