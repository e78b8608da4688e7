import { importLayerInput } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Radio, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';
import { usePermissionRoots, withinRoots } from '../../components/use-permission-roots.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { readGeoJsonFile } from './read-file.ts';

const colors = ['#d4380d', '#1677ff', '#389e0d', '#722ed1', '#d48806', '#08979c'];

/** 导入图层: a name, a colour, the owner unit and a GeoJSON file. */
export function ImportLayerModal({ onClose, onImported }: { onClose: () => void; onImported: (layerId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { roots } = usePermissionRoots('core.map.layers');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const { form, rule, validate, showError } = useZodForm(importLayerInput);
  const importLayer = useMutation(trpc.map.importLayer.mutationOptions());

  const submit = async () => {
    const input = await validate({ geojson: file?.text ?? '' });
    if (!input) return;
    importLayer.mutate(input, {
      onSuccess: async (r) => {
        message.success(t('maps.layerForm.imported', { count: r.features }));
        await queryClient.invalidateQueries({ queryKey: trpc.map.layers.pathKey() });
        onImported(r.id);
        onClose();
      },
      onError: showError,
    });
  };

  return (
    <Modal open title={t('maps.importLayer')} onCancel={onClose} onOk={() => void submit()} okText={t('maps.importLayer')}
      okButtonProps={{ disabled: !file, 'data-testid': 'import-layer-submit' } as ButtonProps} confirmLoading={importLayer.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ color: colors[0], ownerUnitId: roots[0]?.id }}>
        <Form.Item name="name" label={t('maps.layerForm.name')} required rules={[rule]}>
          <Input maxLength={40} data-testid="layer-name" />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={t('maps.layerForm.owner')} required rules={[rule]}>
          <OrgUnitTreeSelect selectable={(u) => withinRoots(roots, u)} />
        </Form.Item>
        <Form.Item name="color" label={t('maps.layerForm.color')} required rules={[rule]}>
          <Radio.Group options={colors.map((c) => ({ value: c, label: <span className="map-swatch" style={{ background: c }} aria-label={c} /> }))} />
        </Form.Item>
        {/* Not a named field: Upload's value is its file list; the text goes to validate() below. */}
        <Form.Item label={t('maps.layerForm.file')} required extra={t('maps.layerForm.hint')}>
          <Upload
            accept=".geojson,.json,application/geo+json,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={async (f) => {
              const text = await readGeoJsonFile(f);
              if (text === null) message.error(t('maps.fileTooLarge'));
              else {
                setFile({ name: f.name, text });
                if (!form.getFieldValue('name')) form.setFieldValue('name', f.name.replace(/\.(geo)?json$/i, '').slice(0, 40));
              }
              return false;
            }}
          >
            <Button data-testid="layer-file">{file ? file.name : t('maps.layerForm.pick')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
