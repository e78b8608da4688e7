import { App, Form } from 'antd';
import i18n from 'i18next';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage, zodIssuesOf } from '../api/errors.ts';
import { setIssues, validateWithSchema, zodRule } from './zod-form.ts';

/**
 * One form validated by a shared zod schema:
 * - `rule` goes on each Form.Item (live validation, in the user's language);
 * - `validate(extra)` returns the parsed (trimmed, transformed) input or undefined;
 * - `showError(error)` puts a server's field errors on the fields, else shows a message.
 */
export function useZodForm<S extends z.ZodType>(schema: S, extra?: () => object) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- antd form values are an untyped bag
  const [form] = Form.useForm<any>();
  const { message } = App.useApp();
  const { t } = useTranslation();
  // `extra` (values that are not fields, e.g. a parent id) is read at validation time through a
  // ref, so the rule stays stable while the values it adds stay current.
  const extraRef = useRef(extra);
  extraRef.current = extra;
  const rule = useMemo(() => zodRule(schema, () => extraRef.current?.() ?? {}), [schema]);

  // Messages already on screen are re-validated when the language changes, so they switch too.
  useEffect(() => {
    const revalidate = () => {
      const withErrors = form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => f.name);
      if (withErrors.length) void form.validateFields(withErrors).catch(() => undefined);
    };
    i18n.on('languageChanged', revalidate);
    return () => i18n.off('languageChanged', revalidate);
  }, [form]);

  const validate = useCallback(
    async (more: object = {}): Promise<z.output<S> | undefined> => {
      const result = await validateWithSchema(form, schema, { ...extraRef.current?.(), ...more });
      if (result.ok) return result.data;
      if (result.unmapped.length) message.error(result.unmapped[0]);
      return undefined;
    },
    [form, schema, message],
  );

  const showError = useCallback(
    (error: unknown) => {
      const issues = zodIssuesOf(error);
      const unmapped = issues.length ? setIssues(form, issues) : [];
      if (!issues.length || unmapped.length) message.error(errorMessage(error, t));
    },
    [form, message, t],
  );

  return { form, rule, validate, showError };
}
