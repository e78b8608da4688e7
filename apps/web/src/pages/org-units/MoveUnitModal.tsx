import { moveOrgUnitInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { useCanAt } from '../../app/session.ts';
import { canLeadTo, parentLevels } from '../../components/levels.tsx';
import { isWithin } from '../../components/org-index.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';

/** 调整上级: the unit moves with its whole subtree; only valid parents outside it can be picked. */
export function MoveUnitModal({ unit, open, onClose }: { unit: OrgUnit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { form, rule, validate, showError } = useZodForm(moveOrgUnitInput, () => ({ id: unit.id }));
  const move = useMutation(trpc.orgUnit.move.mutationOptions());
  const { index } = useOrgUnits();
  const allowed = useMemo(() => parentLevels(unit.level), [unit.level]);

  // Moving needs the update permission where the unit lands too, so only such parents are offered.
  const selectable = useCallback(
    (u: OrgUnit) => allowed.includes(u.level) && u.id !== unit.parentId && canAt('core.orgUnit.update', u),
    [unit, allowed, canAt],
  );
  // Left out: the unit's own subtree, and branches that cannot contain a valid parent (a village
  // moves under a township, so villages and groups are not listed at all).
  const prune = useCallback((u: OrgUnit) => isWithin(u, unit) || !canLeadTo(u.level, allowed), [unit, allowed]);

  const submit = async () => {
    const input = await validate();
    if (!input) return;
    move.mutate(input, {
      onSuccess: async (after) => {
        message.success(t('orgUnits.move.done', { name: after.name, parent: index?.byId.get(input.newParentId)?.name ?? '' }));
        await invalidate.orgUnits();
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal
      open={open}
      title={t('orgUnits.move.title', { name: unit.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.ok')}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('orgUnits.move.hint', { level: t(`levels.${unit.level}`), parents: allowed.map((l) => t(`levels.${l}`)).join(' / ') })}
      />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="newParentId" label={t('orgUnits.move.newParent')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={selectable} prune={prune} placeholder={t('orgUnits.move.newParent')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
