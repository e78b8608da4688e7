import { trafficLight, type TrafficLight } from '@duban/api/schemas';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { IconFlag } from './task-icons.tsx';
import { useTaskKinds } from './use-task-kinds.ts';
import type { EscalationLevel, TaskKind, TaskStatus } from './types.ts';

const statusColor: Record<TaskStatus, string> = {
  handed_over: 'blue',
  signed: 'cyan',
  rectifying: 'gold',
  submitted: 'purple',
  closed: 'green',
  notified: 'geekblue',
  returned: 'magenta',
  tracking: 'lime',
};

const escalationColor: Record<EscalationLevel, string> = {
  none: 'default',
  reminded: 'gold',
  urged: 'orange',
  supervised: 'volcano',
  listed: 'red',
};

export function StatusTag({ status, testId }: { status: TaskStatus; testId?: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]} data-testid={testId} data-status={status}>{t(`tasks.status.${status}`)}</Tag>;
}

export function KindTag({ kind }: { kind: TaskKind }) {
  const { kindName } = useTaskKinds();
  return <Tag variant="outlined">{kindName(kind)}</Tag>;
}

/**
 * 正常 shows as a quiet dash; 挂牌督办 stands out everywhere: solid red, a flag, and the leader
 * answerable for it.
 */
export function EscalationTag({ level, leader }: { level: EscalationLevel; leader?: string | null }) {
  const { t } = useTranslation();
  if (level === 'none') return <span className="muted">{t('tasks.escalation.none')}</span>;
  if (level === 'listed') {
    const tag = (
      <Tag color="#c62828" icon={<IconFlag />} className="task-listed-tag" data-testid="listed-tag">
        {t('tasks.escalation.listed')}{leader ? ` · ${leader}` : ''}
      </Tag>
    );
    return leader ? <Tooltip title={t('tasks.listedLeaderIs', { leader })}>{tag}</Tooltip> : tag;
  }
  return <Tag color={escalationColor[level]}>{t(`tasks.escalation.${level}`)}</Tag>;
}

const lightColor: Record<TrafficLight, string> = { red: '#d32f2f', yellow: '#f9a825', green: '#2e7d32' };

/** 红黄绿灯 by deadline (the county's yellow window); closed items have none. */
export function LightTag({ task, yellowDays }: { task: { status: string; deadline: string }; yellowDays: number }) {
  const { t } = useTranslation();
  const light = trafficLight(task, yellowDays);
  if (!light) return null;
  return (
    <Tooltip title={t(`tasks.light.hint.${light}`, { days: yellowDays })}>
      <span className={`task-light ${light}`} data-testid="task-light" data-light={light}>
        <span className="task-light-dot" style={{ background: lightColor[light] }} aria-hidden />
        {t(`tasks.light.${light}`)}
      </span>
    </Tooltip>
  );
}
