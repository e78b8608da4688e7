import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import i18n from 'i18next';
import type { z } from 'zod';
import type { ZodIssueData } from '../api/errors.ts';
import './zod-locale.ts';

type Issue = Pick<ZodIssueData, 'message' | 'code'> & { path: readonly PropertyKey[]; input?: unknown; minimum?: unknown; origin?: unknown; params?: Record<string, unknown> };

/** antd joins a nested name path with '.', the same way we key zod issue paths. */
export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * The message a user sees for an issue. An empty field reads better as "required" than as zod's
 * "too short" or "expected string, received undefined".
 */
export function issueMessage(issue: Issue): string {
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  if (issue.code === 'invalid_type' && empty) return i18n.t('form.required');
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return i18n.t('form.required');
  if (issue.code === 'too_small' && issue.origin === 'array' && empty) return i18n.t('form.required');
  // A shared rule's custom issue names its error key (e.g. the password policy): translate it.
  const key = issue.code === 'custom' ? issue.params?.key : undefined;
  if (typeof key === 'string' && i18n.exists(key)) return i18n.t(key, issue.params);
  return issue.message;
}

async function parse<S extends z.ZodType>(schema: S, values: object) {
  // reportInput lets issueMessage tell an empty field from a wrong one.
  return schema.safeParseAsync(values, { reportInput: true });
}

/**
 * An antd rule that validates one field with the shared zod schema. The whole form is parsed (a
 * field's rule may depend on others) and only this field's issue is reported.
 */
export function zodRule(schema: z.ZodType, extra?: () => object): Rule {
  return (form) => ({
    async validator(rule) {
      const field = (rule as { field?: string }).field;
      if (!field) return;
      const result = await parse(schema, { ...form.getFieldsValue(true), ...extra?.() });
      if (result.success) return;
      const issue = result.error.issues.find((i) => pathKey(i.path) === field);
      if (issue) throw new Error(issueMessage(issue));
    },
  });
}

/**
 * Puts issues on the form's fields. Returns the messages of issues that match no field (e.g. a
 * field that is not on this form), so the caller can show them another way.
 */
export function setIssues(form: FormInstance, issues: readonly Issue[]): string[] {
  const known = new Set(Object.keys(flatten(form.getFieldsValue(true))));
  const byField = new Map<string, string[]>();
  const unmapped: string[] = [];
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!known.has(key)) {
      unmapped.push(issue.message);
      continue;
    }
    byField.set(key, [...(byField.get(key) ?? []), issueMessage(issue)]);
  }
  form.setFields([...byField].map(([key, errors]) => ({ name: key.split('.'), errors })));
  return unmapped;
}

/** Validates the form's fields, then parses all values (plus `extra`) with the schema. */
export async function validateWithSchema<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  extra: object = {},
): Promise<{ ok: true; data: z.output<S> } | { ok: false; unmapped: string[] }> {
  try {
    await form.validateFields();
  } catch {
    return { ok: false, unmapped: [] };
  }
  const result = await parse(schema, { ...form.getFieldsValue(true), ...extra });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, unmapped: setIssues(form, result.error.issues) };
}

/** Field keys of a nested values object ('a', 'a.b'), to know which issue paths are fields. */
function flatten(values: unknown, prefix = '', out: Record<string, true> = {}): Record<string, true> {
  if (values && typeof values === 'object' && !Array.isArray(values)) {
    for (const [k, v] of Object.entries(values)) {
      const key = prefix ? `${prefix}.${k}` : k;
      out[key] = true;
      flatten(v, key, out);
    }
  }
  return out;
}
