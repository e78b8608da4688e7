import { Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import { useTranslation } from 'react-i18next';

const levels = ['blue', 'yellow', 'orange', 'red'] as const;

/** Threshold, what a crossing raises, and the season — the same fields when creating a station and editing it. */
export function SettingsFields({ rule, measureUnit }: { rule: Rule; measureUnit?: string }) {
  const { t } = useTranslation();
  const action = Form.useWatch('alertAction', Form.useFormInstance()) as string | undefined;
  return (
    <>
      <Form.Item name="threshold" label={t('readings.fields.threshold')} extra={t('readings.fields.thresholdHint')} rules={[rule]}>
        <InputNumber style={{ width: '100%' }} suffix={measureUnit} data-testid="station-threshold" />
      </Form.Item>
      <div className="rdg-form-row">
        <Form.Item name="alertAction" label={t('readings.fields.alertAction')} rules={[rule]}>
          <Radio.Group optionType="button" options={(['warning', 'rectification'] as const).map((a) => ({ value: a, label: t(`readings.actions.${a}`) }))} />
        </Form.Item>
        {action !== 'rectification' && (
          <Form.Item name="alertLevel" label={t('readings.fields.alertLevel')} rules={[rule]}>
            <Select options={levels.map((l) => ({ value: l, label: t(`warnings.levels.${l}`, { defaultValue: l }) }))} />
          </Form.Item>
        )}
      </div>
      <div className="rdg-form-row">
        <Form.Item name="seasonStart" label={`${t('readings.fields.season')} · ${t('readings.fields.seasonStart')}`} extra={t('readings.fields.seasonHint')} rules={[rule]}>
          <Input placeholder="06-01" maxLength={5} />
        </Form.Item>
        <Form.Item name="seasonEnd" label={t('readings.fields.seasonEnd')} rules={[rule]}>
          <Input placeholder="09-30" maxLength={5} />
        </Form.Item>
      </div>
    </>
  );
}

/** Empty inputs are absent, not '' (the schema's optional month-days and threshold). */
export const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The settings as the schema takes them, read from a form (empty season and threshold are null). */
export const settingsOf = (get: (name: string) => unknown) => ({
  threshold: blankToNull(get('threshold')), seasonStart: blankToNull(get('seasonStart')), seasonEnd: blankToNull(get('seasonEnd')),
});
