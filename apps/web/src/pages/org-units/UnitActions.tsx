import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { errorMessage } from '../../api/errors.ts';
import { downloadBase64 } from '../../api/files.ts';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPC, useTRPCClient } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { IconArchive, IconDownload, IconEdit, IconMove, IconPlus, IconUpload } from '../../app/icons.tsx';
import { useCan, useCanAt } from '../../app/session.ts';
import { childLevels } from '../../components/levels.tsx';
import { CreateUnitModal } from './CreateUnitModal.tsx';
import { EditUnitModal } from './EditUnitModal.tsx';
import { ImportModal } from './ImportModal.tsx';
import { MoveUnitModal } from './MoveUnitModal.tsx';

type Dialog = 'create' | 'edit' | 'move' | 'import' | null;

/**
 * The actions on a unit, each shown only when the user may take it here. The county (no parent)
 * can be neither moved nor archived; units whose level has no children get no 新建下级/导入.
 */
export function UnitActions({ unit, childCount, onNavigate }: { unit: OrgUnit; childCount: number; onNavigate: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const can = useCan();
  const canAt = useCanAt();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const archive = useMutation(trpc.orgUnit.archive.mutationOptions());
  const hasChildLevels = childLevels[unit.level].length > 0;

  const exportExcel = async () => {
    setExporting(true);
    try {
      const file = await client.orgUnit.export.query({ rootId: unit.id });
      downloadBase64(file.fileBase64, file.fileName);
      message.success(t('orgUnits.export.done', { rows: file.rows }));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  const archiveUnit = () =>
    archive.mutateAsync({ id: unit.id }).then(
      async ({ archived }) => {
        message.success(t('orgUnits.archive.done', { count: archived }));
        if (unit.parentId) onNavigate(unit.parentId);
        await invalidate.orgUnits();
      },
      (error) => message.error(errorMessage(error, t)),
    );

  const show = {
    create: hasChildLevels && canAt('core.orgUnit.create', unit),
    edit: canAt('core.orgUnit.update', unit),
    // Moving needs the permission where the unit leaves too: not offered on the top of one's scope.
    move: !!unit.parentId && canAt('core.orgUnit.update', unit) && canAt('core.orgUnit.update', { path: unit.path.replace(/[^/]+\/$/, '') }),
    export: can('core.orgUnit.export'),
    import: hasChildLevels && canAt('core.orgUnit.import', unit),
    archive: !!unit.parentId && canAt('core.orgUnit.archive', unit),
  };
  if (!Object.values(show).some(Boolean)) return null; // read-only users get no empty toolbar

  return (
    <div style={{ marginBottom: 20 }}>
      <Space wrap size={8}>
        {show.create && (
          <Button type="primary" icon={<IconPlus />} onClick={() => setDialog('create')}>{t('orgUnits.actions.create')}</Button>
        )}
        {show.edit && (
          <Button icon={<IconEdit />} onClick={() => setDialog('edit')}>{t('orgUnits.actions.edit')}</Button>
        )}
        {show.move && (
          <Button icon={<IconMove />} onClick={() => setDialog('move')}>{t('orgUnits.actions.move')}</Button>
        )}
        {show.export && (
          <Button icon={<IconDownload />} loading={exporting} onClick={() => void exportExcel()}>{t('orgUnits.actions.export')}</Button>
        )}
        {show.import && (
          <Button icon={<IconUpload />} onClick={() => setDialog('import')}>{t('orgUnits.actions.import')}</Button>
        )}
        {show.archive && (
          <Popconfirm
            title={t('orgUnits.archive.title', { name: unit.name })}
            description={<div style={{ maxWidth: 300 }}>{t('orgUnits.archive.description', { count: childCount })}</div>}
            okText={t('orgUnits.actions.archive')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={archiveUnit}
          >
            <Button danger icon={<IconArchive />} loading={archive.isPending}>{t('orgUnits.actions.archive')}</Button>
          </Popconfirm>
        )}
      </Space>

      <CreateUnitModal
        parent={unit}
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        onCreated={(created) => {
          setDialog(null);
          onNavigate(created.id);
        }}
      />
      <EditUnitModal unit={unit} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <MoveUnitModal unit={unit} open={dialog === 'move'} onClose={() => setDialog(null)} />
      <ImportModal root={unit} open={dialog === 'import'} onClose={() => setDialog(null)} />
    </div>
  );
}
