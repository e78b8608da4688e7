import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionModal, type SimpleAction } from './ActionModal.tsx';
import { ItemOperationModal, type ItemOperation } from './ItemOperationModal.tsx';
import { ListModal } from './ListModal.tsx';
import { NoticeButtons } from './NoticeButtons.tsx';
import { SubmitModal } from './SubmitModal.tsx';
import { IconFlag } from './task-icons.tsx';
import { formatDate } from './deadline.tsx';
import type { TaskAction, TaskDetail } from './types.ts';

type Open = SimpleAction | 'submit' | 'list' | ItemOperation | null;

const order: readonly TaskAction[] = ['sign', 'start', 'submit', 'pass', 'fail', 'stagePass', 'notify', 'reopen', 'return', 'transfer', 'track'];
const primary = new Set<TaskAction>(['sign', 'start', 'submit', 'pass']);
const danger = new Set<TaskAction>(['fail', 'reopen', 'return']);
const itemOperations = ['decideExtension', 'countersign', 'requestExtension', 'requestCountersign', 'instruct'] as const satisfies readonly ItemOperation[];
const isOperation = (o: Open): o is ItemOperation => o === 'transfer' || (itemOperations as readonly (string | null)[]).includes(o);

/** The steps this user may take now (the server's `actions`), each confirmed in a dialog. */
export function TaskActions({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const actions = order.filter((a) => task.actions.includes(a));
  const canList = task.canList && task.escalation !== 'listed';
  // Operations the server offers this caller (task.get's `operations`).
  const ops = itemOperations.filter((o) => (o === 'countersign' ? task.operations.countersignIds.length > 0 : task.operations[o]));

  return (
    <Card title={t('tasks.detail.actionsTitle')} variant="borderless" style={{ height: '100%' }} data-testid="action-panel">
      {task.pendingExtension && (
        <p className="muted" data-testid="pending-extension" style={{ marginTop: 0 }}>
          {t('tasks.extension.pending', { from: formatDate(task.pendingExtension.previousDeadline), to: formatDate(task.pendingExtension.requestedDeadline) })}
        </p>
      )}
      {actions.length === 0 && ops.length === 0 && !canList ? (
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
            {ops.map((op) => (
              <Button key={op} type={op === 'decideExtension' || op === 'countersign' ? 'primary' : 'default'} data-testid={`action-${op}`} onClick={() => setOpen(op)}>
                {t(`tasks.operations.${op}`)}
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
      {isOperation(open) && <ItemOperationModal task={task} operation={open} onClose={() => setOpen(null)} />}
      {open && open !== 'submit' && open !== 'list' && !isOperation(open) && <ActionModal task={task} action={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
