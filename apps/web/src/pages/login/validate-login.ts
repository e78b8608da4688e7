import { loginInput } from '@duban/api/schemas';
import { issueMessage, pathKey } from '../../forms/zod-form.ts';

export type LoginField = 'username' | 'password';
export type LoginValues = Record<LoginField, string>;
export type LoginCheck = { ok: true; data: LoginValues } | { ok: false; errors: Partial<Record<LoginField, string>> };

/**
 * The server's own login schema, in the user's language. Loaded by the login page after its first
 * paint (zod and the API schemas are a third of the page's bytes otherwise, issue 13).
 */
export function checkLogin(values: LoginValues): LoginCheck {
  const result = loginInput.safeParse(values, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const errors: Partial<Record<LoginField, string>> = {};
  for (const issue of result.error.issues) {
    const field = pathKey(issue.path) as LoginField;
    errors[field] ??= issueMessage(issue);
  }
  return { ok: false, errors };
}
