// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

// The seeded target account may hold roles above the caller's; that refusal is the F1 rule, whose
// both sides the matrix enumerates as a declared policy (testing/matrix/policies.ts).
const ABOVE_CALLER = { 'errors.user.exceedsManager': 'the seeded account may hold roles above the caller (policy: account management)' };

export const examples = defineExamples({
  'user.list': (w) => ({ orgUnitId: w.record }),
  'user.get': (w) => ({ userId: w.record }),
  'user.create': (w) => ({ personId: w.record, username: `u_${w.unique()}`, password: 'Sample1234pass' }),
  'user.disable': { input: (w) => ({ userId: w.record }), refusals: ABOVE_CALLER },
  'user.enable': { input: (w) => ({ userId: w.record }), refusals: ABOVE_CALLER },
  'user.resetPassword': { input: (w) => ({ userId: w.record, newPassword: 'Sample1234pass' }), refusals: ABOVE_CALLER },
  'user.assignRole': { input: (w) => ({ userId: w.record, roleId: w.inCounty('role'), captureUnitId: w.unit.id }), refusals: ABOVE_CALLER },
  'user.revokeRole': { input: (w) => ({ assignmentId: w.record }), refusals: ABOVE_CALLER },
});
