// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'orgUnit.subtree': (w) => ({ rootId: w.record }),
  'orgUnit.get': (w) => ({ id: w.record }),
  'orgUnit.create': {
    input: (w) => ({ parentId: w.record, name: `样例单位${w.unique()}`, level: 'group' }),
    refusals: { 'errors.orgUnit.levelMismatch': 'a 组 may only be created under a village; the matrix aims the same input at every level' },
  },
  'orgUnit.update': (w) => ({ id: w.record, name: `样例${w.unique()}` }),
  'orgUnit.move': {
    input: (w) => ({ id: w.record, newParentId: w.county.id }),
    refusals: {
      'errors.orgUnit.moveRoot': 'aimed at the county itself',
      'errors.orgUnit.moveIntoSelf': 'aimed at the county, the new parent',
      'errors.orgUnit.levelMismatch': 'a village or group cannot sit directly under the county',
      'errors.forbidden': 'the new parent (the county) lies outside a township official scope: the handler checks the second unit',
    },
  },
  'orgUnit.archive': { input: (w) => ({ id: w.record }), refusals: { 'errors.orgUnit.archiveRoot': 'aimed at the county itself' } },
  'orgUnit.import': (w) => ({ rootId: w.record, fileBase64: 'UEsDBA==' }),
  'orgUnit.export': (w) => ({ rootId: w.record }),
});
