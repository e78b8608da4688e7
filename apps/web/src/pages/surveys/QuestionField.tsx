import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyQuestion } from './types.ts';

const levels = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;

/** One survey question as a form field, under answers.<key>. */
export function QuestionField({ question: q, index }: { question: SurveyQuestion; index: number }) {
  const { t } = useTranslation();
  const rules = q.required ? [{ required: true, message: t('form.required') }] : [];
  const label = `${index + 1}. ${q.label}`;
  const testId = `question-${q.key}`;
  switch (q.type) {
    case 'yes_no':
      return (
        <Form.Item name={['answers', q.key]} label={label} rules={rules}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid={testId} options={[{ value: true, label: t('surveys.yes') }, { value: false, label: t('surveys.no') }]} />
        </Form.Item>
      );
    case 'satisfaction':
      return (
        <Form.Item name={['answers', q.key]} label={label} rules={rules}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid={testId} options={levels.map((l) => ({ value: l, label: t(`surveys.satisfaction.${l}`) }))} />
        </Form.Item>
      );
    case 'choice':
      return (
        <Form.Item name={['answers', q.key]} label={label} rules={q.multiple && q.required ? [{ required: true, type: 'array', min: 1, message: t('form.required') }] : rules}>
          {q.multiple ? (
            <Checkbox.Group data-testid={testId} options={q.options.map((o) => ({ value: o, label: o }))} />
          ) : (
            <Radio.Group data-testid={testId} options={q.options.map((o) => ({ value: o, label: o }))} />
          )}
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item name={['answers', q.key]} label={label} rules={rules}>
          <Input.TextArea rows={2} maxLength={q.maxLength} showCount data-testid={testId} />
        </Form.Item>
      );
  }
}
