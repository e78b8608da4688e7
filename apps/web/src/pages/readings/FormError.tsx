import { Alert } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormInstance } from 'antd';
import { errorMessage, zodIssuesOf } from '../../api/errors.ts';
import { setIssues } from '../../forms/zod-form.ts';

/**
 * A server refusal shown in the form itself: field issues on their fields, anything else (a
 * DomainError, in the user's language) as an alert above the buttons — it stays until the next try.
 */
export function useFormError(form: FormInstance) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const show = useCallback((e: unknown) => {
    const issues = zodIssuesOf(e);
    const unmapped = issues.length ? setIssues(form, issues) : [];
    setError(!issues.length || unmapped.length ? e : null);
  }, [form]);
  const clear = useCallback(() => setError(null), []);
  const alert = error ? <Alert type="error" showIcon title={errorMessage(error, t)} style={{ marginBottom: 12 }} data-testid="form-error" /> : null;
  return { show, clear, alert };
}
