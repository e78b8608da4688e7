import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';

interface Props {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
}

/** 重点工作 the item belongs to (optional): this year's key work the user may see. */
export function KeyWorkSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const keyWork = useQuery({ ...trpc.keyWork.list.queryOptions({ year: new Date().getFullYear() }), enabled: can('core.keyWork.read') });
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={keyWork.isFetching}
      disabled={!can('core.keyWork.read')}
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange?.(id)}
      placeholder={t('tasks.handOver.keyWorkPlaceholder')}
      notFoundContent={keyWork.error ? t('common.loadFailed') : undefined}
      options={(keyWork.data ?? []).map((k) => ({ value: k.id, label: t('tasks.handOver.keyWorkOption', { title: k.title, unit: k.leadUnit.name }) }))}
    />
  );
}
