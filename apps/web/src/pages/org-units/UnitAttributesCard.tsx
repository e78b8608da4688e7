import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { RouterOutputs } from '../../api/types.ts';
import { IconUpload } from '../../app/icons.tsx';
import { useCanAt } from '../../app/session.ts';
import { ExcelImportModal } from '../../components/excel-import/ExcelImportModal.tsx';
import { readImportStream, streamingClient } from '../../components/excel-import/stream.ts';
import type { ImportRunner } from '../../components/excel-import/types.ts';

type Kind = RouterOutputs['unitAttribute']['kinds'][number];
type Summary = { units: number; values: number };
const thisYear = new Date().getFullYear();

/** 单位属性 of the selected unit in a year: households, population, area …; edit or import from Excel. */
export function UnitAttributesCard({ unit }: { unit: { id: string; name: string; path: string } }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const trpc = useTRPC();
  const canAt = useCanAt();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const kinds = useQuery(trpc.unitAttribute.kinds.queryOptions());
  const list = useQuery(trpc.unitAttribute.list.queryOptions({ unitId: unit.id, year }));
  const canEdit = canAt('core.orgUnit.update', unit);
  const own = list.data?.unit.values ?? {};
  // What the metric would use when the unit has no figure of its own: its children's total.
  const childTotal = (key: string) => {
    const parts = (list.data?.children ?? []).map((c) => c.values[key]).filter((v): v is number => v !== undefined);
    return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
  };
  const unitName = (k: Kind) => (en ? k.unit.en : k.unit.zh);
  const run: ImportRunner<Summary> = async (file, dryRun, onProgress) => {
    onProgress({ phase: 'upload', done: 0, total: 0 });
    const stream = await streamingClient().unitAttribute.import.mutate({ fileBase64: file.base64, dryRun, locale: file.locale });
    return readImportStream(stream, onProgress);
  };

  return (
    <div className="unit-attributes" data-testid="unit-attributes">
      <div className="unit-section-title">
        <span>{t('unitAttributes.title')}</span>
        <Space wrap size={8}>
          <Select size="small" value={year} onChange={setYear} options={[0, 1, 2].map((d) => ({ value: thisYear - d, label: String(thisYear - d) }))} aria-label={t('unitAttributes.year')} />
          {canEdit && <Button size="small" onClick={() => setEditing(true)} data-testid="edit-unit-attributes">{t('unitAttributes.edit')}</Button>}
          {canEdit && <Button size="small" icon={<IconUpload />} onClick={() => setImporting(true)}>{t('unitAttributes.import')}</Button>}
        </Space>
      </div>
      <Descriptions
        bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}
        items={(kinds.data ?? []).map((k) => {
          const total = childTotal(k.key);
          return {
            key: k.key,
            label: en ? k.name.en : k.name.zh,
            children: own[k.key] !== undefined
              ? <span className="mono">{own[k.key]!.toLocaleString()} {unitName(k)}</span>
              : total !== null
                ? <span className="muted">{t('unitAttributes.rolledUp', { value: `${total.toLocaleString()} ${unitName(k)}` })}</span>
                : <span className="muted">{t('unitAttributes.notSet')}</span>,
          };
        })}
      />
      {editing && kinds.data && (
        <EditAttributesModal unit={unit} year={year} kinds={kinds.data} values={own} onClose={() => setEditing(false)}
          onSaved={() => void queryClient.invalidateQueries({ queryKey: trpc.unitAttribute.list.pathKey() })} />
      )}
      <ExcelImportModal<Summary>
        open={importing}
        onClose={() => setImporting(false)}
        title={t('unitAttributes.importTitle')}
        intro={t('unitAttributes.importIntro')}
        run={run}
        template={() => queryClient.fetchQuery({ ...trpc.unitAttribute.importTemplate.queryOptions(), staleTime: 0 })}
        describe={(s, stage) => (stage === 'checked' ? t('unitAttributes.importReady', s) : t('unitAttributes.importDone', s))}
        nothingToDo={(s) => s.values === 0}
        onImported={() => void queryClient.invalidateQueries({ queryKey: trpc.unitAttribute.list.pathKey() })}
        testId="unit-attributes-import"
      />
    </div>
  );
}

function EditAttributesModal({ unit, year, kinds, values, onClose, onSaved }: {
  unit: { id: string; name: string }; year: number; kinds: readonly Kind[]; values: Record<string, number>; onClose: () => void; onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, number | null>>();
  const save = useMutation(trpc.unitAttribute.set.mutationOptions());
  const submit = async () => {
    const entered = await form.validateFields();
    const changed = kinds.filter((k) => (entered[k.key] ?? null) !== (values[k.key] ?? null)).map((k) => ({ kind: k.key, value: entered[k.key] ?? null }));
    if (changed.length === 0) return onClose();
    save.mutate({ unitId: unit.id, year, values: changed as never }, {
      onSuccess: () => { message.success(t('unitAttributes.saved')); onSaved(); onClose(); },
      onError: (e) => message.error(errorMessage(e, t)),
    });
  };
  return (
    <Modal open title={t('unitAttributes.editTitle', { name: unit.name, year })} onCancel={onClose} onOk={() => void submit()} confirmLoading={save.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-unit-attributes' } as ButtonProps}>
      <Typography.Paragraph type="secondary">{t('unitAttributes.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={values}>
        {kinds.map((k) => (
          <Form.Item key={k.key} name={k.key} label={`${en ? k.name.en : k.name.zh}(${en ? k.unit.en : k.unit.zh})`}>
            <InputNumber min={k.min} max={k.max} precision={k.type === 'int' ? 0 : 2} style={{ width: '100%' }} data-testid={`attr-${k.key}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
