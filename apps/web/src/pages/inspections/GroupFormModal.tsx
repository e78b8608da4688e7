import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useMe } from '../../app/session.ts';
import type { GroupRow } from './types.ts';

type Member = { personId: string; role: 'leader' | 'member'; label: string };

/** People of the county by name (remote search), labelled with their unit for the conflict rule. */
function PersonSearch({ onPick, exclude }: { onPick: (m: { id: string; label: string }) => void; exclude: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const [search, setSearch] = useState('');
  const root = me.scopes['core.person.read']?.[0]?.id ?? '';
  const people = useQuery({ ...trpc.person.list.queryOptions({ orgUnitId: root, includeDescendants: true, search, page: 1, pageSize: 30 }), enabled: !!root && search.length > 0 });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }} value={null} placeholder={t('inspections.groups.searchPerson')} style={{ width: '100%' }}
      loading={people.isFetching} notFoundContent={search ? undefined : null} data-testid="group-person-search"
      onChange={(id: string) => {
        const p = people.data?.items.find((x) => x.id === id);
        if (p) onPick({ id: p.id, label: `${p.name}(${p.orgUnit.name}${p.position ? ` · ${p.position}` : ''})` });
      }}
      options={(people.data?.items ?? []).filter((p) => !exclude.includes(p.id)).map((p) => ({ value: p.id, label: `${p.name}(${p.orgUnit.name}${p.position ? ` · ${p.position}` : ''})` }))}
    />
  );
}

/** 组建 / 调整督查组: members from several units, one leader; the server refuses a conflict. */
export function GroupFormModal({ group, onClose }: { group?: GroupRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [name, setName] = useState(group?.name ?? '');
  const [year, setYear] = useState(group?.year ?? new Date().getFullYear());
  const [members, setMembers] = useState<Member[]>(
    group?.members.map((m) => ({ personId: m.person.id, role: m.role, label: `${m.person.name}(${m.person.orgUnit.name})` })) ?? [],
  );
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(trpc.inspection.createGroup.mutationOptions());
  const update = useMutation(trpc.inspection.updateGroup.mutationOptions());
  const submit = () => {
    setError(null);
    const body = { name, year, note: null, members: members.map(({ personId, role }) => ({ personId, role })) };
    const options = {
      onSuccess: async () => {
        message.success(t('common.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
        onClose();
      },
      onError: (e: unknown) => setError(errorMessage(e, t)),
    };
    if (group) update.mutate({ ...body, groupId: group.id }, options);
    else create.mutate({ ...body, planningUnitId: me.scopes['core.inspection.plan']?.[0]?.id ?? '' }, options);
  };
  return (
    <Modal open width={600} title={group ? t('inspections.groups.edit') : t('inspections.groups.create')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={create.isPending || update.isPending}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="group-error" />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space>
          <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('inspections.groups.name')} maxLength={40} data-testid="group-name" />
          <InputNumber value={year} onChange={(v) => setYear(v ?? year)} min={2000} max={2100} />
        </Space>
        {members.map((m, i) => (
          <Space key={m.personId} style={{ width: '100%', justifyContent: 'space-between' }}>
            <span>{m.label}</span>
            <Space>
              <Select size="small" value={m.role} onChange={(role: Member['role']) => setMembers(members.map((x, j) => (j === i ? { ...x, role } : role === 'leader' ? { ...x, role: 'member' } : x)))}
                options={[{ value: 'leader', label: t('inspections.groups.leader') }, { value: 'member', label: t('inspections.groups.member') }]} />
              <Button size="small" type="link" danger onClick={() => setMembers(members.filter((_, j) => j !== i))}>{t('common.delete')}</Button>
            </Space>
          </Space>
        ))}
        <PersonSearch exclude={members.map((m) => m.personId)} onPick={(p) => setMembers([...members, { personId: p.id, role: members.length ? 'member' : 'leader', label: p.label }])} />
        <span className="muted">{t('inspections.groups.rules')}</span>
      </Space>
    </Modal>
  );
}
