import { Form, Input, InputNumber, Select, Switch } from 'antd';
import type { FormInstance } from 'antd';

/** The subset of JSON Schema that zod's toJSONSchema produces for flat settings objects. */
interface JsonSchemaProperty {
  type?: string | string[];
  description?: string;
  enum?: (string | number)[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}
export interface SettingsSchema {
  type?: string;
  properties?: Record<string, JsonSchemaProperty>;
  required?: string[];
}

/** "主汛期开始日期 / Flood season starts" → the half in the current language. */
function labelOf(name: string, prop: JsonSchemaProperty, language: string) {
  if (!prop.description) return name;
  const [zh, en] = prop.description.split(' / ');
  return language === 'en' ? (en ?? zh ?? name) : (zh ?? name);
}

/**
 * A plugin's per-unit settings form, rendered from its settings schema: the plugin writes no form
 * code, and the server validates the values with the same zod schema.
 */
export function SettingsForm({ schema, form, language, initialValues }: { schema: SettingsSchema; form: FormInstance; language: string; initialValues: Record<string, unknown> }) {
  const properties = Object.entries(schema.properties ?? {});
  return (
    <Form form={form} layout="vertical" initialValues={initialValues}>
      {properties.map(([name, prop]) => {
        const label = labelOf(name, prop, language);
        const type = Array.isArray(prop.type) ? prop.type.find((t) => t !== 'null') : prop.type;
        if (prop.enum) {
          return (
            <Form.Item key={name} name={name} label={label}>
              <Select allowClear options={prop.enum.map((v) => ({ value: v, label: String(v) }))} />
            </Form.Item>
          );
        }
        if (type === 'boolean') {
          return (
            <Form.Item key={name} name={name} label={label} valuePropName="checked">
              <Switch />
            </Form.Item>
          );
        }
        if (type === 'number' || type === 'integer') {
          return (
            <Form.Item key={name} name={name} label={label}>
              <InputNumber min={prop.minimum} max={prop.maximum} precision={type === 'integer' ? 0 : undefined} style={{ width: '100%' }} />
            </Form.Item>
          );
        }
        return (
          <Form.Item key={name} name={name} label={label}>
            <Input maxLength={prop.maxLength} allowClear />
          </Form.Item>
        );
      })}
    </Form>
  );
}
