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
