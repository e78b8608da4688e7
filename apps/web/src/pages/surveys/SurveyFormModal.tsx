import { surveyFormFields } from '@duban/api/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useMe } from '../../app/session.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import type { FormRow, SurveyQuestion } from './types.ts';

const types = ['yes_no', 'choice', 'satisfaction', 'text'] as const;

/** Questions as the editor holds them: choice options as one line each in a text box. */
type EditorQuestion = Omit<SurveyQuestion, 'options'> & { options?: string };
const toEditor = (q: SurveyQuestion): EditorQuestion => ({ ...q, options: q.type === 'choice' ? q.options.join('\n') : undefined }) as EditorQuestion;
const fromEditor = (q: EditorQuestion, i: number) => {
  const base = { key: q.key?.trim() || `q${i + 1}`, label: q.label, required: q.required ?? true, type: q.type };
  if (q.type === 'choice') return { ...base, options: (q.options ?? '').split('\n').map((o) => o.trim()).filter(Boolean), multiple: !!(q as { multiple?: boolean }).multiple };
  if (q.type === 'text') return { ...base, maxLength: (q as { maxLength?: number }).maxLength ?? 500 };
  return base;
};

/** 新建 / 编辑调查表: title, topic and the questions (yes/no, choice, satisfaction, text). */
export function SurveyFormModal({ editing, onClose }: { editing: FormRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { form, rule, validate, showError } = useZodForm(surveyFormFields);
  const create = useMutation(trpc.survey.form.create.mutationOptions());
  const update = useMutation(trpc.survey.form.update.mutationOptions());

  const submit = async () => {
    const raw = (form.getFieldValue('questions') ?? []) as EditorQuestion[];
    const input = await validate({ questions: raw.map(fromEditor) });
    if (!input) return;
    const done = {
      onSuccess: async () => {
        message.success(t('surveys.forms.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.survey.pathKey() });
        onClose();
      },
      onError: showError,
    };
    if (editing) update.mutate({ ...input, formId: editing.id }, done);
    else create.mutate({ ...input, ownerUnitId: me.county?.id ?? me.orgUnitId }, done);
  };

  return (
    <Modal open width={760} title={editing ? `${t('surveys.forms.edit')} · ${editing.title}` : t('surveys.forms.create')} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} confirmLoading={create.isPending || update.isPending} destroyOnHidden>
      {editing && <Alert type="info" showIcon title={t('surveys.forms.versionNote')} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={editing ? { title: editing.title, topic: editing.topic, description: editing.description, questions: editing.questions.map(toEditor) } : { questions: [{ key: 'q1', type: 'yes_no', required: true }] }}
      >
        <Space.Compact block>
          <Form.Item name="title" label={t('surveys.fields.form')} rules={[rule]} style={{ flex: 2 }}><Input maxLength={60} data-testid="form-title" /></Form.Item>
          <Form.Item name="topic" label={t('surveys.forms.topic')} rules={[rule]} style={{ flex: 1, marginLeft: 8 }}><Input maxLength={60} /></Form.Item>
        </Space.Compact>
        <Form.Item name="description" label={t('surveys.forms.description')} rules={[rule]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card key={field.key} size="small" style={{ marginBottom: 8 }} title={`${i + 1}`} extra={<Button size="small" type="link" danger onClick={() => remove(field.name)} disabled={fields.length === 1}>{t('common.delete')}</Button>}>
                  <Space wrap align="start">
                    <Form.Item name={[field.name, 'key']} label={t('surveys.forms.key')} style={{ width: 110 }}><Input maxLength={40} /></Form.Item>
                    <Form.Item name={[field.name, 'label']} label={t('surveys.forms.label')} rules={[{ required: true, message: t('form.required') }]} style={{ width: 300 }}><Input maxLength={200} /></Form.Item>
                    <Form.Item name={[field.name, 'type']} label={t('surveys.forms.type')} style={{ width: 120 }}><Select options={types.map((x) => ({ value: x, label: t(`surveys.forms.types.${x}`) }))} /></Form.Item>
                    <Form.Item name={[field.name, 'required']} valuePropName="checked" label=" "><Checkbox>{t('surveys.forms.required')}</Checkbox></Form.Item>
                  </Space>
                  <Form.Item noStyle shouldUpdate>
                    {() => form.getFieldValue(['questions', field.name, 'type']) === 'choice' && (
                      <Space wrap align="start">
                        <Form.Item name={[field.name, 'options']} label={t('surveys.forms.options')} extra={t('surveys.forms.optionsHint')} style={{ width: 420 }}><Input.TextArea rows={3} /></Form.Item>
                        <Form.Item name={[field.name, 'multiple']} valuePropName="checked" label=" "><Checkbox>{t('surveys.forms.multiple')}</Checkbox></Form.Item>
                      </Space>
                    )}
                  </Form.Item>
                </Card>
              ))}
              <Button block type="dashed" onClick={() => add({ key: `q${fields.length + 1}`, type: 'yes_no', required: true })}>{t('surveys.forms.addQuestion')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
