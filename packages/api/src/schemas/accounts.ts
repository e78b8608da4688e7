import { z } from 'zod';
import { PASSWORD_MAX, passwordProblem, passwordProblemText } from '@duban/core/accounts/password-policy';
import { text } from '@duban/core/validation/bounded';
import { id, pageInput } from './common.ts';

export const username = text(32, { min: 3 }).regex(/^[a-zA-Z0-9_.-]+$/, { message: '用户名只能包含字母、数字和 _ . -' });
/**
 * A new password, checked by the one policy (core/accounts/password-policy) in the form and on the
 * server. The issue carries the error key, so the web app shows it in the user's language. Whether
 * it contains the account's name is checked by the handler, which knows the name.
 */
export const password = z
  .string()
  .max(PASSWORD_MAX)
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemText[problem.reason], params: { key: `errors.password.${problem.reason}`, ...problem.params } });
  });

export const loginInput = z.object({ username: text(64, { min: 1 }), password: z.string().min(1).max(128) });
export const changePasswordInput = z.object({ currentPassword: z.string().min(1).max(128), newPassword: password });
export const createUserInput = z.object({
  personId: id,
  username,
  password,
  roleId: id.optional(),
});
export const userIdInput = z.object({ userId: id });
export const resetPasswordInput = z.object({ userId: id, newPassword: password });
export const listUsersInput = pageInput.extend({ orgUnitId: id, search: text(30).optional() });
export const assignRoleInput = z.object({
  userId: id,
  roleId: id,
  captureUnitId: id,
  /** Defaults to the capture unit — never to the whole county. */
  viewUnitId: id.optional(),
});
export const revokeRoleInput = z.object({ assignmentId: id });
export const roleInput = z.object({
  name: text(30, { min: 1 }),
  nameEn: text(60, { min: 1 }),
  description: text(200).optional(),
  permissions: z.array(z.string().max(100)).max(500),
});
export const updateRoleInput = roleInput.extend({ roleId: id });
export const auditListInput = pageInput.extend({
  procedure: text(100).optional(),
  outcome: z.enum(['ok', 'denied', 'failed']).optional(),
  actor: text(60).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
