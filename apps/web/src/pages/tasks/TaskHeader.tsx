import { Alert, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Deadline, formatDate } from './deadline.tsx';
import { IconFlag } from './task-icons.tsx';
import { EscalationTag, KindTag, LightTag, StatusTag } from './TaskTags.tsx';
import type { TaskDetail } from './types.ts';

/** Serial, title, kind, status and escalation; a listed item carries a red banner with its leader. */
export function TaskHeader({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const listed = task.escalation === 'listed';
  return (
    <Card variant="borderless" className={listed ? 'task-header listed' : 'task-header'}>
      {listed && (
        <Alert
          type="error"
          showIcon
          icon={<IconFlag />}
          className="task-listed-banner"
          title={t('tasks.detail.listedBanner', { leader: task.listedLeader ?? t('common.notSet') })}
          data-testid="listed-banner"
        />
      )}
      <div className="task-header-serial mono" data-testid="task-serial">{task.serial}</div>
      <h1 className="task-header-title" data-testid="task-title">{task.title}</h1>
      <Space wrap size={[8, 8]}>
        <KindTag kind={task.kind} />
        <StatusTag status={task.status} testId="task-status" />
        <EscalationTag level={task.escalation} leader={task.listedLeader} />
        <span className="muted">{t('tasks.detail.deadlineLabel')}</span>
        <Deadline task={task} />
        {task.originalDeadline && (
          <span className="task-deadline-original mono" data-testid="header-original-deadline">{t('tasks.detail.originalDeadline', { date: formatDate(task.originalDeadline) })}</span>
        )}
        <LightTag task={task} yellowDays={task.yellowDays} />
      </Space>
    </Card>
  );
}
