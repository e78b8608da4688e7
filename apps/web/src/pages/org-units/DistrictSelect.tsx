import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';

/** Picks a 片区 (district) for a township; clearing it takes the township out of its district. */
export function DistrictSelect({ value, onChange }: { value?: string | null; onChange?: (id: string | null) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const districts = useQuery(trpc.district.list.queryOptions());
  return (
    <Select
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? null)}
      allowClear
      loading={districts.isPending}
      placeholder={t('orgUnits.create.districtPlaceholder')}
      options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}
