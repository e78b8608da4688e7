import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useCan } from '../../app/session.ts';

interface Props {
  unitId?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
}

/** 责任人: someone registered in the responsible unit (optional; offered when people are readable). */
export function ResponsiblePersonSelect({ unitId, value, onChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const people = useQuery({
    ...trpc.person.list.queryOptions({ orgUnitId: unitId ?? '', includeDescendants: false, page: 1, pageSize: 200 }),
    enabled: !!unitId && can('core.person.read'),
  });
  return (
    <Select
      style={{ width: '100%' }}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={!unitId}
      loading={people.isFetching}
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange?.(id)}
      placeholder={unitId ? t('tasks.handOver.personPlaceholder') : t('tasks.handOver.pickUnitFirst')}
      notFoundContent={people.error ? t('common.loadFailed') : undefined}
      options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.position ? t('tasks.personWithPosition', { name: p.name, position: p.position }) : p.name }))}
    />
  );
}
