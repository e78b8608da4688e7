import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Popover, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RouterOutputs } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import '../../pages/tasks/inbox.css';
import { IconBell } from '../../pages/tasks/task-icons.tsx';

type Notice = RouterOutputs['inbox']['list']['items'][number];

/** The header bell: notices to the user's units (polled each minute); a click opens the item. */
export function InboxBell() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const inbox = useQuery({ ...trpc.inbox.list.queryOptions({ unreadOnly: false }), refetchInterval: 60_000, staleTime: 15_000 });
  const markRead = useMutation(trpc.inbox.markRead.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() }) }));
  const items = inbox.data?.items ?? [];
  const unread = inbox.data?.unread ?? 0;

  const openNotice = (n: Notice) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    setOpen(false);
    if (n.taskId) void navigate(`/tasks/${n.taskId}`);
  };

  const list = (
    <div className="inbox" data-testid="inbox-list">
      <div className="inbox-head">
        <strong>{t('inbox.title')}</strong>
        {unread > 0 && (
          <Button type="link" size="small" onClick={() => markRead.mutate({ ids: items.filter((n) => !n.readAt).map((n) => n.id) })}>
            {t('inbox.markAll')}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <div className="inbox-empty muted">{t('inbox.empty')}</div>
      ) : (
        <ul className="inbox-items">
          {items.slice(0, 30).map((n) => (
            <li key={n.id} className={n.readAt ? 'inbox-item' : 'inbox-item unread'} data-testid="inbox-item" onClick={() => openNotice(n)} role="button" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && openNotice(n)}>
              <div className="inbox-item-title">{n.title}</div>
              {n.body && <div className="inbox-item-body">{n.body}</div>}
              <div className="inbox-item-meta">{n.orgUnit.name} · {dayjs(n.createdAt).format('MM-DD HH:mm')}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover content={list} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight" arrow={false} styles={{ container: { padding: 0 } }} rootClassName="inbox-popover">
      <Tooltip title={unread ? t('inbox.unread', { count: unread }) : t('inbox.title')} open={open ? false : undefined}>
        <Button type="text" aria-label={t('inbox.title')} data-testid="inbox-bell" data-unread={unread}>
          <Badge count={unread} size="small" overflowCount={99}>
            <IconBell style={{ fontSize: 18 }} />
          </Badge>
        </Button>
      </Tooltip>
    </Popover>
  );
}
