import { Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from './deadline.tsx';
import { proposalKinds, type TaskDetail } from './types.ts';

const dash = <span className="muted">—</span>;

/** Units, person, dates, key work; for proposals and complaints also the proposer and the reply. */
export function TaskFacts({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'supervising', label: t('tasks.fields.supervisingUnit'), children: task.supervisingUnit.name },
    { key: 'responsible', label: t('tasks.fields.responsibleUnit'), children: <strong>{task.responsibleUnit.name}</strong> },
    {
      key: 'assisting',
      label: t('tasks.fields.assistingUnits'),
      span: 2,
      children: task.assisting.length ? task.assisting.map((a) => <Tag key={a.orgUnitId}>{a.orgUnit.name}</Tag>) : dash,
    },
    {
      key: 'person',
      label: t('tasks.fields.responsiblePerson'),
      children: task.responsiblePerson ? (
        <span>{task.responsiblePerson.name}{task.responsiblePerson.phone && <span className="mono muted"> {task.responsiblePerson.phone}</span>}</span>
      ) : dash,
    },
    {
      key: 'deadline',
      label: t('tasks.fields.deadline'),
      // After an approved extension the new deadline stands beside the original one.
      children: (
        <span>
          <span className="mono" data-testid="task-deadline">{formatDate(task.deadline)}</span>
          {task.originalDeadline && (
            <span className="muted" data-testid="task-original-deadline">{t('tasks.fields.originalDeadlineNote', { date: formatDate(task.originalDeadline) })}</span>
          )}
        </span>
      ),
    },
    // The leader answerable for a listed item stays on record after it is de-listed by verification.
    ...(task.listedLeader ? [{ key: 'listedLeader', label: t('tasks.fields.listedLeader'), span: 2, children: <strong data-testid="task-listed-leader">{task.listedLeader}</strong> }] : []),
    { key: 'keyWork', label: t('tasks.fields.keyWork'), span: 2, children: task.keyWork?.title ?? dash },
    { key: 'createdAt', label: t('tasks.fields.createdAt'), children: <span className="mono">{formatDateTime(task.createdAt)}</span> },
    { key: 'signedAt', label: t('tasks.fields.signedAt'), children: <span className="mono">{formatDateTime(task.signedAt)}</span> },
    { key: 'submittedAt', label: t('tasks.fields.submittedAt'), children: <span className="mono">{formatDateTime(task.submittedAt)}</span> },
    { key: 'closedAt', label: t('tasks.fields.closedAt'), children: <span className="mono">{formatDateTime(task.closedAt)}</span> },
    ...(task.notifiedAt ? [{ key: 'notifiedAt', label: t('tasks.fields.notifiedAt'), children: <span className="mono">{formatDateTime(task.notifiedAt)}</span> }] : []),
  ];
  if (proposalKinds.includes(task.kind)) {
    items.push(
      { key: 'proposer', label: t('tasks.fields.proposer'), children: task.proposer ?? dash },
      { key: 'proposerPhone', label: t('tasks.fields.proposerPhone'), children: task.proposerPhone ? <span className="mono">{task.proposerPhone}</span> : dash },
      { key: 'met', label: t('tasks.fields.met'), children: task.met == null ? dash : t(task.met ? 'common.yes' : 'common.no') },
      { key: 'satisfaction', label: t('tasks.fields.satisfaction'), children: task.satisfaction ? t(`tasks.satisfaction.${task.satisfaction}`, { defaultValue: task.satisfaction }) : dash },
      { key: 'reply', label: t('tasks.fields.reply'), span: 2, children: task.reply ? <span className="task-pre">{task.reply}</span> : dash },
    );
  }
  if (task.countersigns.length) {
    items.push({
      key: 'countersigns',
      label: t('tasks.fields.countersigns'),
      span: 2,
      children: (
        <span data-testid="task-countersigns">
          {task.countersigns.map((c) => (
            <Tag key={c.id} color={!c.signedAt ? 'default' : c.agreed ? 'green' : 'red'}>
              {c.orgUnit.name} · {t(!c.signedAt ? 'tasks.countersign.pending' : c.agreed ? 'tasks.countersign.agreed' : 'tasks.countersign.disagreed')}
            </Tag>
          ))}
        </span>
      ),
    });
  }
  items.push({ key: 'description', label: t('tasks.fields.description'), span: 2, children: task.description ? <span className="task-pre">{task.description}</span> : dash });
  // Labels never wrap (督办/单位 two characters a line on a phone read badly).
  return <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />;
}
