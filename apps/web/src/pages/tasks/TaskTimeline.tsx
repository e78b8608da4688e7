import { Image, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './deadline.tsx';
import { EvidenceItem } from './EvidenceItem.tsx';
import { StatusTag } from './TaskTags.tsx';
import type { TaskDetail, TaskEvent } from './types.ts';

const colors: Record<string, string> = {
  handOver: 'blue',
  sign: 'blue',
  start: 'blue',
  submit: 'blue',
  pass: 'green',
  notify: 'green',
  fail: 'red',
  reopen: 'red',
  list: 'red',
  escalate: 'orange',
};

function EventBody({ task, event }: { task: TaskDetail; event: TaskEvent }) {
  const { t } = useTranslation();
  return (
    <div className="task-event" data-testid="timeline-event" data-action={event.action}>
      <div className="task-event-head">
        <strong>{t(`tasks.events.${event.action}`, { defaultValue: event.action })}</strong>
        <span className="muted">{event.actorName ?? t('tasks.timeline.system')}</span>
        <span className="muted mono">{formatDateTime(event.at)}</span>
        {event.toStatus && (
          <span className="task-event-status">
            {event.fromStatus && <><StatusTag status={event.fromStatus} /><span className="muted">→</span></>}
            <StatusTag status={event.toStatus} />
          </span>
        )}
      </div>
      {event.note && <div className={event.action === 'fail' || event.action === 'reopen' ? 'task-event-note warn' : 'task-event-note'}>{event.note}</div>}
      {event.evidence.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size={8} className="task-event-evidence">
            {event.evidence.map((e) => <EvidenceItem key={e.id} taskId={task.id} evidence={e} />)}
          </Space>
        </Image.PreviewGroup>
      )}
    </div>
  );
}

/** Every step, in order — each failed verification stays visible with its reason. */
export function TaskTimeline({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  if (task.events.length === 0) return <Tag>{t('tasks.timeline.empty')}</Tag>;
  return (
    <div data-testid="timeline">
      <Timeline items={task.events.map((event) => ({ key: event.id, color: colors[event.action] ?? 'gray', content: <EventBody task={task} event={event} /> }))} />
    </div>
  );
}
