import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';

export type SubjectKind = 'task' | 'jointCase' | 'letter';

interface Props {
  kind: SubjectKind;
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** Only closed items (for the 后督察台账). */
  closedOnly?: boolean;
  testId?: string;
}

/** Finds an item, a joint case or a letter by number or title, searching on the server. */
export function SubjectSelect({ kind, value, onChange, closedOnly, testId }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const q = search || undefined;
  const tasks = useQuery({ ...trpc.task.list.queryOptions({ search: q, pageSize: 20, ...(closedOnly ? { status: ['closed', 'notified'] as const } : {}) }), enabled: kind === 'task' });
  const cases = useQuery({ ...trpc.jointCase.list.queryOptions({ search: q, pageSize: 20 }), enabled: kind === 'jointCase' });
  const letters = useQuery({ ...trpc.letter.list.queryOptions({ search: q, pageSize: 20 }), enabled: kind === 'letter' });
  const options =
    kind === 'task' ? (tasks.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.serial} ${x.title}` }))
      : kind === 'jointCase' ? (cases.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.serial} ${x.title}` }))
        : (letters.data?.items ?? []).map((x) => ({ value: x.id, label: x.title }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={(id: string | undefined) => onChange?.(id)}
      loading={tasks.isFetching || cases.isFetching || letters.isFetching}
      options={options}
      placeholder={t('accountability.register.placeholders.search')}
      data-testid={testId}
    />
  );
}
