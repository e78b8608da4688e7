// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'auth.login': (w) => ({ username: `u_${w.unique()}`, password: 'Sample1234pass' }),
  'auth.logout': () => undefined,
  'auth.me': () => undefined,
  'auth.changePassword': (w) => ({ currentPassword: w.password, newPassword: 'Changed2026pass' }),
});
