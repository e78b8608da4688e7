import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionModal, type SimpleAction } from './ActionModal.tsx';
import { ListModal } from './ListModal.tsx';
import { NoticeButtons } from './NoticeButtons.tsx';
import { SubmitModal } from './SubmitModal.tsx';
import { IconFlag } from './task-icons.tsx';
import type { TaskAction, TaskDetail } from './types.ts';

type Open = SimpleAction | 'submit' | 'list' | null;

const order: readonly TaskAction[] = ['sign', 'start', 'submit', 'pass', 'fail', 'notify', 'reopen'];
const primary = new Set<TaskAction>(['sign', 'start', 'submit', 'pass']);
const danger = new Set<TaskAction>(['fail', 'reopen']);

/** The steps this user may take now (the server's `actions`), each confirmed in a dialog. */
export function TaskActions({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const actions = order.filter((a) => task.actions.includes(a));
  const canList = task.canList && task.escalation !== 'listed';

  return (
    <Card title={t('tasks.detail.actionsTitle')} variant="borderless" style={{ height: '100%' }} data-testid="action-panel">
      {actions.length === 0 && !canList ? (
        <div className="muted">
          <div>{t('tasks.detail.noActions')}</div>
          <div style={{ marginTop: 6 }}>{t(`tasks.waiting.${task.status}`)}</div>
        </div>
      ) : (
        <>
          <p className="muted" style={{ marginTop: 0 }}>{t(`tasks.waiting.${task.status}`)}</p>
          <Space wrap>
            {actions.map((action) => (
              <Button
                key={action}
                type={primary.has(action) ? 'primary' : 'default'}
                danger={danger.has(action)}
                data-testid={`action-${action}`}
                onClick={() => setOpen(action)}
              >
                {t(`tasks.actions.${action}`)}
              </Button>
            ))}
            {canList && (
              <Button danger icon={<IconFlag />} data-testid="action-list" onClick={() => setOpen('list')}>
                {t('tasks.actions.list')}
              </Button>
            )}
          </Space>
        </>
      )}
      <div className="task-notice-buttons"><NoticeButtons task={task} /></div>
      {open === 'submit' && <SubmitModal task={task} onClose={() => setOpen(null)} />}
      {open === 'list' && <ListModal task={task} onClose={() => setOpen(null)} />}
      {open && open !== 'submit' && open !== 'list' && <ActionModal task={task} action={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
