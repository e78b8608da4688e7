import { trafficLights, type TrafficLight } from '@duban/api/schemas';
import { Input, Select, Space, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaskKinds } from './use-task-kinds.ts';
import { escalationLevels, taskStatuses, type EscalationLevel, type TaskKind, type TaskStatus } from './types.ts';

export interface TaskFilterValues {
  status?: TaskStatus[];
  kind?: TaskKind;
  escalation?: EscalationLevel;
  overdue?: boolean;
  /** 即将到期: open and due within this many days (set by a 工作台 tile, removable here). */
  dueWithinDays?: number;
  search?: string;
  /** 红黄绿灯 by deadline. */
  light?: TrafficLight;
  /** A leader's drill-down: items whose responsible unit lies under this unit. */
  unitId?: string;
  /** The drill-down unit's name, shown on its removable tag (not sent to the server). */
  unitName?: string;
}

/** The board's filters: status (several), kind, escalation, overdue only, serial or title. */
export function TaskFilters({ value, onChange }: { value: TaskFilterValues; onChange: (patch: Partial<TaskFilterValues>) => void }) {
  const { t } = useTranslation();
  const { kindOptions } = useTaskKinds();
  return (
    <Space wrap size={12} className="task-filters">
      <Select<TaskStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('tasks.filters.status')}
        style={{ width: 240 }}
        value={value.status ?? []}
        onChange={(status) => onChange({ status: status.length ? status : undefined })}
        options={taskStatuses.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))}
        data-testid="filter-status"
      />
      <Select<TaskKind>
        allowClear
        placeholder={t('tasks.filters.kind')}
        style={{ width: 130 }}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        options={kindOptions}
      />
      <Select<EscalationLevel>
        allowClear
        placeholder={t('tasks.filters.escalation')}
        style={{ width: 130 }}
        value={value.escalation}
        onChange={(escalation) => onChange({ escalation })}
        options={escalationLevels.map((e) => ({ value: e, label: t(`tasks.escalation.${e}`) }))}
      />
      <Select<TrafficLight>
        allowClear
        placeholder={t('tasks.filters.light')}
        style={{ width: 120 }}
        value={value.light}
        onChange={(light) => onChange({ light })}
        options={trafficLights.map((l) => ({ value: l, label: t(`tasks.light.${l}`) }))}
        data-testid="filter-light"
      />
      {value.unitId && (
        <Tag closable color="blue" onClose={() => onChange({ unitId: undefined, unitName: undefined })} data-testid="filter-unit">
          {value.unitName ?? t('tasks.filters.unit')}
        </Tag>
      )}
      <Space size={6}>
        <Switch size="small" checked={!!value.overdue} onChange={(overdue) => onChange({ overdue: overdue || undefined })} data-testid="filter-overdue" />
        <span>{t('tasks.filters.overdue')}</span>
      </Space>
      {value.dueWithinDays && (
        <Tag closable color="orange" onClose={() => onChange({ dueWithinDays: undefined })} data-testid="filter-due">
          {t('tasks.filters.dueWithin', { days: value.dueWithinDays })}
        </Tag>
      )}
      <Input.Search
        key={value.search ?? ''}
        defaultValue={value.search}
        allowClear
        placeholder={t('tasks.filters.search')}
        style={{ width: 220 }}
        maxLength={50}
        onSearch={(search) => onChange({ search: search.trim() || undefined })}
        data-testid="filter-search"
      />
    </Space>
  );
}
