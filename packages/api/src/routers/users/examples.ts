// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'user.list': (w) => ({ orgUnitId: w.record }),
  'user.get': (w) => ({ userId: w.record }),
  'user.create': (w) => ({ personId: w.record, username: `u_${w.unique()}`, password: 'Sample1234pass' }),
  'user.disable': (w) => ({ userId: w.record }),
  'user.enable': (w) => ({ userId: w.record }),
  'user.resetPassword': (w) => ({ userId: w.record, newPassword: 'Sample1234pass' }),
  'user.assignRole': (w) => ({ userId: w.record, roleId: w.inCounty('role'), captureUnitId: w.unit.id }),
  'user.revokeRole': (w) => ({ assignmentId: w.record }),
});
